package cn.lawfulinspection.plan.process;

import cn.lawfulinspection.common.process.ProcessValues;
import static cn.lawfulinspection.plan.process.InspectionPlanProcessIds.*;

import cn.lawfulinspection.plan.PlanService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 公布检查计划: the filed version comes into force and is published (R-PL-3, R-PL-4). */
@Component
class PublishPlanDelegate implements JavaDelegate {

  private final PlanService plans;

  PublishPlanDelegate(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    plans.fileAndPublish(
        ProcessValues.longValue(execution, PLAN_ID),
        ProcessValues.integer(execution, PLAN_VERSION, null),
        ProcessValues.string(execution, RecordFilingDecisionListener.FILED_BY));
  }
}
