package cn.lawfulinspection.plan.process;

import cn.lawfulinspection.plan.PlanService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 公布检查计划: the version this process filed is published and comes into force (R-PL-3, R-PL-4); only a filed,
 * unpublished version of the bound plan can be (R-IG-1, R-IG-3).
 */
@Component
class PublishPlanDelegate implements JavaDelegate {

  private final PlanService plans;

  PublishPlanDelegate(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    plans.publish(execution.getProcessInstanceId());
  }
}
