package cn.lawfulinspection.plan.process;

import cn.lawfulinspection.common.process.ProcessValues;
import static cn.lawfulinspection.plan.process.InspectionPlanProcessIds.*;

import cn.lawfulinspection.plan.PlanService;
import cn.lawfulinspection.plan.PlanSubmission;
import cn.lawfulinspection.plan.RegisteredPlan;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 登记检查计划: saves the submitted form as a new plan version (R-PL-2, R-MD-3 refuse; R-PL-1 flags). A refusal
 * propagates, so completing the fill-plan task fails with the Chinese message and nothing is saved.
 */
@Component
class RegisterPlanDelegate implements JavaDelegate {

  private final PlanService plans;

  RegisterPlanDelegate(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String submitter = ProcessValues.actor(execution.getProcessEngineServices().getIdentityService(),
        ProcessValues.string(execution, INITIATOR));
    RegisteredPlan registered = plans.register(new PlanSubmission(
        execution.getProcessInstanceId(),
        ProcessValues.longValue(execution, PLAN_ID),
        ProcessValues.longValue(execution, AMENDS_PLAN_ID),
        ProcessValues.string(execution, AGENCY_CODE),
        ProcessValues.string(execution, AGENCY_NAME),
        PlanVariables.content(execution),
        ProcessValues.string(execution, PLAN_NOTES),
        submitter));
    execution.setVariable(PLAN_ID, registered.planId());
    execution.setVariable(PLAN_NUMBER, registered.planNumber());
    execution.setVariable(PLAN_VERSION, registered.version());
    execution.setVariable(PLAN_LATE, registered.late());
    execution.setVariable(PLAN_WARNINGS, registered.warnings());
    execution.setVariable(PLAN_SUMMARY, registered.summary());
    // a new version gets fresh decisions
    execution.removeVariables(java.util.List.of(HEAD_DECISION, HEAD_RETURN_REASON, FILING_DECISION,
        FILING_RETURN_REASON));
  }
}
