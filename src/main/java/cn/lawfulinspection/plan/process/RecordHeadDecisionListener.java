package cn.lawfulinspection.plan.process;

import static cn.lawfulinspection.plan.process.InspectionPlanProcessIds.*;

import cn.lawfulinspection.common.process.ProcessValues;
import cn.lawfulinspection.plan.PlanService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing 审批检查计划: the authenticated head's decision on the version this process submitted (approved, or
 * returned with the reason); the plan is the one the process is bound to (R-IG-3).
 */
@Component
class RecordHeadDecisionListener implements TaskListener {

  private final PlanService plans;

  RecordHeadDecisionListener(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public void notify(DelegateTask task) {
    String returnReason = plans.decideByHead(task.getProcessInstanceId(), ProcessValues.string(task, HEAD_DECISION),
        ProcessValues.string(task, HEAD_RETURN_REASON));
    if (returnReason != null) {
      task.setVariable(RETURN_REASON, returnReason);
    } else {
      // R-PL-6: set again here so that an instance migrated past 登记检查计划 also names its justice bureau
      task.setVariable(FILING_GROUP, plans.filingGroupOf(task.getProcessInstanceId()));
    }
  }
}
