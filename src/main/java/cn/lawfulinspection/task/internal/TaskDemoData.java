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
import cn.lawfulinspection.task.NewTriggerRecord;
import cn.lawfulinspection.task.TaskOrigin;
import cn.lawfulinspection.task.TaskRequest;
import cn.lawfulinspection.task.TriggerReason;
import cn.lawfulinspection.task.TriggerRecord;
import cn.lawfulinspection.task.TriggerRecords;
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
 * Demo tasks of scjg, registered by 刘洋 through the real service and process: a complaint record from the 12345
 * hotline (R-TK-10) that triggers a task for tomorrow (R-TK-2 warning) waiting for 张伟's approval; a planned
 * double-random task under the filed annual plan that 张伟 has approved; and, where the profile applies R-SV-2, an
 * enterprise inspected on four triggers this month by scjg and yjgl, whose fourth task carries the over-inspection
 * warning. Idempotent: an enterprise that already has tasks is not used again.
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
  private final TriggerRecords triggerRecords;

  TaskDemoData(TaskProcesses processes, InspectionTasks tasks, EnterpriseService enterprises, PlanService plans,
      Policies policies, TaskService taskService, RunAs runAs, Clock clock,
      WorkingDayCalendar calendar, TriggerRecords triggerRecords) {
    this.triggerRecords = triggerRecords;
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
      // R-TK-10: the complaint record from the 12345 hotline, then the task it triggers
      enterprise(CreditTier.C, 0).ifPresent(e -> runAs.as(REGISTRANT, () -> processes.registerAndStart(triggered(
          e, TriggerReason.COMPLAINT, "12345 政务服务热线", "12345-" + today.getYear() + "-0815", COMPLAINT,
          List.of("SCJG-001"), List.of("liuyang", "wangfang"), today.plusDays(1), today.plusDays(2)))));
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
      if (policies.current().overInspectionControlled()) {
        enterprise(CreditTier.D, 0).ifPresent(this::overInspected);
      }
      log.info("demo tasks registered: one waiting for {}'s approval, one approved", HEAD);
    } catch (RuntimeException e) {
      log.error("demo tasks not created: {}", e.getMessage());
    }
  }

  /**
   * R-SV-2: four triggered inspections of one enterprise for tomorrow, by scjg and yjgl (counted across agencies); the
   * fourth is above triggeredMonthlyLimit and carries the warning the head sees at approval.
   */
  private void overInspected(Enterprise e) {
    LocalDate day = LocalDate.now(clock).plusDays(1);
    List<String> scjg = List.of("liuyang", "wangfang");
    List<String> yjgl = List.of("sunli", "zhouqiang");
    runAs.as(REGISTRANT, () -> processes.registerAndStart(triggered(e, TriggerReason.COMPLAINT, "12345 政务服务热线",
        "12345-" + day.getYear() + "-1201", "投诉该超市出售过期食品", List.of("SCJG-001"), scjg, day, day)));
    runAs.as("sunli", () -> processes.registerAndStart(triggered(e, TriggerReason.DATA_MONITORING, "安全生产监测平台",
        null, "监测发现仓库可燃气体浓度报警", List.of("YJGL-001"), yjgl, day, day)));
    runAs.as(REGISTRANT, () -> processes.registerAndStart(triggered(e, TriggerReason.REFERRAL, "区消费者权益保护委员会转办函",
        null, "转办：消费者反映冷柜温度不达标", List.of("SCJG-001"), scjg, day, day)));
    runAs.as("sunli", () -> processes.registerAndStart(triggered(e, TriggerReason.COMPLAINT, "12345 政务服务热线",
        "12345-" + day.getYear() + "-1202", "举报仓库违规存放液化气", List.of("YJGL-001"), yjgl, day, day)));
  }

  /** Registers the trigger record as the current user (R-TK-10), then the request that links it. */
  private TaskRequest triggered(Enterprise e, TriggerReason kind, String source, String ticket, String content,
      List<String> items, List<String> team, LocalDate from, LocalDate to) {
    TriggerRecord record = triggerRecords.register(new NewTriggerRecord(kind, source, ticket,
        LocalDate.now(clock), content, e.creditCode()));
    return new TaskRequest(e.creditCode(), TaskOrigin.TRIGGERED, null, null, null, null, null, InspectionKind.AD_HOC,
        items, team, from, to, false, false, null).withTriggerRecord(record.recordNumber());
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
