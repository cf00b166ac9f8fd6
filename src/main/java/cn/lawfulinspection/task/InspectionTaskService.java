package cn.lawfulinspection.task;

import cn.lawfulinspection.calendar.WorkingDayCalendar;
import cn.lawfulinspection.common.NotFoundException;
import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.policy.Policies;
import cn.lawfulinspection.task.internal.InspectionTasks;
import cn.lawfulinspection.task.internal.TaskEntity;
import cn.lawfulinspection.task.internal.TaskTraces;
import cn.lawfulinspection.task.internal.TraceEntity;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Module API of {@code task} after registration: the head's approval (R-TK-3), the emergency path (R-TK-4), the
 * quiet-period filing (R-TK-7), overdue escalation, and reading tasks with their warnings and trace (R-SC-4).
 */
@Service
@Transactional
public class InspectionTaskService {

  /** Head decisions (审批意见). */
  public static final String APPROVE = "APPROVE";
  public static final String RETURN = "RETURN";
  public static final String REFUSE = "REFUSE";

  private final InspectionTasks tasks;
  private final TaskTraces traces;
  private final TaskTrace trace;
  private final Policies policies;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  InspectionTaskService(InspectionTasks tasks, TaskTraces traces, TaskTrace trace, Policies policies,
      WorkingDayCalendar calendar, Clock clock) {
    this.tasks = tasks;
    this.traces = traces;
    this.trace = trace;
    this.policies = policies;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public InspectionTask get(long taskId) {
    TaskEntity task = entity(taskId);
    return task.toTask(traceOf(taskId));
  }

  /**
   * The task as it stands, without its trace: for the steps that decide on a task (approval form, notice, scan-in).
   * They never read the trace, and its rows (R-SC-4) grow with every step of the task's life.
   */
  @Transactional(readOnly = true)
  public InspectionTask current(long taskId) {
    return entity(taskId).toTask(List.of());
  }

  /** The tasks of an enterprise, newest first, optionally only those of the given agencies ({@code null} = all). */
  @Transactional(readOnly = true)
  public List<InspectionTask> ofEnterprise(String enterpriseCode, java.util.Set<String> agencies) {
    return tasks.findByEnterpriseCodeOrderByIdDesc(enterpriseCode.strip().toUpperCase(java.util.Locale.ROOT))
        .stream()
        .filter(t -> agencies == null || agencies.contains(t.agencyCode()))
        .map(t -> t.toTask(traceOf(t.id())))
        .toList();
  }

  /** The process instance that drives the task. */
  public void attachProcess(long taskId, String processInstanceId) {
    entity(taskId).processInstanceId(processInstanceId);
  }

  /** The registration is submitted to the head (R-TK-3). */
  public void requestApproval(long taskId) {
    TaskEntity task = entity(taskId);
    task.status(TaskStatus.AWAITING_APPROVAL);
    trace.record(taskId, trace.currentActor(), "APPROVAL_REQUESTED", "提交单位负责人审批检查方案");
  }

  /**
   * R-TK-3: the head's decision. Returns and refusals need a reason; a refusal ends the task with it. Only a task
   * waiting for approval can be decided.
   */
  public InspectionTask decide(long taskId, String decision, String reason, String actor) {
    TaskEntity task = entity(taskId);
    String why = reason == null ? "" : reason.strip();
    TaskStatus outcome = switch (decision == null ? "" : decision) {
      case APPROVE -> TaskStatus.APPROVED;
      case RETURN -> TaskStatus.RETURNED;
      case REFUSE -> TaskStatus.REFUSED;
      default -> throw new RuleViolationException("R-TK-3", "approvalDecision", "请选择审批意见：同意、退回或不予批准。");
    };
    if (outcome != TaskStatus.APPROVED && why.length() < 2) {
      throw new RuleViolationException("R-TK-3", "approvalReason",
          (outcome == TaskStatus.RETURNED ? "退回" : "不予批准") + "时须写明理由，登记人将看到此理由。");
    }
    if (task.status() != TaskStatus.AWAITING_APPROVAL) {
      throw new RuleViolationException("R-TK-3", "taskId",
          "检查任务 " + task.taskNumber() + " 当前状态为“" + task.status().label() + "”，不在待审批状态。");
    }
    task.decided(outcome, actor, clock.instant(), why.isEmpty() ? null : why);
    if (outcome == TaskStatus.APPROVED && task.quietException()) {
      task.quietFilingDue(calendar.plusWorkingDays(LocalDate.now(clock), policies.current().quietFilingDays()));
    }
    String text = switch (outcome) {
      case APPROVED -> "同意" + (why.isEmpty() ? "" : "：" + why);
      case RETURNED -> "退回修改：" + why;
      default -> "不予批准：" + why;
    };
    trace.record(taskId, actor, "HEAD_" + outcome.name(), "单位负责人审批检查方案，" + text);
    return task.toTask(List.of());
  }

  /** R-TK-4: an emergency task is inspected first; the head's post-hoc approval (补办审批) follows. */
  public void startPostHoc(long taskId) {
    TaskEntity task = entity(taskId);
    task.status(TaskStatus.IN_PROGRESS_POST_HOC);
    trace.record(taskId, trace.currentActor(), "EMERGENCY_POST_HOC",
        "情况紧急，免于事前审批，先行检查；须在 " + policies.current().postHocApprovalDays() + " 个工作日内补办负责人审批");
  }

  /**
   * R-NT-2: the approved task's notice (检查预告) can no longer go out in time; the task ends with status
   * {@link TaskStatus#NOTICE_TOO_LATE} and the refusal in its trace.
   */
  public void noticeTooLate(long taskId, String ruleId, String message) {
    TaskEntity task = entity(taskId);
    if (task.status() != TaskStatus.APPROVED) {
      throw new IllegalStateException("task " + task.taskNumber() + " is " + task.status() + ", not APPROVED");
    }
    task.status(TaskStatus.NOTICE_TOO_LATE);
    trace.record(taskId, trace.currentActor(), "NOTICE_TOO_LATE", ruleId + " " + message);
  }

  /**
   * R-RS-1: the result is backfilled; only an approved task (before, or afterwards for an emergency) can be. The
   * result module traces the backfill itself.
   */
  public void resultBackfilled(long taskId) {
    TaskEntity task = entity(taskId);
    if (task.status() != TaskStatus.APPROVED && task.status() != TaskStatus.APPROVED_POST_HOC) {
      throw new RuleViolationException("R-RS-1", "taskId", "检查任务 " + task.taskNumber() + " 当前状态为“"
          + task.status().label() + "”，不能回填检查结果。");
    }
    task.status(TaskStatus.RESULT_BACKFILLED);
  }

  /** No problem found, or the problems were rectified and verified (R-RS-4): finished (已办结), traced. */
  public void close(long taskId) {
    TaskEntity task = entity(taskId);
    boolean rectified = task.status() == TaskStatus.RECTIFYING;
    if (!rectified) {
      requireBackfilled(task);
    }
    task.status(TaskStatus.CLOSED);
    trace.record(taskId, trace.currentActor(), "TASK_CLOSED",
        rectified ? "整改到位，检查任务已办结" : "检查未发现问题，检查任务已办结");
  }

  /**
   * R-SC-1, R-SV-3: the approved window is over and nobody scanned in: the task ends uninspected (逾期未入企), traced
   * for the head and the justice bureau. A task already scanned in (a scan at the last moment) is left as it is.
   */
  public void notScannedIn(long taskId) {
    InspectionTask read = current(taskId);
    String window = new InspectionWindow(read.windowStart(), read.windowEnd()).label();
    TaskEntity task = entity(taskId);
    if (task.status() != TaskStatus.APPROVED && task.status() != TaskStatus.IN_PROGRESS_POST_HOC) {
      throw new IllegalStateException("task " + task.taskNumber() + " is " + task.status() + ", not waiting for a scan-in");
    }
    boolean emergency = task.status() == TaskStatus.IN_PROGRESS_POST_HOC;
    task.status(TaskStatus.NOT_SCANNED_IN);
    trace.record(taskId, trace.currentActor(), "NOT_SCANNED_IN", "检查时间（" + window + "）已过，执法人员未扫码入企"
        + (emergency ? "（紧急检查）" : "") + "，任务终止，不得再据此入企检查；已提醒单位负责人并报司法局（R-SC-1、R-SV-3）");
  }

  /** R-RS-4: still not rectified at the re-check: handed over to case handling (移交立案处理), traced. */
  public void handOverToCase(long taskId) {
    TaskEntity task = entity(taskId);
    if (task.status() != TaskStatus.RECTIFYING) {
      throw new IllegalStateException("task " + task.taskNumber() + " is " + task.status() + ", not RECTIFYING");
    }
    task.status(TaskStatus.HANDED_TO_CASE);
    trace.record(taskId, trace.currentActor(), "HANDED_TO_CASE", "复查仍未整改到位，移交立案处理（R-RS-4）");
  }

  /**
   * R-RS-4: problems were found; the task is rectifying (整改中) until the follow-up ends. Not traced here: the
   * follow-up's opening step traces RECTIFICATION_OPENED with the deadline.
   */
  public void openRectification(long taskId) {
    TaskEntity task = entity(taskId);
    requireBackfilled(task);
    task.status(TaskStatus.RECTIFYING);
  }

  private static void requireBackfilled(TaskEntity task) {
    if (task.status() != TaskStatus.RESULT_BACKFILLED) {
      throw new IllegalStateException("task " + task.taskNumber() + " is " + task.status() + ", not RESULT_BACKFILLED");
    }
  }

  /** R-TK-7: the justice bureau has filed (备案) the approved quiet-period exception. */
  public void recordQuietFiling(long taskId, String actor, String remarks) {
    TaskEntity task = entity(taskId);
    if (!task.quietException()) {
      throw new RuleViolationException("R-TK-7", "taskId", "检查任务 " + task.taskNumber() + " 不是安静期例外检查，无需备案。");
    }
    trace.record(taskId, actor, "QUIET_EXCEPTION_FILED",
        "司法局已备案安静期例外检查" + (remarks == null || remarks.isBlank() ? "" : "：" + remarks.strip()));
  }

  /**
   * The head's approval is overdue: {@code toSupervision} false = a reminder for the head, true = reported to the
   * justice bureau. Returns the message.
   */
  public String recordOverdueApproval(long taskId, boolean toSupervision) {
    TaskEntity task = entity(taskId);
    String message = toSupervision
        ? "检查任务 " + task.taskNumber() + " 的负责人审批严重超期，已报司法局（执法监督）督办。"
        : "检查任务 " + task.taskNumber() + " 的负责人审批已超过办理期限，已提醒 " + task.agencyCode() + "Head 尽快审批。";
    trace.record(taskId, TaskTrace.SYSTEM, toSupervision ? "APPROVAL_OVERDUE_REPORTED" : "APPROVAL_OVERDUE_REMINDED",
        message);
    return message;
  }

  /** A readable summary of the task for the approval form. */
  @Transactional(readOnly = true)
  public String summary(long taskId) {
    InspectionTask t = current(taskId);
    StringBuilder s = new StringBuilder()
        .append("任务编号：").append(t.taskNumber()).append(t.revision() > 0 ? "（第 " + t.revision() + " 次修改）" : "")
        .append("\n执法机关：").append(t.agencyName())
        .append("\n被检查企业：").append(t.enterpriseName()).append("（").append(t.enterpriseCode()).append("）")
        .append("\n任务来源：").append(t.origin().label());
    if (t.origin() == TaskOrigin.PLANNED) {
      s.append("，检查计划 ").append(t.planNumber()).append(" 第 ").append(t.planVersion()).append(" 版");
    } else {
      s.append("，事由：").append(t.trigger().label()).append("——").append(t.triggerDescription());
    }
    s.append("\n检查类别：").append(t.kind().label())
        .append("\n检查时间：").append(new InspectionWindow(t.windowStart(), t.windowEnd()).label())
        .append("\n检查事项：");
    t.items().forEach(i -> s.append("\n  · ").append(i.name()).append("（").append(i.code()).append("），依据：")
        .append(i.legalBasis()));
    s.append("\n执法人员：");
    t.inspectors().forEach(i -> s.append("\n  · ").append(i.name()).append("，执法证号 ").append(i.certificateNumber()));
    if (t.surprise()) {
      s.append("\n突击检查：是（不事先通知，须负责人同意）");
    }
    if (t.frequencyChange() != null) {
      s.append("\n频次调整：").append(t.frequencyChange().label());
    }
    s.append("\n登记人：").append(t.registeredBy());
    return s.toString();
  }

  /** Every warning of the task, one per line, for the approval form; empty when there is none. */
  @Transactional(readOnly = true)
  public String warningText(long taskId) {
    return String.join("\n", current(taskId).warnings().stream().map(w -> "【" + w.ruleId() + "】" + w.message()).toList());
  }

  private List<InspectionTask.TraceEntry> traceOf(long taskId) {
    return traces.findByTaskIdOrderByIdAsc(taskId).stream().map(TraceEntity::toEntry).toList();
  }

  private TaskEntity entity(long taskId) {
    return tasks.findById(taskId).orElseThrow(() -> new NotFoundException("检查任务 " + taskId + " 不存在。"));
  }
}
