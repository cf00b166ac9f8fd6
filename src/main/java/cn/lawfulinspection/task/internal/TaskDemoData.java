package cn.lawfulinspection.task.internal;

import cn.lawfulinspection.identity.RunAs;
import cn.lawfulinspection.calendar.WorkingDayCalendar;
import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.enterprise.EnterpriseService;
import cn.lawfulinspection.plan.InspectionPlan;
import cn.lawfulinspection.plan.PlanService;
import cn.lawfulinspection.plan.PlanType;
import cn.lawfulinspection.policy.Policies;
import cn.lawfulinspection.policy.QuietPeriod;
import cn.lawfulinspection.task.InspectionKind;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.TaskOrigin;
import cn.lawfulinspection.task.TaskRequest;
import cn.lawfulinspection.task.TriggerReason;
import cn.lawfulinspection.task.process.HeadApprovalProcessIds;
import cn.lawfulinspection.task.process.InspectionTaskProcessIds;
import cn.lawfulinspection.task.process.TaskProcesses;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo tasks of scjg, registered by 刘洋 through the real service and process: a complaint-triggered task for
 * tomorrow (R-TK-2 warning) waiting for 张伟's approval, and a planned double-random task under the filed annual plan
 * that 张伟 has approved. Idempotent: an enterprise that already has tasks is not used again.
 */
@Component
@Order(45)
@ConditionalOnProperty(name = "inspection.demo-data.enabled", havingValue = "true")
class TaskDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(TaskDemoData.class);
  static final String REGISTRANT = "liuyang";
  static final String HEAD = "zhangwei";
  static final String COMPLAINT = "群众投诉该企业后厨卫生条件差、餐具未消毒（12345 热线转来）";

  private final TaskProcesses processes;
  private final InspectionTasks tasks;
  private final EnterpriseService enterprises;
  private final PlanService plans;
  private final Policies policies;
  private final TaskService taskService;
  private final RunAs runAs;
  private final Clock clock;
  private final WorkingDayCalendar calendar;

  TaskDemoData(TaskProcesses processes, InspectionTasks tasks, EnterpriseService enterprises, PlanService plans,
      Policies policies, TaskService taskService, RunAs runAs, Clock clock,
      WorkingDayCalendar calendar) {
    this.calendar = calendar;
    this.processes = processes;
    this.tasks = tasks;
    this.enterprises = enterprises;
    this.plans = plans;
    this.policies = policies;
    this.taskService = taskService;
    this.runAs = runAs;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (tasks.findAll().stream().anyMatch(t -> REGISTRANT.equals(t.registeredBy()))) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    try {
      enterprise(CreditTier.C, 0).ifPresent(e -> runAs.as(REGISTRANT, () -> processes.registerAndStart(new TaskRequest(
          e.creditCode(), TaskOrigin.TRIGGERED, null, null, null, TriggerReason.COMPLAINT, COMPLAINT,
          InspectionKind.AD_HOC, List.of("SCJG-001"), List.of("liuyang", "wangfang"), today.plusDays(1),
          today.plusDays(2), false, false, null))));
      Optional<InspectionPlan> annual = plans.list(today.getYear(), "scjg", null).stream()
          .filter(p -> p.type() == PlanType.ANNUAL && p.filedVersion().isPresent()).findFirst();
      Optional<Enterprise> d = enterprise(CreditTier.D, 0);
      if (annual.isPresent() && d.isPresent()) {
        // registered in time (R-TK-2) and far enough ahead for the notice after the approval (R-NT-2)
        Integer lead = policies.current().registrationLeadDays(); // null where the locality sets none
        LocalDate registered = today.plusDays((lead == null ? 0 : lead) + 1);
        LocalDate noticed = calendar.plusWorkingDays(today, policies.current().noticeLeadWorkingDays());
        LocalDate day = outsideQuietPeriod(registered.isAfter(noticed) ? registered : noticed);
        InspectionTask planned = runAs.as(REGISTRANT, () -> processes.registerAndStart(new TaskRequest(
            d.get().creditCode(), TaskOrigin.PLANNED, annual.get().id(), null, null, null, null,
            InspectionKind.DOUBLE_RANDOM, List.of("SCJG-001", "SCJG-002"), List.of("liuyang", "lijun"), day, day,
            false, false, null)));
        Task approval = taskService.createTaskQuery().processInstanceBusinessKey(planned.taskNumber())
            .taskDefinitionKey(HeadApprovalProcessIds.APPROVE_TASK).singleResult();
        runAs.as(HEAD, () -> {
          taskService.claim(approval.getId(), HEAD);
          taskService.complete(approval.getId(), Map.of(InspectionTaskProcessIds.APPROVAL_DECISION, "APPROVE"));
          return null;
        });
      }
      log.info("demo tasks registered: one waiting for {}'s approval, one approved", HEAD);
    } catch (RuntimeException e) {
      log.error("demo tasks not created: {}", e.getMessage());
    }
  }

  /** The first day on or after {@code from} outside the quiet period (routine kinds avoid it, R-TK-7). */
  private LocalDate outsideQuietPeriod(LocalDate from) {
    QuietPeriod quiet = policies.current().quietPeriod();
    LocalDate day = from;
    while (quiet != null && quiet.contains(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** The n-th enterprise of the tier, off both lists, that has no task yet. */
  private Optional<Enterprise> enterprise(CreditTier tier, int n) {
    return enterprises.search("", 0, 240).stream()
        .filter(e -> e.tier() == tier && !e.whiteListed() && !e.keySupervision())
        .filter(e -> tasks.findByEnterpriseCodeOrderByIdDesc(e.creditCode()).isEmpty())
        .skip(n).findFirst();
  }

}
