package cn.lawfulinspection.plan.process;

import cn.lawfulinspection.common.process.ProcessValues;
import static cn.lawfulinspection.plan.process.InspectionPlanProcessIds.*;

import cn.lawfulinspection.plan.PlanService;
import cn.lawfulinspection.plan.PlanType;
import cn.lawfulinspection.plan.StaffAgency;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * 准备计划草稿: finds the initiator's agency and offers its usable items to the fill-plan form ({@code itemOptions}, a
 * JSON list of {@code {label, value}}, as Camunda Forms' {@code valuesKey} reads it).
 */
@Component
class PreparePlanDraftDelegate implements JavaDelegate {

  private final PlanService plans;

  PreparePlanDraftDelegate(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StaffAgency agency = plans.staffAgencyOf(ProcessValues.string(execution, INITIATOR));
    Long amends = ProcessValues.longValue(execution, AMENDS_PLAN_ID);
    if (amends != null) {
      plans.requireAmendable(amends, agency.agencyCode());
    }
    execution.setVariable(AGENCY_CODE, agency.agencyCode());
    execution.setVariable(AGENCY_NAME, agency.agencyName());
    execution.setVariable(ITEM_OPTIONS, SpinValues.jsonValue(Spin.JSON(agency.itemOptions())).create());
    execution.setVariable(PLAN_TYPE_LABEL,
        PlanType.parse(ProcessValues.string(execution, PLAN_TYPE)).map(PlanType::label).orElse(""));
  }
}
