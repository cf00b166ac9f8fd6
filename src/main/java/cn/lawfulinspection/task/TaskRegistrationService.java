package cn.lawfulinspection.task;

import cn.lawfulinspection.calendar.WorkingDayCalendar;
import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.enterprise.EnterpriseService;
import cn.lawfulinspection.inspector.Inspector;
import cn.lawfulinspection.inspector.InspectorService;
import cn.lawfulinspection.item.InspectionItem;
import cn.lawfulinspection.item.ItemService;
import cn.lawfulinspection.numbering.NumberCounters;
import cn.lawfulinspection.numbering.NumberKind;
import cn.lawfulinspection.plan.InspectionPlan;
import cn.lawfulinspection.plan.PlanService;
import cn.lawfulinspection.plan.PlanStatus;
import cn.lawfulinspection.plan.PlanVersion;
import cn.lawfulinspection.plan.StaffAgency;
import cn.lawfulinspection.policy.Policies;
import cn.lawfulinspection.policy.PolicyProfile;
import cn.lawfulinspection.task.internal.InspectionTasks;
import cn.lawfulinspection.task.internal.OffSiteChecks;
import cn.lawfulinspection.task.internal.TaskEntity;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration (登记) and revision of inspection tasks, with every registration rule applied on real data: R-TK-1
 * (filed plan version or named trigger), R-MD-3 (usable items of the plan), R-MD-1/R-MD-2 (at least
 * {@code minInspectors} qualified inspectors of the agency), R-TK-2 (warn), R-TK-5 (annual cap counted from
 * {@code insp_task} under the enterprise's row lock, R-IG-5; where the profile sets a cap), R-TK-6 (head consent
 * flagged), R-NT-2 (a notice that cannot go out in time is warned about at once), R-TK-7 (quiet period),
 * R-TK-8 (off-site first). A refusal throws {@link RuleViolationException} before anything is written; warnings are saved on the task.
 */
@Service
@Transactional
public class TaskRegistrationService {

  static final Set<TaskStatus> COUNTED = Arrays.stream(TaskStatus.values())
      .filter(TaskStatus::countsAgainstCap).collect(Collectors.toUnmodifiableSet());

  private final PlanService plans;
  private final EnterpriseService enterprises;
  private final ItemService items;
  private final InspectorService inspectors;
  private final Policies policies;
  private final WorkingDayCalendar calendar;
  private final InspectionTasks tasks;
  private final OffSiteChecks offSiteChecks;
  private final TaskTrace trace;
  private final TaskLocks locks;
  private final NumberCounters counters;
  private final Clock clock;
  private final TaskSteps steps;
  private final TriggerRecords triggerRecords;
  private final OverInspectionExceptions exceptions;

  TaskRegistrationService(PlanService plans, EnterpriseService enterprises, ItemService items,
      InspectorService inspectors, Policies policies, WorkingDayCalendar calendar, InspectionTasks tasks,
      OffSiteChecks offSiteChecks, TaskTrace trace, TaskLocks locks, NumberCounters counters, Clock clock,
      TaskSteps steps, TriggerRecords triggerRecords, OverInspectionExceptions exceptions) {
    this.steps = steps;
    this.triggerRecords = triggerRecords;
    this.exceptions = exceptions;
    this.plans = plans;
    this.enterprises = enterprises;
    this.items = items;
    this.inspectors = inspectors;
    this.policies = policies;
    this.calendar = calendar;
    this.tasks = tasks;
    this.offSiteChecks = offSiteChecks;
    this.trace = trace;
    this.locks = locks;
    this.counters = counters;
    this.clock = clock;
  }

  /**
   * Registers a task for the agency of the authenticated user, who is its registrant (R-IG-2: no request names
   * another user); status {@code REGISTERED}. R-IG-5: the enterprise's row is locked before the cap is counted
   * (R-TK-5), and the number comes from the agency's counter of the year, locked until the registration commits:
   * simultaneous registrations get distinct numbers without gaps and never exceed the cap.
   */
  public InspectionTask register(TaskRequest request) {
    if (steps.actor().isSystem()) {
      throw new RuleViolationException("R-IG-2", "registrant", "无法确定登记人：请登录后再登记检查任务。");
    }
    String registrant = steps.actor().userId();
    StaffAgency agency = plans.staffAgencyWithoutItemsOf(registrant);
    lockEnterprise(request);
    PolicyProfile profile = policies.current();
    TaskEntity.Content content = check(request, agency.agencyCode(), null, null, profile);
    String number = nextNumber(agency.agencyCode(), LocalDate.now(clock).getYear());
    TaskEntity task = new TaskEntity(number, agency.agencyCode(), agency.agencyName(), registrant, clock.instant());
    task.apply(content);
    task.policy(profile.name(), profile.version());
    tasks.saveAndFlush(task);
    useLinks(content.links(), null, number);
    trace.record(task.id(), registrant, "REGISTERED", "登记检查任务 " + number + "（" + describe(content) + "；适用政策配置 "
        + profile.name() + " 第" + profile.version() + "版）" + warningText(content.warnings()));
    return task.toTask(List.of());
  }

  /**
   * Revises a returned task and resubmits it (R-TK-3): the registration rules run again on the new content (the task
   * itself does not count against its own cap); warnings are replaced by the new ones. Locks the enterprise, then the
   * task, as registration does (R-IG-5).
   */
  public InspectionTask revise(long taskId, TaskRequest request) {
    lockEnterprise(request);
    locks.lock(taskId);
    TaskEntity task = steps.entity(taskId);
    TaskEntity.Content content = check(request, task.agencyCode(), taskId, task.taskNumber(),
        policies.version(task.policyProfile(), task.policyVersion()));
    steps.take(task, TaskLifecycle.Step.REVISE);
    Long previousRecord = task.triggerRecordId();
    task.apply(content);
    useLinks(content.links(), previousRecord, task.taskNumber());
    task.revised();
    trace.record(taskId, steps.actor().name(), "RESUBMITTED", "修改后重新提交（" + describe(content) + "）"
        + warningText(content.warnings()));
    return task.toTask(List.of());
  }

  /**
   * R-IG-5, R-TK-5: the enterprise's row stays locked until the transaction ends, so that registrations and revisions
   * for one enterprise count its tasks one after the other (first of the locks a registration takes).
   */
  private void lockEnterprise(TaskRequest request) {
    if (!blank(request.enterpriseCode())) {
      enterprises.lock(request.enterpriseCode().strip().toUpperCase(Locale.ROOT));
    }
  }

  /**
   * R-TK-10, R-SV-2: marks the linked trigger record and the used over-inspection exception as used by the task (both
   * locked by the check); a revision that chose another record frees the one it linked before.
   */
  private void useLinks(TaskEntity.Links links, Long previousRecord, String taskNumber) {
    if (previousRecord != null && !previousRecord.equals(links.triggerRecordId())) {
      triggerRecords.release(previousRecord, taskNumber);
    }
    if (links.triggerRecordId() != null) {
      triggerRecords.use(links.triggerRecordId(), taskNumber);
    }
    if (links.overInspectionException() != null) {
      exceptions.use(links.overInspectionException(), taskNumber);
    }
  }

  /** The agency's next task number of the year, e.g. RW-SCJG-2026-0001 (R-IG-5: race-free, gap-free). */
  private String nextNumber(String agencyCode, int year) {
    String prefix = String.format(Locale.ROOT, "RW-%s-%d-", agencyCode.toUpperCase(Locale.ROOT), year);
    long seq = counters.next(NumberKind.TASK, agencyCode, year,
        () -> NumberCounters.highestSuffix(tasks.numbersStartingWith(prefix), prefix));
    return prefix + String.format(Locale.ROOT, "%04d", seq);
  }

  /** All checks; refuses with the first broken rule, else the content to save with its warnings. */
  TaskEntity.Content check(TaskRequest r, String agencyCode, Long exceptTaskId, String exceptTaskNumber,
      PolicyProfile profile) {
    LocalDate today = LocalDate.now(clock);
    Enterprise enterprise = enterprise(r.enterpriseCode());
    InspectionWindow window = window(r);
    if (r.kind() == null) {
      throw new RuleViolationException(null, "kind", "请选择检查类别（日常检查、双随机抽查、专项检查、上级交办检查或临时检查）。");
    }
    // R-TK-4: only a triggered task with a stated urgency may be an emergency
    new EmergencyPolicy().check(r).orThrow();
    // R-NT-3: only a special inspection with a reason from the seed's list may be a surprise
    new SurprisePolicy(profile).check(r).orThrow();
    // R-TK-10: a triggered task links its agency's record of this enterprise; the trigger comes from the record
    TriggerRecord record = r.origin() == TaskOrigin.TRIGGERED
        ? triggerRecords.lockForTask(r.triggerRecord(), agencyCode, enterprise.creditCode(), exceptTaskNumber)
        : null;
    TriggerReason trigger = record == null ? null : record.kind();
    // R-TK-1: the origin (and the plan version's filing)
    InspectionPlan plan = null;
    PlanVersion version = null;
    TaskRegistration registration;
    if (r.origin() == TaskOrigin.PLANNED) {
      plan = plan(r, agencyCode);
      version = r.planVersion() != null
          ? plan.version(r.planVersion()).orElseThrow(() -> new RuleViolationException("R-TK-1", "planVersion",
              "检查计划没有第 " + r.planVersion() + " 版，请选择已备案的版本。"))
          : plan.filedVersion().orElse(plan.latestVersion());
      registration = TaskRegistration.planned(plan.id(), version.version(), version.status() == PlanStatus.FILED,
          r.inspectors(), today, window);
    } else if (r.origin() == TaskOrigin.TRIGGERED) {
      registration = TaskRegistration.triggered(trigger, r.inspectors(), today, window);
    } else {
      registration = new TaskRegistration(null, null, null, false, null, r.inspectors(), today, window);
    }
    RegistrationCheck registrationCheck = new RegistrationPolicy(profile).check(registration);
    registrationCheck.verdict().orThrow();
    // R-MD-3: items exist, belong to the agency, have legal basis; a planned task's items belong to its plan
    List<InspectionItem> taskItems = items(r, agencyCode, version);
    // R-MD-1, R-MD-2: inspectors of the agency, qualified on the first day of the window
    List<Inspector> team = team(r.inspectors(), agencyCode, window.opens(), profile.minInspectors());
    List<RuleWarning> warnings = new ArrayList<>(registrationCheck.warnings());
    // R-TK-5: annual cap
    int counted = counted(agencyCode, enterprise.creditCode(), window.opens().getYear(), exceptTaskId, profile);
    AnnualCapQuery capQuery = (r.origin() == TaskOrigin.PLANNED
        ? AnnualCapQuery.planned(enterprise.tier(), counted, version.annualCap())
        : AnnualCapQuery.triggered(enterprise.tier(), counted, trigger))
        .withLists(enterprise.whiteListed(), enterprise.keySupervision());
    AnnualCapPolicy.AnnualCapCheck cap = new AnnualCapPolicy(profile).assess(capQuery);
    cap.verdict().orThrow();
    // R-TK-5 (YH 原则上), R-TK-6, R-NT-2 (YH 一般): the head's consent is given by the approval of the task
    boolean headConsent = false;
    if (cap.consent().required()) {
      headConsent = true;
      warnings.add(new RuleWarning(cap.consent().ruleId(), cap.consent().reason()));
    }
    if (!r.emergency()) {
      Optional<NoticeLeadForecast.Short> shortNotice = new NoticeLeadForecast(profile, calendar)
          .atRegistration(r.kind(), r.surprise(), today, window.opens());
      if (shortNotice.isPresent()) {
        headConsent |= shortNotice.get().headConsent();
        warnings.add(shortNotice.get().warning());
      }
    }
    if (r.frequencyChange() != null) {
      HeadConsent consent = new FrequencyExemptionPolicy().check(enterprise.tier(), r.frequencyChange());
      if (consent.required()) {
        headConsent = true;
        warnings.add(new RuleWarning(consent.ruleId(), consent.reason()));
      }
    }
    // R-TK-7: quiet period; a stated situation (YH 2(3)) only where the profile lists it, and always with its reason
    if (r.quietExemption() != null) {
      if (!profile.quietExemptReason(r.quietExemption().name())) {
        throw new RuleViolationException("R-TK-7", "quietExemption", "本地政策（" + profile.locality() + "）未将“"
            + r.quietExemption().label() + "”列为企业安静期的例外情形，请不要选择该情形。");
      }
      if (r.quietExemptionText() == null || r.quietExemptionText().isBlank()) {
        throw new RuleViolationException("R-TK-7", "quietExemptionText", "选择了安静期例外情形“"
            + r.quietExemption().label() + "”，请写明具体情况。");
      }
      warnings.add(new RuleWarning("R-TK-7", "安静期例外情形：" + r.quietExemption().label() + "——"
          + r.quietExemptionText().strip() + "（登记人所述，供负责人审批和执法监督核查）"));
    }
    QuietPeriodCheck quiet = new QuietPeriodPolicy(profile, calendar)
        .check(new QuietPeriodQuery(r.kind(), trigger, window, today,
            enterprise.tier(), enterprise.seriouslyDishonest(), r.emergency(), r.quietExemption()));
    quiet.verdict().orThrow();
    if (quiet.headConsent().required()) {
      warnings.add(new RuleWarning(quiet.headConsent().ruleId(), quiet.headConsent().reason()));
    }
    // R-TK-8: off-site first, for planned inspections only (triggered and emergency ones are not blocked)
    if (r.origin() == TaskOrigin.PLANNED && !r.emergency()) {
      new OffSiteFirstPolicy().check(taskItems.stream().map(i -> new OffSiteCheckedItem(i.code(), i.name(),
          i.offSiteCheckable() && offSiteClear(enterprise.creditCode(), i.code(), today)))
          .toList()).orThrow();
    }
    // R-NT-3: the head's approval is the consent to skip the notice; the head sees why
    if (r.surprise()) {
      warnings.add(SurprisePolicy.consentAsked(r));
    }
    // R-SV-2: triggered inspections of the enterprise this month, all agencies, counted under its row lock
    String exception = null;
    if (record != null && profile.overInspectionControlled()) {
      YearMonth month = YearMonth.from(window.opens());
      int before = triggeredInMonth(enterprise.creditCode(), month, exceptTaskId);
      OverInspectionCheck over = new OverInspectionPolicy(profile)
          .check(before, month, !blank(r.overInspectionException()));
      over.verdict().orThrow();
      if (over.exceptionUsed()) {
        exception = r.overInspectionException().strip().toUpperCase(Locale.ROOT);
        exceptions.lockForTask(exception, enterprise.creditCode(), month, exceptTaskNumber);
      }
      over.warning().ifPresent(warnings::add);
    }
    return new TaskEntity.Content(enterprise.creditCode(), enterprise.name(), r.origin(),
        plan == null ? null : plan.id(), plan == null ? null : plan.planNumber(),
        version == null ? null : version.version(),
        trigger,
        record == null ? null : truncate(record.summary(), 1000),
        r.kind(), window.opens(), window.closes(), r.emergency(), r.surprise(), r.frequencyChange(), headConsent,
        quiet.filingRequired(),
        taskItems.stream().map(i -> new InspectionTask.Item(i.code(), i.name(), i.legalBasis())).toList(),
        team.stream().map(i -> new InspectionTask.AssignedInspector(i.id(), i.name(), i.userId(),
            i.certificate().number())).toList(),
        warnings,
        new TaskEntity.Links(record == null ? null : record.id(), record == null ? null : record.recordNumber(),
            r.emergency() ? r.urgency() : null, r.emergency() ? r.urgencyReason().strip() : null,
            r.surprise() ? r.surpriseReason() : null, r.surprise() ? r.surpriseReasonText().strip() : null,
            exception));
  }

  /**
   * R-SV-2: the enterprise's triggered tasks (every agency) whose window opens in the month and that count (not
   * refused, withdrawn or ended before an inspection), except the task being revised.
   */
  private int triggeredInMonth(String enterpriseCode, YearMonth month, Long exceptTaskId) {
    return (int) tasks.triggeredOfEnterpriseBetween(enterpriseCode, TaskOrigin.TRIGGERED, month.atDay(1),
        month.atEndOfMonth()).stream()
        .filter(t -> COUNTED.contains(t.status()) && (exceptTaskId == null || !t.id().equals(exceptTaskId)))
        .count();
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private Enterprise enterprise(String code) {
    if (blank(code)) {
      throw new RuleViolationException(null, "enterpriseCode", "请填写被检查企业的统一社会信用代码（每个检查任务对应一家企业）。");
    }
    return enterprises.find(code.strip().toUpperCase(Locale.ROOT)).orElseThrow(() -> new RuleViolationException(
        null, "enterpriseCode", "统一社会信用代码为 " + code.strip() + " 的企业不在检查对象名录中，请核对代码。"));
  }

  private static InspectionWindow window(TaskRequest r) {
    if (r.windowStart() == null || r.windowEnd() == null) {
      throw new RuleViolationException(null, r.windowStart() == null ? "windowStart" : "windowEnd",
          "请填写检查时间的开始日期和结束日期。");
    }
    if (r.windowEnd().isBefore(r.windowStart())) {
      throw new RuleViolationException(null, "windowEnd", "检查时间的结束日期不能早于开始日期。");
    }
    return new InspectionWindow(r.windowStart(), r.windowEnd());
  }

  private InspectionPlan plan(TaskRequest r, String agencyCode) {
    InspectionPlan plan;
    if (r.planId() != null) {
      plan = plans.get(r.planId());
    } else if (!blank(r.planNumber())) {
      plan = plans.list(null, agencyCode, null).stream()
          .filter(p -> p.planNumber().equalsIgnoreCase(r.planNumber().strip()))
          .findFirst()
          .orElseThrow(() -> new RuleViolationException("R-TK-1", "planNumber",
              "本单位没有编号为 " + r.planNumber().strip() + " 的检查计划，请核对计划编号。"));
    } else {
      throw new RuleViolationException("R-TK-1", "planId", "有计划检查须关联检查计划及其已备案的版本，请选择检查计划后再登记。");
    }
    if (!plan.agencyCode().equals(agencyCode)) {
      throw new RuleViolationException("R-TK-1", "planId",
          "检查计划 " + plan.planNumber() + " 属于其他执法机关，不能在其下登记本单位的检查任务。");
    }
    return plan;
  }

  private List<InspectionItem> items(TaskRequest r, String agencyCode, PlanVersion version) {
    List<String> codes = r.itemCodes().stream().filter(c -> !blank(c)).map(String::strip).distinct().toList();
    if (codes.isEmpty()) {
      throw new RuleViolationException("R-MD-3", "itemCodes", "请至少选择一个有法定依据的检查事项。");
    }
    List<InspectionItem> usable = items.requireUsable(agencyCode, codes);
    if (version != null) {
      Set<String> inPlan = version.items().stream().map(PlanVersion.PlanItem::code).collect(Collectors.toSet());
      List<String> outside = codes.stream().filter(c -> !inPlan.contains(c)).toList();
      if (!outside.isEmpty()) {
        throw new RuleViolationException("R-MD-3", "itemCodes", "检查事项 " + String.join("、", outside)
            + " 不在检查计划（第 " + version.version() + " 版）的事项范围内；有计划检查只能检查计划列明的事项："
            + String.join("、", inPlan.stream().sorted().toList()) + "。");
      }
    }
    return usable;
  }

  /** Resolves inspector ids or user ids; R-MD-1 (of the agency, qualified on {@code on}), R-MD-2. */
  private List<Inspector> team(List<String> given, String agencyCode, LocalDate on, int min) {
    Map<String, Inspector> team = new LinkedHashMap<>();
    for (String token : given) {
      if (blank(token)) {
        continue;
      }
      String t = token.strip();
      Inspector inspector = inspectors.byIdOrUserId(t).orElseThrow(() ->
          new RuleViolationException("R-MD-1", "inspectors", "执法人员“" + t + "”不存在，请填写执法人员编号或账号。"));
      if (!inspector.agencyCode().equals(agencyCode)) {
        throw new RuleViolationException("R-MD-1", "inspectors", "执法人员" + inspector.name() + "（" + inspector.id()
            + "）不属于本机关（" + agencyCode + "），不能指派到本单位的检查任务。");
      }
      team.put(inspector.id(), inspector);
    }
    inspectors.requireTeam(team.keySet(), on, min);
    return List.copyOf(team.values());
  }

  private int counted(String agencyCode, String enterpriseCode, int year, Long exceptTaskId, PolicyProfile profile) {
    return (int) tasks.ofEnterpriseInYear(agencyCode, enterpriseCode, year).stream()
        .map(t -> t.toTask(List.of()))
        .filter(t -> COUNTED.contains(t.status()) && (exceptTaskId == null || t.id() != exceptTaskId))
        .filter(t -> t.trigger() == null || !t.trigger().outsideAnnualCap(profile))
        .count();
  }

  /** R-TK-8: the latest off-site check of the item at the enterprise, this year, found no violation. */
  private boolean offSiteClear(String enterpriseCode, String itemCode, LocalDate today) {
    return offSiteChecks.findFirstByEnterpriseCodeAndItemCodeOrderByCheckedOnDescIdDesc(enterpriseCode, itemCode)
        .filter(c -> c.checkedOn().getYear() == today.getYear())
        .map(c -> !c.violationFound())
        .orElse(false);
  }

  private static String describe(TaskEntity.Content c) {
    String origin = c.origin() == TaskOrigin.PLANNED
        ? "有计划检查，计划 " + c.planNumber() + " 第 " + c.planVersion() + " 版"
        : "触发式检查，事由：" + c.trigger().label();
    return origin + "；" + c.kind().label() + "；企业：" + c.enterpriseName() + "；检查时间："
        + new InspectionWindow(c.windowStart(), c.windowEnd()).label() + "；执法人员："
        + c.inspectors().stream().map(InspectionTask.AssignedInspector::name).collect(Collectors.joining("、"))
        + (c.emergency() ? "；情况紧急" : "");
  }

  private static String warningText(List<RuleWarning> warnings) {
    return warnings.isEmpty() ? "" : "；预警：" + warnings.stream().map(RuleWarning::ruleId)
        .collect(Collectors.joining("、"));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
