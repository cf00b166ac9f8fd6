package cn.lawfulinspection.task.process;

import static cn.lawfulinspection.task.process.TaskRegistrationProcessIds.*;

import cn.lawfulinspection.common.process.ProcessValues;
import cn.lawfulinspection.enterprise.EnterpriseService;
import cn.lawfulinspection.identity.Actors;
import cn.lawfulinspection.plan.InspectionPlan;
import cn.lawfulinspection.plan.PlanService;
import cn.lawfulinspection.plan.StaffAgency;
import cn.lawfulinspection.plan.StaffAgency.Option;
import cn.lawfulinspection.task.FrequencyChange;
import cn.lawfulinspection.task.InspectionKind;
import cn.lawfulinspection.policy.Policies;
import cn.lawfulinspection.policy.PolicyProfile;
import cn.lawfulinspection.task.QuietExemptionReason;
import cn.lawfulinspection.task.SurpriseReason;
import cn.lawfulinspection.task.TriggerRecords;
import cn.lawfulinspection.task.UrgencyCategory;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 查找企业并准备选项: a Camunda 7 start form gets no process variables, so this first step after the search loads what
 * the fill-task form lets the person choose from, as JSON lists of {@code {label, value}} (Camunda Forms'
 * {@code valuesKey}): the enterprises matching the keyword, and of the authenticated user's agency (R-IG-2) its filed
 * plans, its usable items with their legal basis, its inspectors whose certificate is valid today, its open trigger
 * records of the enterprises found (R-TK-10), the urgency categories (R-TK-4) and the surprise reasons of the profile
 * (R-NT-3). Nothing here is
 * trusted later: the registration checks every chosen value again.
 */
@Component
class LoadRegistrationOptionsDelegate implements JavaDelegate {

  private final PlanService plans;
  private final EnterpriseService enterprises;
  private final AgencyChoices choices;
  private final Actors actors;
  private final TriggerRecords triggerRecords;
  private final Policies policies;

  LoadRegistrationOptionsDelegate(PlanService plans, EnterpriseService enterprises, AgencyChoices choices,
      Actors actors, TriggerRecords triggerRecords, Policies policies) {
    this.triggerRecords = triggerRecords;
    this.policies = policies;
    this.plans = plans;
    this.enterprises = enterprises;
    this.choices = choices;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StaffAgency agency = plans.staffAgencyWithoutItemsOf(actors.current().userId());
    String keyword = ProcessValues.string(execution, ENTERPRISE_KEYWORD);
    List<Option> enterpriseOptions = enterprises.search(keyword == null ? "" : keyword.strip(), 0, MAX_ENTERPRISES)
        .stream().map(e -> new Option(e.name() + "（" + e.creditCode() + "）", e.creditCode())).toList();
    Map<String, Object> variables = new HashMap<>();
    variables.put(AGENCY_CODE, agency.agencyCode());
    variables.put(AGENCY_NAME, agency.agencyName());
    variables.put(ENTERPRISE_FOUND, !enterpriseOptions.isEmpty());
    // nothing found: the form opens ready for a new search
    variables.put(SEARCH_AGAIN, enterpriseOptions.isEmpty());
    variables.put(ENTERPRISE_OPTIONS, json(enterpriseOptions));
    variables.put(PLAN_OPTIONS, json(plans.list(null, agency.agencyCode(), null).stream()
        .filter(p -> p.filedVersion().isPresent())
        .map(LoadRegistrationOptionsDelegate::planOption).toList()));
    variables.put(ITEM_OPTIONS, choices.itemOptions(agency.agencyCode()));
    variables.put(INSPECTOR_OPTIONS, choices.inspectorOptions(agency.agencyCode()));
    // R-TK-10: the agency's open records of the enterprises found, chosen, never typed; the trigger comes from the record
    List<String> found = enterpriseOptions.stream().map(Option::value).toList();
    variables.put(TRIGGER_RECORD_OPTIONS, json(triggerRecords.open(agency.agencyCode(), found).stream()
        .map(r -> new Option(r.enterpriseName() + "：" + r.summary(), r.recordNumber())).toList()));
    variables.put(URGENCY_OPTIONS, json(Arrays.stream(UrgencyCategory.values())
        .map(u -> new Option(u.label(), u.name())).toList()));
    PolicyProfile profile = policies.current();
    variables.put(SURPRISE_REASON_OPTIONS, json(SurpriseReason.allowed(profile).stream()
        .map(r -> new Option(r.label(), r.name())).toList()));
    // R-TK-7: the situations the profile lists as quiet-period exemptions (YH 2(3)); none elsewhere: the field hides
    variables.put(QUIET_EXEMPTION_OPTIONS, json(Arrays.stream(QuietExemptionReason.values())
        .filter(q -> profile.quietExemptReason(q.name()))
        .map(q -> new Option(q.label(), q.name())).toList()));
    variables.put(KIND_OPTIONS, json(Arrays.stream(InspectionKind.values())
        .map(k -> new Option(k.label(), k.name())).toList()));
    variables.put(FREQUENCY_CHANGE_OPTIONS, json(Arrays.stream(FrequencyChange.values())
        .map(f -> new Option(f.label(), f.name())).toList()));
    execution.setVariables(variables);
  }

  private static Option planOption(InspectionPlan plan) {
    return new Option(plan.planNumber() + " " + plan.title() + "（" + plan.year() + " 年）", plan.planNumber());
  }

  private static Object json(List<Option> options) {
    return AgencyChoices.json(options);
  }
}
