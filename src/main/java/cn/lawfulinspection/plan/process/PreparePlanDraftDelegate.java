package cn.lawfulinspection.plan.process;

import static cn.lawfulinspection.plan.process.InspectionPlanProcessIds.*;

import cn.lawfulinspection.common.process.ProcessValues;
import cn.lawfulinspection.identity.Actors;
import cn.lawfulinspection.plan.PlanService;
import cn.lawfulinspection.plan.PlanType;
import cn.lawfulinspection.plan.StaffAgency;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * 准备计划草稿: finds the agency of the authenticated user who started the process (R-IG-2) and offers its usable
 * items to the fill-plan form ({@code itemOptions}, a JSON list of {@code {label, value}}, as Camunda Forms'
 * {@code valuesKey} reads it). The agency shown here is for the form; the plan's agency is decided again when the
 * plan is saved, from the user who submits it. For joint plans (R-PL-6) it also offers the other inspecting agencies
 * ({@code partnerOptions}) and their usable items ({@code partnerItemOptions}).
 */
@Component
class PreparePlanDraftDelegate implements JavaDelegate {

  private final PlanService plans;
  private final Actors actors;

  PreparePlanDraftDelegate(PlanService plans, Actors actors) {
    this.plans = plans;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StaffAgency agency = plans.staffAgencyOf(actors.current().userId());
    execution.setVariable(AGENCY_CODE, agency.agencyCode());
    execution.setVariable(AGENCY_NAME, agency.agencyName());
    execution.setVariable(ITEM_OPTIONS, SpinValues.jsonValue(Spin.JSON(agency.itemOptions())).create());
    // R-PL-6: the agencies a joint plan may name and their usable items (labelled with the owner)
    PlanService.PartnerOptions partners = plans.partnerOptionsFor(agency.agencyCode());
    execution.setVariable(PARTNER_OPTIONS, SpinValues.jsonValue(Spin.JSON(partners.agencies())).create());
    execution.setVariable(PARTNER_ITEM_OPTIONS, SpinValues.jsonValue(Spin.JSON(partners.items())).create());
    execution.setVariable(PLAN_TYPE_LABEL,
        PlanType.parse(ProcessValues.string(execution, PLAN_TYPE)).map(PlanType::label).orElse(""));
  }
}
