package cn.lawfulinspection.plan.process;

import static cn.lawfulinspection.plan.process.InspectionPlanProcessIds.*;

import cn.lawfulinspection.common.process.ProcessValues;
import cn.lawfulinspection.plan.PlanService;
import cn.lawfulinspection.plan.PlanSubmission;
import cn.lawfulinspection.plan.RegisteredPlan;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 登记检查计划: saves the submitted form as a new version of the plan this process is bound to (the first submission
 * creates the plan and binds the process, R-IG-3), submitted by the authenticated user (R-IG-2). R-PL-2, R-MD-3 and
 * the lifecycle (R-IG-1) refuse; R-PL-1 flags. A refusal propagates, so completing the fill-plan task fails with the
 * Chinese message and nothing is saved. The variables set here are for the forms only.
 */
@Component
class RegisterPlanDelegate implements JavaDelegate {

  private final PlanService plans;

  RegisterPlanDelegate(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RegisteredPlan registered = plans.register(new PlanSubmission(execution.getProcessInstanceId(),
        PlanVariables.content(execution), ProcessValues.string(execution, PLAN_NOTES)));
    execution.setVariable(PLAN_ID, registered.planId());
    execution.setVariable(PLAN_NUMBER, registered.planNumber());
    execution.setVariable(PLAN_VERSION, registered.version());
    execution.setVariable(PLAN_LATE, registered.late());
    execution.setVariable(PLAN_WARNINGS, registered.warnings());
    execution.setVariable(PLAN_SUMMARY, registered.summary());
    // R-PL-6: 备案检查计划 goes to the justice bureau of the plan agency's filing level
    execution.setVariable(FILING_GROUP, plans.filingGroupOf(execution.getProcessInstanceId()));
    // a new version gets fresh decisions
    execution.removeVariables(java.util.List.of(HEAD_DECISION, HEAD_RETURN_REASON, FILING_DECISION,
        FILING_RETURN_REASON));
  }
}
