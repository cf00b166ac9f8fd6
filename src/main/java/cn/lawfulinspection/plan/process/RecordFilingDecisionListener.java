package cn.lawfulinspection.plan.process;

import cn.lawfulinspection.common.process.ProcessValues;
import static cn.lawfulinspection.plan.process.InspectionPlanProcessIds.*;

import cn.lawfulinspection.plan.PlanService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing 备案检查计划: a return is recorded on the version with the reason; a filing names the supervisor who
 * filed, for ServiceTask_PublishPlan.
 */
@Component
class RecordFilingDecisionListener implements TaskListener {

  static final String FILED_BY = "filedBy";

  private final PlanService plans;

  RecordFilingDecisionListener(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public void notify(DelegateTask task) {
    String actor = ProcessValues.actor(task.getProcessEngineServices().getIdentityService(), task.getAssignee());
    String returnReason = plans.decideFiling(
        ProcessValues.longValue(task, PLAN_ID),
        ProcessValues.integer(task, PLAN_VERSION, null),
        ProcessValues.string(task, FILING_DECISION),
        ProcessValues.string(task, FILING_RETURN_REASON),
        actor);
    if (returnReason != null) {
      task.setVariable(RETURN_REASON, returnReason);
    } else {
      task.setVariable(FILED_BY, actor);
    }
  }
}
