package cn.lawfulinspection.task;

import cn.lawfulinspection.identity.RunAs;
import cn.lawfulinspection.calendar.WorkingDayCalendar;
import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.enterprise.EnterpriseService;
import cn.lawfulinspection.support.FreshEnterprises;
import cn.lawfulinspection.support.TriggerRecordsForTests;
import cn.lawfulinspection.plan.InspectionPlan;
import cn.lawfulinspection.plan.PlanService;
import cn.lawfulinspection.plan.PlanType;
import cn.lawfulinspection.policy.Policies;
import cn.lawfulinspection.policy.QuietPeriod;
import cn.lawfulinspection.task.process.HeadApprovalProcessIds;
import cn.lawfulinspection.task.process.InspectionTaskProcessIds;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Demo data for task tests: fresh enterprises per tier, days in and out of the quiet period, requests. */
@Component
class TaskFixtures {

  private final EnterpriseService enterprises;
  private final InspectionTaskService tasks;
  private final PlanService plans;
  private final Policies policies;
  private final RunAs runAs;
  private final WorkingDayCalendar calendar;
  private final FreshEnterprises freshEnterprises;
  private final Clock clock;
  private final TaskService taskService;
  private final TriggerRecordsForTests triggers;
  private final HistoryService historyService;
  private final RuntimeService runtimeService;

  TaskFixtures(EnterpriseService enterprises, InspectionTaskService tasks, PlanService plans, Policies policies,
      RunAs runAs, WorkingDayCalendar calendar, FreshEnterprises freshEnterprises, Clock clock,
      TaskService taskService, TriggerRecordsForTests triggers, HistoryService historyService,
      RuntimeService runtimeService) {
    this.triggers = triggers;
    this.historyService = historyService;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.freshEnterprises = freshEnterprises;
    this.clock = clock;
    this.calendar = calendar;
    this.enterprises = enterprises;
    this.tasks = tasks;
    this.plans = plans;
    this.policies = policies;
    this.runAs = runAs;
  }

  /**
   * An enterprise of the tier, off both lists, without tasks, not handed out before in this JVM. {@code D} stands
   * for "room for a few tasks": a C or D enterprise not on the white list (C and D allow two tasks or more).
   */
  Enterprise fresh(CreditTier tier) {
    return freshEnterprises.fresh(tier);
  }

  /** Today by the platform clock (inspection.clock.start moves it; the suite runs under several dates). */
  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The first day at least {@code ahead} days from today outside the quiet period. */
  LocalDate routineDay(int ahead) {
    QuietPeriod quiet = policies.current().quietPeriod();
    LocalDate day = today().plusDays(ahead);
    while (quiet != null && quiet.contains(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** A routine day at least ten days and noticeLeadWorkingDays + 1 working days from today (R-NT-2 met). */
  LocalDate noticeableDay() {
    LocalDate noticed = calendar.plusWorkingDays(today(), policies.current().noticeLeadWorkingDays() + 1);
    LocalDate day = routineDay(10);
    return noticed.isAfter(day) ? routineDay((int) (noticed.toEpochDay() - today().toEpochDay())) : day;
  }

  /** The first day at least ten days from today inside the quiet period. */
  LocalDate quietDay() {
    QuietPeriod quiet = policies.current().quietPeriod();
    LocalDate day = today().plusDays(10);
    while (!quiet.contains(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** scjg's filed annual plan of this year (demo data). */
  InspectionPlan annualPlan() {
    return annualPlanOf("scjg");
  }

  /** The agency's filed annual plan of this year (demo data). */
  InspectionPlan annualPlanOf(String agency) {
    return plans.list(today().getYear(), agency, null).stream()
        .filter(p -> p.type() == PlanType.ANNUAL && p.filedVersion().isPresent()).findFirst().orElseThrow();
  }

  /**
   * A planned double-random task of scjg under the annual plan, on a routine day well ahead: at least ten days and
   * at least noticeLeadWorkingDays + 1 working days, so that its notice goes out in time (R-NT-2).
   */
  TaskRequest planned(Enterprise e) {
    LocalDate day = noticeableDay();
    return new TaskRequest(e.creditCode(), TaskOrigin.PLANNED, annualPlan().id(), null, null, null, null,
        InspectionKind.DOUBLE_RANDOM, List.of("SCJG-001"), List.of("liuyang", "wangfang"), day, day, false, false,
        null);
  }

  /**
   * A complaint-triggered task of scjg (outside the cap, exempt from the quiet period), linking a new complaint record
   * (R-TK-10) of scjg.
   */
  TaskRequest complaint(Enterprise e, LocalDate start) {
    return new TaskRequest(e.creditCode(), TaskOrigin.TRIGGERED, null, null, null, TriggerReason.COMPLAINT,
        "投诉：后厨卫生差", InspectionKind.AD_HOC, List.of("SCJG-001"), List.of("liuyang", "wangfang"), start, start,
        false, false, null).withTriggerRecord(triggers.open("liuyang", e.creditCode(), TriggerReason.COMPLAINT));
  }

  /**
   * R-TK-4: an emergency complaint-triggered task of scjg for today, with its stated urgency: inspected first, approved
   * afterwards.
   */
  TaskRequest emergency(Enterprise e) {
    return complaint(e, today()).withUrgency(UrgencyCategory.PUBLIC_SAFETY, "紧急：群众举报后厨燃气泄漏");
  }

  /** R-TK-10 (and R-TK-4, R-NT-3) for a request built by a test: a new record of scjg, the stated reasons. */
  TaskRequest linked(TaskRequest r) {
    return triggers.link("liuyang", r);
  }

  /**
   * 张伟 returns the task at 审批检查方案 with the reason (R-TK-3); the id of 修改检查任务, which then waits for the
   * registrant.
   */
  String returned(String taskNumber, String reason) {
    Task approval = taskService.createTaskQuery().processInstanceBusinessKey(taskNumber)
        .taskDefinitionKey(HeadApprovalProcessIds.APPROVE_TASK).singleResult();
    as("zhangwei", () -> {
      taskService.claim(approval.getId(), "zhangwei");
      taskService.complete(approval.getId(), Map.of(InspectionTaskProcessIds.APPROVAL_DECISION, "RETURN",
          InspectionTaskProcessIds.APPROVAL_REASON, reason));
    });
    return taskService.createTaskQuery().processInstanceBusinessKey(taskNumber)
        .taskDefinitionKey(HeadApprovalProcessIds.REVISE_TASK).singleResult().getId();
  }

  /** 张伟 approves the task at 审批检查方案 (R-TK-3). */
  void approve(InspectionTask task) {
    Task approval = taskService.createTaskQuery().processInstanceBusinessKey(task.taskNumber())
        .taskDefinitionKey(HeadApprovalProcessIds.APPROVE_TASK).singleResult();
    as("zhangwei", () -> {
      taskService.claim(approval.getId(), "zhangwei");
      taskService.complete(approval.getId(), Map.of(InspectionTaskProcessIds.APPROVAL_DECISION, "APPROVE"));
    });
  }

  /** The task's spine (InspectionTaskProcess), running or ended. */
  ProcessInstance spine(InspectionTask task) {
    HistoricProcessInstance h = historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(task.taskNumber()).processDefinitionKey(InspectionTaskProcessIds.PROCESS_KEY)
        .singleResult();
    return runtimeService.createProcessInstanceQuery().processInstanceId(h.getId()).singleResult();
  }

  <T> T as(String userId, Supplier<T> step) {
    return runAs.as(userId, step);
  }

  void as(String userId, Runnable step) {
    runAs.as(userId, step);
  }
}
