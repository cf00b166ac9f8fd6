package cn.lawfulinspection.benchmark;

import cn.lawfulinspection.calendar.WorkingDayCalendar;
import cn.lawfulinspection.plan.InspectionPlan;
import cn.lawfulinspection.plan.PlanService;
import cn.lawfulinspection.plan.PlanType;
import cn.lawfulinspection.policy.Policies;
import cn.lawfulinspection.policy.QuietPeriod;
import cn.lawfulinspection.qr.CodeKind;
import cn.lawfulinspection.qr.CodePayload;
import cn.lawfulinspection.qr.SignedCode;
import cn.lawfulinspection.result.ItemOutcome;
import cn.lawfulinspection.result.ResultService;
import cn.lawfulinspection.result.ResultSubmission;
import cn.lawfulinspection.scanin.ScanInService;
import cn.lawfulinspection.task.InspectionKind;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.TaskOrigin;
import cn.lawfulinspection.task.TaskRequest;
import cn.lawfulinspection.task.process.HeadApprovalProcessIds;
import cn.lawfulinspection.task.process.InspectionTaskProcessIds;
import cn.lawfulinspection.task.process.TaskProcesses;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;

/**
 * Our planned lifecycle through the application's own services, as the people do it: 刘洋 (liuyang) registers a
 * double-random task of 市场监督管理局 under its filed annual plan ({@code TaskProcesses.registerAndStart}, what
 * {@code POST /api/tasks} calls), 张伟 (zhangwei) claims and completes 审批检查方案 with 同意 through the engine's
 * TaskService (what the Tasklist form does), the notice goes out in the same transaction (service task), and liuyang
 * scans the enterprise's signed code on the window's first day ({@code ScanInService.scanIn}, what the phone page
 * calls) and backfills the result, every item 符合 ({@code ResultService.backfill}, what
 * {@code POST /api/tasks/{id}/result} calls); no problem found, the spine closes the task (已办结). Each case
 * inspects its own fresh enterprise, created by the CSV import in {@link #prepare}.
 */
final class PlatformLifecycle implements Lifecycle {

  static final String REGISTRANT = "liuyang";
  static final String HEAD = "zhangwei";
  static final String ITEM = "SCJG-001";

  private final TaskProcesses registration;
  private final TaskService taskService;
  private final HistoryService history;
  private final ScanInService scanIns;
  private final ResultService results;
  private final SignedCode signer;
  private final PlanService plans;
  private final Policies policies;
  private final WorkingDayCalendar calendar;
  private final Clock clock;
  private final Actors actors;
  private final BenchmarkEnterprises enterprises;
  private long planId;
  private long closedBefore;
  private LocalDate window;

  PlatformLifecycle(ApplicationContext context, Actors actors, BenchmarkEnterprises enterprises) {
    this.registration = context.getBean(TaskProcesses.class);
    this.taskService = context.getBean(TaskService.class);
    this.history = context.getBean(HistoryService.class);
    this.scanIns = context.getBean(ScanInService.class);
    this.results = context.getBean(ResultService.class);
    this.signer = context.getBean(SignedCode.class);
    this.plans = context.getBean(PlanService.class);
    this.policies = context.getBean(Policies.class);
    this.calendar = context.getBean(WorkingDayCalendar.class);
    this.clock = context.getBean(Clock.class);
    this.actors = actors;
    this.enterprises = enterprises;
  }

  @Override
  public String name() {
    return "platform";
  }

  @Override
  public List<Case> prepare(int count) {
    if (planId == 0) {
      closedBefore = ended();
    }
    LocalDate today = LocalDate.now(clock);
    planId = filedAnnualPlan(plans, today.getYear());
    window = noticeableDay(calendar, policies, today);
    Instant expires = window.atTime(LocalTime.NOON).atZone(clock.getZone()).toInstant().plus(Duration.ofDays(30));
    List<Case> cases = new ArrayList<>();
    for (String creditCode : enterprises.create(count)) {
      cases.add(new Case(cases.size(), creditCode,
          signer.sign(new CodePayload(CodeKind.ENTERPRISE, creditCode, expires))));
    }
    return cases;
  }

  @Override
  public List<Step> steps() {
    return List.of(
        new Step("register", this::register),
        new Step("approve", this::approve),
        new Step("scan-in", this::scanIn),
        new Step("backfill", this::backfill));
  }

  void register(Case c) {
    actors.as(REGISTRANT, () -> {
      InspectionTask task = registration.registerAndStart(new TaskRequest(c.enterprise, TaskOrigin.PLANNED, planId,
          null, null, null, null, InspectionKind.DOUBLE_RANDOM, List.of(ITEM), List.of(REGISTRANT, "wangfang"),
          window, window, false, false, null));
      c.taskId = task.id();
      c.businessKey = task.taskNumber();
    });
  }

  void approve(Case c) {
    actors.as(HEAD, () -> {
      Task task = taskService.createTaskQuery().processInstanceBusinessKey(c.businessKey)
          .taskDefinitionKey(HeadApprovalProcessIds.APPROVE_TASK).singleResult();
      taskService.claim(task.getId(), HEAD);
      taskService.complete(task.getId(), Map.of(InspectionTaskProcessIds.APPROVAL_DECISION, "APPROVE"));
    });
  }

  void scanIn(Case c) {
    Instant now = window.atTime(LocalTime.of(10, 0)).atZone(clock.getZone()).toInstant();
    actors.as(REGISTRANT, () -> scanIns.scanIn(c.enterpriseCode, c.taskId, REGISTRANT, now, "benchmark phone"));
  }

  /** 刘洋, who scanned in, backfills every item 符合 (COMPLIANT) as POST /api/tasks/{id}/result does. */
  void backfill(Case c) {
    actors.as(REGISTRANT, () -> results.backfill(c.taskId, new ResultSubmission(List.of(
        new ResultSubmission.Entry(ITEM, ItemOutcome.COMPLIANT, null, false, List.of())), null, null), REGISTRANT));
  }

  @Override
  public long ended() {
    // the demo data's tasks may have closed before the benchmark: count the benchmark's own
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(InspectionTaskProcessIds.PROCESS_KEY)
        .finished().executedActivityIdIn(InspectionTaskProcessIds.INSPECTION_CLOSED).count() - closedBefore;
  }

  /** The id of 市场监督管理局's filed annual plan of the year (demo data), under which the cases are registered. */
  static long filedAnnualPlan(PlanService plans, int year) {
    return plans.list(year, "scjg", null).stream()
        .filter(p -> p.type() == PlanType.ANNUAL && p.filedVersion().isPresent())
        .map(InspectionPlan::id).findFirst().orElseThrow();
  }

  /** A day outside the quiet period at least noticeLeadWorkingDays + 1 working days ahead: the notice goes out. */
  static LocalDate noticeableDay(WorkingDayCalendar calendar, Policies policies, LocalDate today) {
    LocalDate day = calendar.plusWorkingDays(today, policies.current().noticeLeadWorkingDays() + 1);
    QuietPeriod quiet = policies.current().quietPeriod();
    while (quiet != null && quiet.contains(day)) {
      day = day.plusDays(1);
    }
    return day;
  }
}
