package cn.lawfulinspection.plan;

import cn.lawfulinspection.agency.Agency;
import cn.lawfulinspection.agency.AgencyService;
import cn.lawfulinspection.common.NotFoundException;
import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.identity.RunAs;
import cn.lawfulinspection.item.InspectionItem;
import cn.lawfulinspection.item.ItemService;
import cn.lawfulinspection.plan.internal.InspectionPlans;
import cn.lawfulinspection.plan.internal.PlanEntity;
import cn.lawfulinspection.plan.internal.PlanItemRef;
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
  private final Clock clock;

  PlanService(InspectionPlans plans, PlanReminders reminders, AgencyService agencies, ItemService items,
      Policies policies, RunAs runAs, ProcessEngineConfigurationImpl engineConfiguration,
      RuntimeService runtimeService, Clock clock) {
    this.runtimeService = runtimeService;
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
        .map(i -> new StaffAgency.Option(i.name() + "（" + i.code() + "）", i.code()))
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
      throw new RuleViolationException(null, "initiator", "无法确定上传人：请登录后再上传检查计划。");
    }
    Set<String> groups = groupsOf(userId);
    return agencies.all().stream()
        .filter(a -> groups.contains(a.code()))
        .min(Comparator.comparing(Agency::justiceBureau).thenComparing(Agency::code))
        .orElseThrow(() -> new RuleViolationException(null, "initiator",
            "用户 " + userId + " 不属于任何行政执法机关，不能上传检查计划；请联系管理员将其加入所在机关的用户组。"));
  }

  /** True when the user is in the staff group of the agency. */
  @Transactional(readOnly = true)
  public boolean isStaffOf(String userId, String agencyCode) {
    return userId != null && groupsOf(userId).contains(agencyCode);
  }

  /**
   * Registers a submission as a new version: R-PL-2 (every part present and sane) and R-MD-3 (every item usable)
   * refuse with a {@link RuleViolationException} and save nothing; R-PL-1 flags a late annual plan.
   */
  public RegisteredPlan register(PlanSubmission submission) {
    PlanContent content = submission.content();
    PlanCompletenessPolicy.check(content).orThrow();
    List<InspectionItem> usable = items.requireUsable(submission.agencyCode(), content.itemCodes());
    Instant now = clock.instant();
    PlanEntity plan = planFor(submission, now);
    boolean amendment = submission.amendsPlanId() != null;
    LocalDate uploadedOn = LocalDate.ofInstant(plan.uploadedAt(), clock.getZone());
    LatePlanPolicy.Lateness lateness = LatePlanPolicy.assess(
        content.type(), content.year(), amendment, uploadedOn, policies.current().annualPlanDeadline());
    PlanVersionEntity.Content parts = new PlanVersionEntity.Content(
        usable.stream().map(i -> new PlanItemRef(i.code(), i.name())).toList(),
        content.method().trim(), content.objectScope().trim(), content.windowStart(), content.windowEnd(),
        content.annualCap(), blankToNull(submission.notes()));
    plan.retitle(content.title().trim());
    PlanVersionEntity version = plan.addVersion(parts, amendment, lateness.late(), lateness.warning(),
        submission.submittedBy(), now, submission.processInstanceId());
    plans.saveAndFlush(plan);
    String warnings = lateness.late() ? lateness.warning() : "";
    return new RegisteredPlan(plan.id(), plan.planNumber(), version.versionNo(), lateness.late(), warnings,
        summary(plan, version));
  }

  /**
   * Records the head's decision; returns the reason to show on the fill-plan form when returned, else {@code null}.
   */
  public String decideByHead(long planId, int version, String decision, String reason, String actor) {
    DecisionPolicy.check(null, "headDecision", "headReturnReason", decision, "APPROVE", reason).orThrow();
    if ("APPROVE".equals(decision)) {
      approve(planId, version, actor);
      return null;
    }
    returnByHead(planId, version, reason.strip(), actor);
    return "单位负责人退回（" + actor + "）：" + reason.strip();
  }

  /**
   * Records the justice bureau's decision (R-PL-3); returns the reason to show on the fill-plan form when returned,
   * {@code null} when filed (the filing itself is done by {@link #fileAndPublish}).
   */
  public String decideFiling(long planId, int version, String decision, String reason, String actor) {
    DecisionPolicy.check("R-PL-3", "filingDecision", "filingReturnReason", decision, "FILE", reason).orThrow();
    PlanVersionEntity v = entityVersion(planId, version);
    if (v.status() != PlanStatus.APPROVED) {
      throw new RuleViolationException("R-PL-3", "planVersion", "只有经单位负责人审批同意的检查计划才能备案。");
    }
    if ("FILE".equals(decision)) {
      return null;
    }
    returnByJusticeBureau(planId, version, reason.strip(), actor);
    return "司法局退回（" + actor + "）：" + reason.strip();
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
   * Amendment (修订): starts the plan process again for a new version of a filed plan, pre-filled from the filed
   * version, as {@code userId}; the filed version stays in force until the new one is filed. Returns the process
   * instance id.
   */
  public String startAmendment(long planId, String userId) {
    StaffAgency agency = staffAgencyOf(userId);
    InspectionPlan plan = requireAmendable(planId, agency.agencyCode());
    PlanVersion filed = plan.filedVersion().orElseThrow();
    long open = engineConfiguration.getCommandExecutorTxRequired().execute(ctx -> ctx.runWithoutAuthorization(
        () -> runtimeService.createProcessInstanceQuery().processDefinitionKey(InspectionPlanProcessIds.PROCESS_KEY)
            .variableValueEquals(InspectionPlanProcessIds.AMENDS_PLAN_ID, planId).count()));
    if (open > 0) {
      throw new RuleViolationException("R-PL-3", "planId",
          "检查计划 " + plan.planNumber() + " 已有修订在办理中，请办结后再发起新的修订。");
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(InspectionPlanProcessIds.AMENDS_PLAN_ID, planId);
    variables.put(InspectionPlanProcessIds.PLAN_TYPE, plan.type().name());
    variables.put(InspectionPlanProcessIds.PLAN_YEAR, plan.year());
    variables.put(InspectionPlanProcessIds.PLAN_TITLE, plan.title());
    variables.put(InspectionPlanProcessIds.PLAN_ITEMS,
        SpinValues.jsonValue(Spin.JSON(filed.items().stream().map(PlanVersion.PlanItem::code).toList())).create());
    variables.put(InspectionPlanProcessIds.INSPECTION_METHOD, filed.method());
    variables.put(InspectionPlanProcessIds.OBJECT_SCOPE, filed.objectScope());
    variables.put(InspectionPlanProcessIds.WINDOW_START, filed.windowStart().toString());
    variables.put(InspectionPlanProcessIds.WINDOW_END, filed.windowEnd().toString());
    variables.put(InspectionPlanProcessIds.ANNUAL_CAP, filed.annualCap());
    if (filed.notes() != null) {
      variables.put(InspectionPlanProcessIds.PLAN_NOTES, filed.notes());
    }
    return runAs.as(userId, () -> runtimeService
        .startProcessInstanceByKey(InspectionPlanProcessIds.PROCESS_KEY, plan.planNumber(), variables).getId());
  }

  /** The head (单位负责人) approved the version. */
  public void approve(long planId, int version, String approvedBy) {
    entityVersion(planId, version).approve(approvedBy, clock.instant());
  }

  /** The head returned the version with a reason. */
  public void returnByHead(long planId, int version, String reason, String returnedBy) {
    entityVersion(planId, version).returnWith(STAGE_HEAD, reason, returnedBy, clock.instant());
  }

  /** The justice bureau returned the version instead of filing it (R-PL-3). */
  public void returnByJusticeBureau(long planId, int version, String reason, String returnedBy) {
    entityVersion(planId, version).returnWith(STAGE_FILING, reason, returnedBy, clock.instant());
  }

  /**
   * R-PL-3, R-PL-4: the version is filed and published; an earlier filed version of the same plan is superseded.
   */
  public void fileAndPublish(long planId, int version, String filedBy) {
    PlanEntity plan = entity(planId);
    Instant now = clock.instant();
    plan.versions().stream()
        .filter(v -> v.status() == PlanStatus.FILED && v.versionNo() != version)
        .forEach(v -> v.supersede(now));
    version(plan, version).fileAndPublish(filedBy, now);
  }

  /** Keeps a reminder that an approval is overdue; returns the message. */
  public String recordOverdueApproval(String processInstanceId, Long planId, Integer version, String candidateGroup) {
    String subject = planId == null ? "检查计划" : "检查计划 " + entity(planId).planNumber() + " 第 " + version + " 版";
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
        .filter(p -> visibleAgencies == null || visibleAgencies.contains(p.agencyCode()))
        .map(PlanEntity::toPlan)
        .toList();
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
        v.objectScope(), v.windowStart(), v.windowEnd(), v.annualCap(), v.filedAt(), v.publishedAt());
  }

  private PlanEntity planFor(PlanSubmission submission, Instant now) {
    Long existing = submission.amendsPlanId() != null ? submission.amendsPlanId() : submission.planId();
    if (existing != null) {
      PlanEntity plan = entity(existing);
      if (!plan.agencyCode().equals(submission.agencyCode())) {
        throw new RuleViolationException(null, "planId", "只能修订本机关的检查计划。");
      }
      return plan;
    }
    PlanContent c = submission.content();
    long seq = plans.countByAgencyAndYear(submission.agencyCode(), c.year()) + 1;
    String number = String.format(Locale.ROOT, "JH-%s-%d-%03d",
        submission.agencyCode().toUpperCase(Locale.ROOT), c.year(), seq);
    return plans.save(new PlanEntity(number, submission.agencyCode(), submission.agencyName(), c.year(), c.type(),
        c.title().trim(), now, submission.submittedBy()));
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
        + (v.notes() == null ? "" : "\n备注：" + v.notes());
  }

  private Set<String> groupsOf(String userId) {
    return Set.copyOf(runAs.groupsOf(userId));
  }

  private PlanEntity entity(long planId) {
    return plans.findById(planId).orElseThrow(() -> new NotFoundException("检查计划 " + planId + " 不存在。"));
  }

  private PlanVersionEntity entityVersion(long planId, int version) {
    return version(entity(planId), version);
  }

  private static PlanVersionEntity version(PlanEntity plan, int version) {
    return plan.version(version).orElseThrow(
        () -> new NotFoundException("检查计划 " + plan.planNumber() + " 没有第 " + version + " 版。"));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
