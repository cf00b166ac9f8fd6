package cn.lawfulinspection.plan;

import cn.lawfulinspection.agency.Agency;
import cn.lawfulinspection.agency.AgencyService;
import cn.lawfulinspection.common.NotFoundException;
import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.identity.Actor;
import cn.lawfulinspection.identity.Actors;
import cn.lawfulinspection.identity.AgencyGroups;
import cn.lawfulinspection.identity.RunAs;
import cn.lawfulinspection.plan.internal.PlanBindingEntity;
import cn.lawfulinspection.plan.internal.PlanBindings;
import cn.lawfulinspection.item.InspectionItem;
import cn.lawfulinspection.item.ItemService;
import cn.lawfulinspection.numbering.NumberCounters;
import cn.lawfulinspection.numbering.NumberKind;
import cn.lawfulinspection.plan.internal.InspectionPlans;
import cn.lawfulinspection.plan.internal.PlanEntity;
import cn.lawfulinspection.plan.internal.PlanItemRef;
import cn.lawfulinspection.plan.internal.PlanJointItemRef;
import cn.lawfulinspection.plan.internal.PlanPartnerRef;
import cn.lawfulinspection.plan.internal.PlanReminderEntity;
import cn.lawfulinspection.plan.internal.PlanReminders;
import cn.lawfulinspection.plan.internal.PlanVersionEntity;
import cn.lawfulinspection.policy.Policies;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import cn.lawfulinspection.plan.process.InspectionPlanProcessIds;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Module API of {@code plan}: inspection plans (检查计划) and their versions, driven by {@code InspectionPlanProcess}.
 *
 * <p>Every submission of the fill-plan form saves a new version; a returned version stays as a record. The filed
 * version is the one in force (R-PL-3) until a later version of the same plan is filed, which supersedes it.
 */
@Service
@Transactional
public class PlanService {

  static final String STAGE_HEAD = "HEAD";
  static final String STAGE_FILING = "FILING";

  private final InspectionPlans plans;
  private final PlanReminders reminders;
  private final AgencyService agencies;
  private final ItemService items;
  private final Policies policies;
  private final RunAs runAs;
  private final ProcessEngineConfigurationImpl engineConfiguration;
  private final RuntimeService runtimeService;
  private final NumberCounters counters;
  private final Clock clock;
  private final PlanBindings bindings;
  private final Actors actors;

  PlanService(PlanBindings bindings, Actors actors, InspectionPlans plans, PlanReminders reminders, AgencyService agencies, ItemService items,
      Policies policies, RunAs runAs, ProcessEngineConfigurationImpl engineConfiguration,
      RuntimeService runtimeService, NumberCounters counters, Clock clock) {
    this.counters = counters;
    this.runtimeService = runtimeService;
    this.bindings = bindings;
    this.actors = actors;
    this.plans = plans;
    this.reminders = reminders;
    this.agencies = agencies;
    this.items = items;
    this.policies = policies;
    this.runAs = runAs;
    this.engineConfiguration = engineConfiguration;
    this.clock = clock;
  }

  /**
   * The agency whose staff group ({@code <code>}) the user is in, with the items its plans may use; refused when the
   * user belongs to no inspecting agency.
   */
  @Transactional(readOnly = true)
  public StaffAgency staffAgencyOf(String userId) {
    Agency agency = agencyOfStaff(userId);
    List<StaffAgency.Option> options = items.usableItemsOf(agency.code()).stream()
        .map(i -> new StaffAgency.Option(i.choiceLabel(), i.code()))
        .toList();
    return new StaffAgency(agency.code(), agency.name(), options);
  }

  /**
   * As {@link #staffAgencyOf}, without the item options ({@code itemOptions} empty): for callers that only need the
   * agency (task registration, off-site checks), which need not read the agency's items.
   */
  @Transactional(readOnly = true)
  public StaffAgency staffAgencyWithoutItemsOf(String userId) {
    Agency agency = agencyOfStaff(userId);
    return new StaffAgency(agency.code(), agency.name(), List.of());
  }

  private Agency agencyOfStaff(String userId) {
    if (userId == null || userId.isBlank()) {
      throw new RuleViolationException("R-IG-2", "actor", "无法确定办理人：请登录后再办理。");
    }
    Set<String> groups = groupsOf(userId);
    return agencies.all().stream()
        .filter(a -> groups.contains(a.code()))
        .min(Comparator.comparing(Agency::justiceBureau).thenComparing(Agency::code))
        .orElseThrow(() -> new RuleViolationException("R-IG-1", "actor",
            "用户 " + userId + " 不属于任何行政执法机关，不能办理检查计划和检查任务；请联系管理员将其加入所在机关的用户组。"));
  }

  /**
   * Registers a submission of the plan process as a new version, by the authenticated staff member (R-IG-2): the first
   * submission of a process creates the plan and binds the process to it (R-IG-3); a resubmission after a return, or
   * an amendment's submission, adds a version to the bound plan of the user's own agency. R-PL-2 (every part present
   * and sane) and R-MD-3 (every item usable) refuse with a {@link RuleViolationException} and save nothing; R-PL-1
   * flags a late annual plan.
   */
  public RegisteredPlan register(PlanSubmission submission) {
    Actor actor = actors.current();
    PlanContent content = submission.content();
    StaffAgency agency = staffAgencyWithoutItemsOf(actor.userId());
    Optional<PlanBindingEntity> bound = bindings.findById(submission.processInstanceId());
    // R-IG-5: versions of one plan are numbered one after the other
    bound.ifPresent(b -> plans.lock(b.planId()));
    PlanEntity existing = bound.map(b -> entity(b.planId())).orElse(null);
    PlanVersionEntity previous = existing == null ? null : latestOf(existing, submission.processInstanceId());
    Set<String> partnersBefore = previous == null ? Set.of()
        : previous.partners().stream().map(PlanPartnerRef::agencyCode).collect(Collectors.toSet());
    PlanLifecycle.check(new PlanLifecycle.State(existing == null ? null : existing.planNumber(),
        existing == null ? agency.agencyCode() : existing.agencyCode(), previous == null ? null : previous.status(),
        false, partnersBefore, null), PlanLifecycle.Step.SUBMIT, actor).orThrow();
    PlanCompletenessPolicy.check(content).orThrow();
    List<InspectionItem> usable = items.requireUsable(agency.agencyCode(), content.itemCodes());
    Joint joint = joint(agency, content);
    Instant now = clock.instant();
    PlanEntity plan = existing != null ? existing : newPlan(agency, content, now, actor.userId());
    boolean amendment = bound.map(PlanBindingEntity::amendment).orElse(false);
    LocalDate uploadedOn = LocalDate.ofInstant(plan.uploadedAt(), clock.getZone());
    LatePlanPolicy.Lateness lateness = LatePlanPolicy.assess(
        content.type(), content.year(), amendment, uploadedOn, policies.current().annualPlanDeadline());
    PlanVersionEntity.Content parts = new PlanVersionEntity.Content(
        usable.stream().map(i -> new PlanItemRef(i.code(), i.name())).toList(),
        content.method().trim(), content.objectScope().trim(), content.windowStart(), content.windowEnd(),
        content.annualCap(), blankToNull(submission.notes()), joint.partners(), joint.items());
    plan.retitle(content.title().trim());
    PlanVersionEntity version = plan.addVersion(parts, amendment, lateness.late(), lateness.warning(),
        actor.userId(), now, submission.processInstanceId());
    plans.saveAndFlush(plan);
    if (bound.isEmpty()) {
      bindings.save(new PlanBindingEntity(submission.processInstanceId(), plan.id(), false));
    }
    String warnings = lateness.late() ? lateness.warning() : "";
    return new RegisteredPlan(plan.id(), plan.planNumber(), version.versionNo(), lateness.late(), warnings,
        summary(plan, version));
  }

  /** R-PL-6: the partners and their items a submission names, checked. */
  private record Joint(List<PlanPartnerRef> partners, List<PlanJointItemRef> items) {}

  /**
   * R-PL-6: a joint plan names its partner agencies (other inspecting agencies, not the lead itself, not the justice
   * bureau) and what may be inspected jointly: each partner item must belong to a named partner and be usable by it
   * (R-MD-3 for its owner). A plan without partners names no partner items. Refuses with the rule and saves nothing.
   */
  private Joint joint(StaffAgency lead, PlanContent content) {
    List<String> codes = content.partnerAgencies().stream().map(String::strip).filter(c -> !c.isEmpty()).distinct()
        .toList();
    List<String> itemCodes = content.partnerItemCodes().stream().map(String::strip).filter(c -> !c.isEmpty())
        .distinct().toList();
    if (codes.isEmpty()) {
      if (!itemCodes.isEmpty()) {
        throw new RuleViolationException("R-PL-6", "partnerAgencies",
            "选择了联合检查事项，但没有选择联合检查单位：请选择联合检查单位，或删去联合检查事项。");
      }
      return new Joint(List.of(), List.of());
    }
    List<PlanPartnerRef> partners = new java.util.ArrayList<>();
    for (String code : codes) {
      Agency partner = agencies.find(code).orElseThrow(() -> new RuleViolationException("R-PL-6", "partnerAgencies",
          "联合检查单位“" + code + "”不存在，请从列表中选择。"));
      if (partner.justiceBureau() || partner.code().equals(lead.agencyCode())) {
        throw new RuleViolationException("R-PL-6", "partnerAgencies", partner.name()
            + (partner.justiceBureau() ? "负责备案和监督，不能作为联合检查单位。" : "是本计划的牵头机关，不必再列为联合检查单位。"));
      }
      partners.add(new PlanPartnerRef(partner.code(), partner.name()));
    }
    if (itemCodes.isEmpty()) {
      throw new RuleViolationException("R-PL-6", "partnerItems",
          "联合检查计划须载明可以联合检查的事项：请为联合检查单位选择至少一项检查事项。");
    }
    Map<String, List<String>> byOwner = new java.util.LinkedHashMap<>();
    for (String code : itemCodes) {
      InspectionItem item = items.find(code).orElseThrow(() -> new RuleViolationException("R-MD-3", "partnerItems",
          "检查事项 " + code + " 不存在，请从列表中选择。"));
      if (!codes.contains(item.agencyCode())) {
        String owner = agencies.find(item.agencyCode()).map(Agency::name).orElse(item.agencyCode());
        throw new RuleViolationException("R-PL-6", "partnerItems", "检查事项“" + item.name() + "”（" + code + "）属于"
            + owner + "，" + owner + "不是本计划的联合检查单位；请先将其列为联合检查单位，或删去该事项。");
      }
      byOwner.computeIfAbsent(item.agencyCode(), k -> new java.util.ArrayList<>()).add(code);
    }
    Map<String, InspectionItem> checked = new HashMap<>();
    byOwner.forEach((owner, ownerCodes) -> items.requireUsable(owner, ownerCodes)
        .forEach(i -> checked.put(i.code(), i)));
    List<PlanJointItemRef> jointItems = itemCodes.stream().map(checked::get)
        .map(i -> new PlanJointItemRef(i.agencyCode(), i.code(), i.name())).toList();
    return new Joint(List.copyOf(partners), jointItems);
  }

  /**
   * R-PL-6: the other inspecting agencies a joint plan of {@code leadAgencyCode} may name, and their usable items
   * labelled with the owner, as {@code {label, value}} options for the fill-plan form.
   */
  @Transactional(readOnly = true)
  public PartnerOptions partnerOptionsFor(String leadAgencyCode) {
    List<Agency> partners = agencies.all().stream()
        .filter(a -> !a.justiceBureau() && !a.code().equals(leadAgencyCode))
        .sorted(Comparator.comparing(Agency::code)).toList();
    List<StaffAgency.Option> agencyOptions = partners.stream()
        .map(a -> new StaffAgency.Option(a.name(), a.code())).toList();
    List<StaffAgency.Option> itemOptions = partners.stream()
        .flatMap(a -> items.usableItemsOf(a.code()).stream()
            .map(i -> new StaffAgency.Option(a.name() + "：" + i.choiceLabel(), i.code())))
        .toList();
    return new PartnerOptions(agencyOptions, itemOptions);
  }

  /** R-PL-6: the partner agencies and their items a joint plan may name, as fill-plan options. */
  public record PartnerOptions(List<StaffAgency.Option> agencies, List<StaffAgency.Option> items) {}

  /**
   * R-PL-6: the candidate group of 备案检查计划 for the plan the process is bound to: the justice bureau of the plan
   * agency's filing level ({@link PlanFilingRoute}).
   */
  @Transactional(readOnly = true)
  public String filingGroupOf(String processInstanceId) {
    PlanBindingEntity binding = bindings.findById(processInstanceId).orElseThrow(() -> new RuleViolationException(
        "R-IG-3", "processInstance", "流程实例 " + processInstanceId + " 没有绑定检查计划，无法确定备案的司法局。"));
    return filingGroupOfAgency(entity(binding.planId()).agencyCode());
  }

  private String filingGroupOfAgency(String agencyCode) {
    return agencies.find(agencyCode).map(a -> PlanFilingRoute.filingGroup(a, agencies.all()))
        .orElse(cn.lawfulinspection.identity.RoleGroups.SUPERVISOR);
  }

  /**
   * Records the head's decision on the version the plan process submitted (R-IG-3), by a head of the plan's agency
   * (R-IG-1); returns the reason to show on the fill-plan form when returned, else {@code null}.
   */
  public String decideByHead(String processInstanceId, String decision, String reason) {
    DecisionPolicy.check(null, "headDecision", "headReturnReason", decision, "APPROVE", reason).orThrow();
    boolean approve = "APPROVE".equals(decision);
    Actor actor = actors.current();
    PlanVersionEntity v = take(processInstanceId, approve ? PlanLifecycle.Step.APPROVE
        : PlanLifecycle.Step.RETURN_BY_HEAD, actor);
    if (approve) {
      v.approve(actor.name(), clock.instant());
      return null;
    }
    v.returnWith(STAGE_HEAD, reason.strip(), actor.name(), clock.instant());
    return "单位负责人退回（" + actor.name() + "）：" + reason.strip();
  }

  /**
   * Records the justice bureau's decision (R-PL-3) on the version the plan process submitted, by a supervisor
   * (R-IG-1, R-IG-2: the filer is the authenticated user); returns the reason to show on the fill-plan form when
   * returned, {@code null} when filed (then {@link #publish} makes it public).
   */
  public String decideFiling(String processInstanceId, String decision, String reason) {
    DecisionPolicy.check("R-PL-3", "filingDecision", "filingReturnReason", decision, "FILE", reason).orThrow();
    boolean file = "FILE".equals(decision);
    Actor actor = actors.current();
    PlanVersionEntity v = take(processInstanceId, file ? PlanLifecycle.Step.FILE
        : PlanLifecycle.Step.RETURN_BY_JUSTICE_BUREAU, actor);
    if (file) {
      v.file(actor.name(), clock.instant());
      return null;
    }
    v.returnWith(STAGE_FILING, reason.strip(), actor.name(), clock.instant());
    return "司法局退回（" + actor.name() + "）：" + reason.strip();
  }

  /**
   * R-PL-4: the version the plan process filed is published and comes into force; an earlier filed version of the
   * same plan is superseded. Only a filed, unpublished version can be.
   */
  public void publish(String processInstanceId) {
    PlanVersionEntity v = take(processInstanceId, PlanLifecycle.Step.PUBLISH, actors.current());
    Instant now = clock.instant();
    v.plan().versions().stream()
        .filter(other -> other.status() == PlanStatus.FILED && other.versionNo() != v.versionNo())
        .forEach(other -> other.supersede(now));
    v.publish(now);
  }

  /**
   * R-PL-3: a plan can be amended by its own agency once it has a filed version, and not while another version is
   * on its way through approval or filing.
   */
  @Transactional(readOnly = true)
  public InspectionPlan requireAmendable(long planId, String agencyCode) {
    InspectionPlan plan = get(planId);
    if (!plan.agencyCode().equals(agencyCode)) {
      throw new RuleViolationException(null, "planId", "只能修订本机关的检查计划。");
    }
    if (plan.filedVersion().isEmpty()) {
      throw new RuleViolationException("R-PL-3", "planId",
          "检查计划 " + plan.planNumber() + " 尚未备案，请在原流程中修改，不需要发起修订。");
    }
    boolean pending = plan.versions().stream()
        .anyMatch(v -> v.status() == PlanStatus.SUBMITTED || v.status() == PlanStatus.APPROVED);
    if (pending) {
      throw new RuleViolationException("R-PL-3", "planId",
          "检查计划 " + plan.planNumber() + " 已有版本在审批或备案中，请办结后再发起修订。");
    }
    return plan;
  }

  /**
   * Amendment (修订): starts the plan process again for a new version of a filed plan of the authenticated user's
   * agency, pre-filled from the filed version, and binds it to the plan (R-IG-3); the filed version stays in force
   * until the new one is filed. One amendment at a time. Returns the process instance id.
   */
  public String startAmendment(long planId) {
    plans.lock(planId); // R-IG-5: two simultaneous amendments of one plan are decided one after the other
    Actor actor = actors.current();
    StaffAgency agency = staffAgencyOf(actor.userId());
    InspectionPlan plan = requireAmendable(planId, agency.agencyCode());
    PlanVersion filed = plan.filedVersion().orElseThrow();
    List<String> boundProcesses = bindings.findByPlanId(planId).stream().map(PlanBindingEntity::processInstanceId)
        .toList();
    long open = engineConfiguration.getCommandExecutorTxRequired().execute(ctx -> ctx.runWithoutAuthorization(
        () -> runtimeService.createProcessInstanceQuery().processInstanceIds(Set.copyOf(boundProcesses)).count()));
    if (open > 0) {
      throw new RuleViolationException("R-PL-3", "planId",
          "检查计划 " + plan.planNumber() + " 已有修订在办理中，请办结后再发起新的修订。");
    }
    Map<String, Object> variables = new HashMap<>();
    // what the fill-plan form shows; the process acts on the plan through its binding, not through these
    variables.put(InspectionPlanProcessIds.PLAN_NUMBER, plan.planNumber());
    variables.put(InspectionPlanProcessIds.PLAN_TYPE, plan.type().name());
    variables.put(InspectionPlanProcessIds.PLAN_YEAR, plan.year());
    variables.put(InspectionPlanProcessIds.PLAN_TITLE, plan.title());
    variables.put(InspectionPlanProcessIds.PLAN_ITEMS,
        SpinValues.jsonValue(Spin.JSON(filed.items().stream().map(PlanVersion.PlanItem::code).toList())).create());
    if (!filed.partners().isEmpty()) { // R-PL-6: an amended joint plan keeps its partners unless changed
      variables.put(InspectionPlanProcessIds.PARTNER_AGENCIES, SpinValues.jsonValue(
          Spin.JSON(filed.partners().stream().map(PlanVersion.Partner::agencyCode).toList())).create());
      variables.put(InspectionPlanProcessIds.PARTNER_ITEMS, SpinValues.jsonValue(
          Spin.JSON(filed.jointItems().stream().map(PlanVersion.JointItem::code).toList())).create());
    }
    variables.put(InspectionPlanProcessIds.INSPECTION_METHOD, filed.method());
    variables.put(InspectionPlanProcessIds.OBJECT_SCOPE, filed.objectScope());
    variables.put(InspectionPlanProcessIds.WINDOW_START, filed.windowStart().toString());
    variables.put(InspectionPlanProcessIds.WINDOW_END, filed.windowEnd().toString());
    variables.put(InspectionPlanProcessIds.ANNUAL_CAP, filed.annualCap());
    if (filed.notes() != null) {
      variables.put(InspectionPlanProcessIds.PLAN_NOTES, filed.notes());
    }
    String processInstanceId = runtimeService
        .startProcessInstanceByKey(InspectionPlanProcessIds.PROCESS_KEY, plan.planNumber(), variables).getId();
    bindings.save(new PlanBindingEntity(processInstanceId, planId, true));
    return processInstanceId;
  }

  /** Keeps a reminder that the head's approval of the process's version is overdue; returns the message. */
  public String recordOverdueApproval(String processInstanceId) {
    PlanVersionEntity v = take(processInstanceId, PlanLifecycle.Step.REMIND_OVERDUE, actors.current());
    long planId = v.plan().id();
    int version = v.versionNo();
    String candidateGroup = AgencyGroups.headGroup(v.plan().agencyCode());
    String subject = "检查计划 " + v.plan().planNumber() + " 第 " + version + " 版";
    String message = subject + " 的负责人审批已超过办理期限，已提醒 " + candidateGroup + " 尽快审批，并报执法监督。";
    reminders.save(new PlanReminderEntity(processInstanceId, planId, version, STAGE_HEAD, candidateGroup,
        clock.instant(), message));
    return message;
  }

  @Transactional(readOnly = true)
  public List<String> overdueRemindersOf(String processInstanceId) {
    return reminders.findByProcessInstanceId(processInstanceId).stream().map(PlanReminderEntity::message).toList();
  }

  @Transactional(readOnly = true)
  public InspectionPlan get(long planId) {
    return entity(planId).toPlan();
  }

  /**
   * R-PL-3: the version, if it is the filed version in force; refuses drafts, submitted, approved, returned and
   * superseded versions, so that tasks are registered only under a filed plan.
   */
  @Transactional(readOnly = true)
  public PlanVersion requireFiledVersion(long planId, int version) {
    PlanEntity plan = entity(planId);
    PlanVersionEntity v = version(plan, version);
    if (v.status() == PlanStatus.FILED) {
      return v.toVersion();
    }
    String why = v.status() == PlanStatus.SUPERSEDED
        ? "已被新备案的版本取代"
        : "尚未经司法局备案（当前状态：" + v.status().label() + "）";
    throw new RuleViolationException("R-PL-3", "planVersion",
        "检查计划 " + plan.planNumber() + " 第 " + version + " 版" + why + "，不能在其下登记检查任务。");
  }

  /** R-PL-3: the filed version in force; refused when the plan has none yet. */
  @Transactional(readOnly = true)
  public PlanVersion currentFiledVersion(long planId) {
    PlanEntity plan = entity(planId);
    return plan.versions().stream()
        .filter(v -> v.status() == PlanStatus.FILED)
        .findFirst()
        .map(PlanVersionEntity::toVersion)
        .orElseThrow(() -> new RuleViolationException("R-PL-3", "planId",
            "检查计划 " + plan.planNumber() + " 尚无经司法局备案的版本，不能在其下登记检查任务。"));
  }

  /** Plans (all versions), optionally of one year and agency; {@code agencyCodes} null means every agency. */
  @Transactional(readOnly = true)
  public List<InspectionPlan> list(Integer year, String agencyCode, Set<String> visibleAgencies) {
    return plans.search(year, blankToNull(agencyCode)).stream()
        .filter(p -> visibleAgencies == null || visibleAgencies.contains(p.agencyCode())
            || partnerCodes(p).stream().anyMatch(visibleAgencies::contains))
        .map(PlanEntity::toPlan)
        .toList();
  }

  /** R-PL-6: the agencies that may read a plan: its own and the partners of any of its versions. */
  @Transactional(readOnly = true)
  public Set<String> readingAgencies(long planId) {
    PlanEntity plan = entity(planId);
    Set<String> codes = new java.util.HashSet<>(partnerCodes(plan));
    codes.add(plan.agencyCode());
    return Set.copyOf(codes);
  }

  private static Set<String> partnerCodes(PlanEntity plan) {
    return plan.versions().stream().flatMap(v -> v.partners().stream()).map(PlanPartnerRef::agencyCode)
        .collect(Collectors.toSet());
  }

  /** R-PL-4: the filed versions in force, as published (向社会公布). */
  @Transactional(readOnly = true)
  public List<PublishedPlan> published(Integer year, String agencyCode) {
    return plans.searchFiled(year, blankToNull(agencyCode)).stream()
        .flatMap(p -> p.versions().stream().filter(v -> v.status() == PlanStatus.FILED).map(v -> publishedOf(p, v)))
        .toList();
  }

  private static PublishedPlan publishedOf(PlanEntity p, PlanVersionEntity v) {
    return new PublishedPlan(p.planNumber(), v.versionNo(), p.agencyCode(), p.agencyName(), p.year(),
        p.type().label(), p.title(), v.items().stream().map(PlanItemRef::itemName).toList(), v.method(),
        v.objectScope(), v.windowStart(), v.windowEnd(), v.annualCap(), v.filedAt(), v.publishedAt(),
        v.partners().stream().map(PlanPartnerRef::agencyName).toList(),
        v.jointItems().stream().map(i -> i.itemName() + "（" + agencyNameIn(v, i.agencyCode()) + "）").toList());
  }

  private static String agencyNameIn(PlanVersionEntity v, String agencyCode) {
    return v.partners().stream().filter(p -> p.agencyCode().equals(agencyCode)).map(PlanPartnerRef::agencyName)
        .findFirst().orElse(agencyCode);
  }

  /** A new plan, numbered from the agency's counter of the plan's year (R-IG-5: race-free, gap-free). */
  private PlanEntity newPlan(StaffAgency agency, PlanContent c, Instant now, String uploadedBy) {
    String prefix = String.format(Locale.ROOT, "JH-%s-%d-", agency.agencyCode().toUpperCase(Locale.ROOT), c.year());
    long seq = counters.next(NumberKind.PLAN, agency.agencyCode(), c.year(),
        () -> NumberCounters.highestSuffix(plans.numbersOf(agency.agencyCode(), c.year()), prefix));
    String number = prefix + String.format(Locale.ROOT, "%03d", seq);
    return plans.save(new PlanEntity(number, agency.agencyCode(), agency.agencyName(), c.year(), c.type(),
        c.title().trim(), now, uploadedBy));
  }

  /**
   * Takes a step on the latest version the bound plan process submitted (R-IG-3), through {@link PlanLifecycle}
   * (R-IG-1); a process bound to no plan acts on none.
   */
  private PlanVersionEntity take(String processInstanceId, PlanLifecycle.Step step, Actor actor) {
    PlanBindingEntity binding = bindings.findById(processInstanceId).orElseThrow(() -> new RuleViolationException(
        "R-IG-3", "processInstance", "流程实例 " + processInstanceId + " 没有绑定检查计划：只有平台发起的计划流程才能办理检查计划，已拒绝。"));
    PlanEntity plan = entity(binding.planId());
    PlanVersionEntity v = latestOf(plan, processInstanceId);
    Set<String> partners = v == null ? Set.of()
        : v.partners().stream().map(PlanPartnerRef::agencyCode).collect(Collectors.toSet());
    PlanLifecycle.check(new PlanLifecycle.State(plan.planNumber(), plan.agencyCode(), v == null ? null : v.status(),
        v != null && v.published(), partners, filingGroupOfAgency(plan.agencyCode())), step, actor).orThrow();
    return v;
  }

  /** The latest version this process submitted, or {@code null}. */
  private static PlanVersionEntity latestOf(PlanEntity plan, String processInstanceId) {
    return plan.versions().stream().filter(v -> processInstanceId.equals(v.processInstanceId()))
        .max(Comparator.comparingInt(PlanVersionEntity::versionNo)).orElse(null);
  }

  private String summary(PlanEntity plan, PlanVersionEntity v) {
    return "计划编号：" + plan.planNumber() + "（第 " + v.versionNo() + " 版" + (v.toVersion().amendment() ? "，修订" : "") + "）\n"
        + "执法机关：" + plan.agencyName() + "\n"
        + "计划类型：" + plan.type().label() + "    年度：" + plan.year() + "\n"
        + "计划标题：" + plan.title() + "\n"
        + "检查事项：" + v.items().stream().map(i -> i.itemName() + "（" + i.itemCode() + "）")
            .collect(Collectors.joining("；")) + "\n"
        + "检查方式：" + v.method() + "\n"
        + "检查对象范围：" + v.objectScope() + "\n"
        + "检查时间：" + v.windowStart() + " 至 " + v.windowEnd() + "\n"
        + "每家企业年度检查频次上限：" + v.annualCap() + " 次"
        + (v.partners().isEmpty() ? "" : "\n联合检查单位：" + v.partners().stream().map(PlanPartnerRef::agencyName)
            .collect(Collectors.joining("、")) + "\n联合检查事项：" + v.jointItems().stream()
            .map(i -> i.itemName() + "（" + i.itemCode() + "，" + agencyNameIn(v, i.agencyCode()) + "）")
            .collect(Collectors.joining("；")))
        + (v.notes() == null ? "" : "\n备注：" + v.notes());
  }

  private Set<String> groupsOf(String userId) {
    return Set.copyOf(runAs.groupsOf(userId));
  }

  private PlanEntity entity(long planId) {
    return plans.findById(planId).orElseThrow(() -> new NotFoundException("检查计划 " + planId + " 不存在。"));
  }

  private static PlanVersionEntity version(PlanEntity plan, int version) {
    return plan.version(version).orElseThrow(
        () -> new NotFoundException("检查计划 " + plan.planNumber() + " 没有第 " + version + " 版。"));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
