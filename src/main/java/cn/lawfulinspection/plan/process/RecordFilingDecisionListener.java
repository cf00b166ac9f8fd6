package cn.lawfulinspection.plan.process;

import static cn.lawfulinspection.plan.process.InspectionPlanProcessIds.*;

import cn.lawfulinspection.common.process.ProcessValues;
import cn.lawfulinspection.plan.PlanService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing 备案检查计划: the authenticated supervisor files the version this process submitted (R-PL-3, R-IG-2),
 * or returns it with the reason.
 */
@Component
class RecordFilingDecisionListener implements TaskListener {

  private final PlanService plans;

  RecordFilingDecisionListener(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public void notify(DelegateTask task) {
    String returnReason = plans.decideFiling(task.getProcessInstanceId(), ProcessValues.string(task, FILING_DECISION),
        ProcessValues.string(task, FILING_RETURN_REASON));
    if (returnReason != null) {
      task.setVariable(RETURN_REASON, returnReason);
    }
  }
}
