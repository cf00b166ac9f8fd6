package cn.lawfulinspection.task;

import static cn.lawfulinspection.task.process.HeadApprovalProcessIds.APPROVE_TASK;
import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.APPROVAL_DECISION;

import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.inspectioncode.InspectionCodes;
import cn.lawfulinspection.result.ItemOutcome;
import cn.lawfulinspection.result.ResultService;
import cn.lawfulinspection.result.ResultSubmission;
import cn.lawfulinspection.qr.CodeKind;
import cn.lawfulinspection.qr.CodePayload;
import cn.lawfulinspection.qr.SignedCode;
import cn.lawfulinspection.scanin.ScanInService;
import cn.lawfulinspection.support.EnterpriseInbox;
import cn.lawfulinspection.task.process.TaskProcesses;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Tasks at the enterprise's end of the lifecycle, for tests of other modules (evaluation, the verify page): a
 * complaint task of scjg for today (刘洋 and 王芳), approved by 张伟, its inspection code, 刘洋's scan-in, and his
 * backfilled result with the follow-up link the enterprise received (R-RS-2, R-IG-7).
 */
@Component
public class InspectedTasks {

  private final TaskFixtures fx;
  private final TaskProcesses processes;
  private final TaskService taskService;
  private final InspectionCodes codes;
  private final SignedCode signer;
  private final ScanInService scanIns;
  private final InspectionTaskService tasks;
  private final ResultService results;
  private final EnterpriseInbox inbox;
  private final Clock clock;

  InspectedTasks(TaskFixtures fx, TaskProcesses processes, TaskService taskService, InspectionCodes codes,
      SignedCode signer, ScanInService scanIns, InspectionTaskService tasks, ResultService results,
      EnterpriseInbox inbox, Clock clock) {
    this.tasks = tasks;
    this.results = results;
    this.inbox = inbox;
    this.fx = fx;
    this.processes = processes;
    this.taskService = taskService;
    this.codes = codes;
    this.signer = signer;
    this.scanIns = scanIns;
    this.clock = clock;
  }

  /** A complaint task of scjg for today at a fresh enterprise, approved by the head (R-TK-3), not yet scanned in. */
  public InspectionTask approvedToday() {
    return approved(fx.complaint(fx.fresh(CreditTier.D), LocalDate.now(clock)));
  }

  /** A planned double-random task whose notice went out on approval (R-NT-1, R-NT-2). */
  public InspectionTask approvedWithNotice() {
    return approved(fx.planned(fx.fresh(CreditTier.D)));
  }

  /**
   * A planned double-random task of scjg whose notice can go out in time, at a fresh C or D enterprise whose
   * frequency it lowers: registered with the R-TK-6 warning (the head's approval is the consent).
   */
  public TaskRequest plannedLoweringFrequency() {
    TaskRequest r = fx.planned(fx.fresh(CreditTier.D));
    return new TaskRequest(r.enterpriseCode(), r.origin(), r.planId(), null, null, null, null, r.kind(),
        r.itemCodes(), r.inspectors(), r.windowStart(), r.windowEnd(), false, false, FrequencyChange.LOWER_FREQUENCY);
  }

  /** The task registered by 刘洋, waiting at 审批检查方案 for 张伟 (R-TK-3). */
  public InspectionTask awaitingApproval(TaskRequest request) {
    return fx.as("liuyang", () -> processes.registerAndStart(fx.linked(request)));
  }

  /** Registers the task as the user the caller runs as (R-IG-2) and starts its spine. */
  public InspectionTask registerFor(TaskRequest request) {
    return processes.registerAndStart(request);
  }

  /** The head's approval task (审批检查方案) of a registered task. */
  public Task approvalOf(InspectionTask task) {
    return taskService.createTaskQuery().processInstanceBusinessKey(task.taskNumber())
        .taskDefinitionKey(APPROVE_TASK).singleResult();
  }

  /** The task registered by 刘洋 and approved by 张伟 through the head-approval process, as it is now. */
  public InspectionTask approved(TaskRequest request) {
    InspectionTask task = awaitingApproval(request);
    Task approval = approvalOf(task);
    fx.as("zhangwei", () -> {
      taskService.claim(approval.getId(), "zhangwei");
      taskService.complete(approval.getId(), Map.of(APPROVAL_DECISION, "APPROVE"));
      return null;
    });
    return tasks.get(task.id());
  }

  /** The inspection code 刘洋 shows (R-SC-3). */
  public String code(InspectionTask task) {
    return codes.issue(task, "liuyang").code();
  }

  /** A task of today whose inspectors scanned in (the inspection has started), with the code 刘洋 shows. */
  public Shown scannedIn() {
    InspectionTask task = approvedToday();
    String code = code(task);
    scanIn(task);
    return new Shown(task, code);
  }

  /** The code with one signature character changed: what a forger would try (R-SC-3). */
  public static String forged(String code) {
    char c = code.charAt(code.length() - 3);
    return code.substring(0, code.length() - 3) + (c == 'x' ? 'y' : 'x') + code.substring(code.length() - 2);
  }

  /** A task and the inspection code shown for it. */
  public record Shown(InspectionTask task, String code) {}

  /**
   * A task of today, scanned in, whose result 刘洋 backfilled (all compliant): with the inspection code he shows and
   * the follow-up link the platform sent the enterprise with the result.
   */
  public Told told() {
    Shown shown = scannedIn();
    return new Told(tasks.get(shown.task().id()), shown.code(), backfill(shown.task(), null));
  }

  /**
   * 刘洋 backfills the task's result: every item compliant ({@code deadline} null), or the first item a problem to be
   * rectified by {@code deadline}. Returns the code of the follow-up link that reached the enterprise (R-RS-2).
   */
  public String backfill(InspectionTask task, LocalDate deadline) {
    List<ResultSubmission.Entry> entries = new ArrayList<>();
    task.items().forEach(i -> entries.add(deadline != null && entries.isEmpty()
        ? new ResultSubmission.Entry(i.code(), ItemOutcome.PROBLEM_FOUND, "后厨未按规定分区存放生熟食品", true,
            List.of("IMG-0001"))
        : new ResultSubmission.Entry(i.code(), ItemOutcome.COMPLIANT, null, false, List.of())));
    fx.as("liuyang", () -> results.backfill(task.id(), new ResultSubmission(entries, deadline, null), "liuyang"));
    return inbox.followUpCode(task.taskNumber());
  }

  /**
   * A task whose result went to the enterprise.
   *
   * @param inspectionCode the code the inspector shows (检查码): verifies and reads, never evaluates (R-IG-7)
   * @param followUpCode the code of the follow-up link the enterprise received with the result
   */
  public record Told(InspectionTask task, String inspectionCode, String followUpCode) {}

  /** 刘洋 scans the enterprise's own code (R-SC-1): the inspection has started. */
  public void scanIn(InspectionTask task) {
    String enterpriseCode = signer.sign(
        new CodePayload(CodeKind.ENTERPRISE, task.enterpriseCode(), clock.instant().plus(Duration.ofDays(30))));
    scanIns.scanIn(enterpriseCode, task.id(), "liuyang", clock.instant(), "InspectedTasks phone");
  }
}
