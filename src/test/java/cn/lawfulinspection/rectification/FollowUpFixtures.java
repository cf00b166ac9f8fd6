package cn.lawfulinspection.rectification;

import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.enterprise.EnterpriseService;
import cn.lawfulinspection.identity.RunAs;
import cn.lawfulinspection.qr.CodeKind;
import cn.lawfulinspection.qr.CodePayload;
import cn.lawfulinspection.qr.SignedCode;
import cn.lawfulinspection.rectification.process.FollowUpProcessIds;
import cn.lawfulinspection.result.ItemOutcome;
import cn.lawfulinspection.result.ResultService;
import cn.lawfulinspection.result.ResultSubmission;
import cn.lawfulinspection.scanin.ScanInService;
import cn.lawfulinspection.support.FreshEnterprises;
import cn.lawfulinspection.support.TriggerRecordsForTests;
import cn.lawfulinspection.task.InspectionKind;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.TaskOrigin;
import cn.lawfulinspection.task.TaskRequest;
import cn.lawfulinspection.task.TriggerReason;
import cn.lawfulinspection.task.process.HeadApprovalProcessIds;
import cn.lawfulinspection.task.process.InspectionTaskProcessIds;
import cn.lawfulinspection.task.process.TaskProcesses;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Tasks ready for follow-up, made through the existing services: 刘洋 registers a complaint task of scjg for today
 * (liuyang and wangfang assigned), 张伟 approves it, 刘洋 scans in; then 刘洋 backfills a problem, and the spine calls
 * {@code FollowUpProcess} (business key = task number).
 */
@Component
class FollowUpFixtures {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final EnterpriseService enterprises;
  private final InspectionTaskService tasks;
  private final TaskProcesses processes;
  private final ScanInService scanIns;
  private final SignedCode signer;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final RunAs runAs;
  private final FreshEnterprises freshEnterprises;
  private final ResultService results;
  private final Clock clock;
  private final TriggerRecordsForTests triggers;

  FollowUpFixtures(EnterpriseService enterprises, InspectionTaskService tasks, TaskProcesses processes,
      ScanInService scanIns, SignedCode signer, TaskService taskService, RuntimeService runtimeService,
      RunAs runAs, FreshEnterprises freshEnterprises, ResultService results, Clock clock,
      TriggerRecordsForTests triggers) {
    this.triggers = triggers;
    this.results = results;
    this.clock = clock;
    this.freshEnterprises = freshEnterprises;
    this.enterprises = enterprises;
    this.tasks = tasks;
    this.processes = processes;
    this.scanIns = scanIns;
    this.signer = signer;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.runAs = runAs;
  }

  /** Today by the platform clock (inspection.clock.start moves it; the suite runs under several dates). */
  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** A registered, approved and scanned-in task. */
  InspectionTask inspectedTask() {
    Enterprise e = fresh();
    LocalDate today = today();
    InspectionTask task = runAs.as("liuyang", () -> processes.registerAndStart(new TaskRequest(e.creditCode(),
        TaskOrigin.TRIGGERED, null, null, null, TriggerReason.COMPLAINT, "投诉：后厨卫生差", InspectionKind.AD_HOC,
        List.of("SCJG-001"), List.of("liuyang", "wangfang"), today, today, false, false, null)
        .withTriggerRecord(triggers.open("liuyang", e.creditCode(), TriggerReason.COMPLAINT))));
    Task approval = taskService.createTaskQuery().processInstanceBusinessKey(task.taskNumber())
        .taskDefinitionKey(HeadApprovalProcessIds.APPROVE_TASK).singleResult();
    runAs.as("zhangwei", () -> {
      taskService.claim(approval.getId(), "zhangwei");
      taskService.complete(approval.getId(), Map.of(InspectionTaskProcessIds.APPROVAL_DECISION, "APPROVE"));
    });
    String code = signer.sign(new CodePayload(CodeKind.ENTERPRISE, e.creditCode(),
        clock.instant().plus(Duration.ofDays(30))));
    scanIns.scanIn(code, task.id(), "liuyang", clock.instant(), "FollowUpFixtures phone");
    return tasks.get(task.id());
  }

  /**
   * Starts the follow-up of the task the way the platform does (R-IG-3: a follow-up acts on its task only as a process
   * the bound spine calls): 刘洋 backfills a problem with the deadline, the spine opens the rectification and calls
   * {@code FollowUpProcess}, whose instance is returned.
   */
  ProcessInstance startFollowUp(InspectionTask task, LocalDate deadline) {
    runAs.as("liuyang", () -> results.backfill(task.id(), new ResultSubmission(List.of(new ResultSubmission.Entry(
        "SCJG-001", ItemOutcome.PROBLEM_FOUND, "后厨油污严重，防蝇设施缺失", false, List.of("现场照片-01"))), deadline,
        null), "liuyang"));
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(FollowUpProcessIds.PROCESS_KEY)
        .processInstanceBusinessKey(task.taskNumber()).singleResult();
  }

  <T> T as(String userId, java.util.function.Supplier<T> step) {
    return runAs.as(userId, step);
  }

  /** A C or D enterprise off the white list, without tasks, not handed out before in this context. */
  private Enterprise fresh() {
    return freshEnterprises.fresh(CreditTier.D);
  }
}
