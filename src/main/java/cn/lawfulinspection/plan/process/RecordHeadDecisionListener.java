package cn.lawfulinspection.plan.process;

import cn.lawfulinspection.common.process.ProcessValues;
import static cn.lawfulinspection.plan.process.InspectionPlanProcessIds.*;

import cn.lawfulinspection.plan.PlanService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing 审批检查计划: records the head's decision on the version (approved, or returned with the reason). */
@Component
class RecordHeadDecisionListener implements TaskListener {

  private final PlanService plans;

  RecordHeadDecisionListener(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public void notify(DelegateTask task) {
    String reason = ProcessValues.string(task, HEAD_RETURN_REASON);
    String returnReason = plans.decideByHead(
        ProcessValues.longValue(task, PLAN_ID),
        ProcessValues.integer(task, PLAN_VERSION, null),
        ProcessValues.string(task, HEAD_DECISION),
        reason,
        ProcessValues.actor(task.getProcessEngineServices().getIdentityService(), task.getAssignee()));
    if (returnReason != null) {
      task.setVariable(RETURN_REASON, returnReason);
    }
  }
}
