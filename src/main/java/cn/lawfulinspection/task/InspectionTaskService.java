package cn.lawfulinspection.task;

import cn.lawfulinspection.calendar.WorkingDayCalendar;
import cn.lawfulinspection.common.NotFoundException;
import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.identity.RoleGroups;
import cn.lawfulinspection.policy.Policies;
import cn.lawfulinspection.policy.PolicyProfile;
import cn.lawfulinspection.policy.QuietRule;
import cn.lawfulinspection.task.internal.InspectionTasks;
import cn.lawfulinspection.task.internal.TaskEntity;
import cn.lawfulinspection.task.internal.TaskTraces;
import cn.lawfulinspection.task.internal.TraceEntity;
import java.time.Clock;
import java.time.Instant;
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

  private static final String QUIET_EXCEPTION_FILED = "QUIET_EXCEPTION_FILED";

  private final InspectionTasks tasks;
  private final TaskTraces traces;
  private final TaskTrace trace;
  private final Policies policies;
  private final WorkingDayCalendar calendar;
  private final TaskLocks locks;
  private final Clock clock;
  private final TaskSteps steps;

  InspectionTaskService(InspectionTasks tasks, TaskTraces traces, TaskTrace trace, Policies policies,
      WorkingDayCalendar calendar, TaskLocks locks, Clock clock, TaskSteps steps) {
    this.steps = steps;
    this.locks = locks;
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

  /**
   * R-SV-1: the agency's triggered tasks (触发式检查) registered in [{@code from}, {@code to}), oldest first, without
   * their trace, whatever their status now: what the monthly filing summarizes.
   */
  @Transactional(readOnly = true)
  public List<InspectionTask> triggeredRegistered(String agencyCode, Instant from, Instant to) {
    return tasks.registeredBetween(agencyCode, TaskOrigin.TRIGGERED, from, to).stream()
        .map(t -> t.toTask(List.of()))
        .toList();
  }

  /**
   * The registration is submitted to the head (R-TK-3). Status {@code REGISTERED → AWAITING_APPROVAL}.
   */
  public void requestApproval(long taskId) {
    steps.take(taskId, TaskLifecycle.Step.REQUEST_APPROVAL);
    trace.record(taskId, steps.actor().name(), "APPROVAL_REQUESTED", "提交单位负责人审批检查方案");
  }

  /**
   * R-TK-3: the head's decision, by the authenticated head of the task's agency who did not register it (R-IG-6).
   * Returns and refusals need a reason; a refusal ends the task with it.
   */
  public InspectionTask decide(long taskId, String decision, String reason) {
    String why = reason == null ? "" : reason.strip();
    TaskLifecycle.Step step = switch (decision == null ? "" : decision) {
      case APPROVE -> TaskLifecycle.Step.APPROVE;
      case RETURN -> TaskLifecycle.Step.RETURN;
      case REFUSE -> TaskLifecycle.Step.REFUSE;
      default -> throw new RuleViolationException("R-TK-3", "approvalDecision", "请选择审批意见：同意、退回或不予批准。");
    };
    if (step != TaskLifecycle.Step.APPROVE && why.length() < 2) {
      throw new RuleViolationException("R-TK-3", "approvalReason",
          (step == TaskLifecycle.Step.RETURN ? "退回" : "不予批准") + "时须写明理由，登记人将看到此理由。");
    }
    TaskEntity task = steps.take(taskId, step);
    String actor = steps.actor().name();
    task.decided(step.to(), actor, clock.instant(), why.isEmpty() ? null : why);
    if (step == TaskLifecycle.Step.APPROVE && task.quietException()) {
      task.quietFilingDue(calendar.plusWorkingDays(LocalDate.now(clock), policyOf(task).quietFilingDays()));
    }
    String text = switch (step) {
      case APPROVE -> "同意" + (why.isEmpty() ? "" : "：" + why);
      case RETURN -> "退回修改：" + why;
      default -> "不予批准：" + why;
    };
    trace.record(taskId, actor, "HEAD_" + step.to().name(), "单位负责人审批检查方案，" + text);
    return task.toTask(List.of());
  }

  /** R-TK-4: an emergency task is inspected first; the head's post-hoc approval (补办审批) follows. */
  public void startPostHoc(long taskId) {
    TaskEntity task = steps.take(taskId, TaskLifecycle.Step.START_EMERGENCY);
    trace.record(taskId, steps.actor().name(), "EMERGENCY_POST_HOC",
        "情况紧急，免于事前审批，先行检查；须在 " + policyOf(task).postHocApprovalDays() + " 个工作日内补办负责人审批");
  }

  /**
   * The policy profile version the task is judged under: the one in force when it was registered (a task registered
   * before profiles had versions follows the profile in force). Every check and timer after registration uses it.
   */
  @Transactional(readOnly = true)
  public PolicyProfile policyOf(long taskId) {
    return policyOf(tasks.findById(taskId).orElseThrow(() -> new NotFoundException("检查任务 " + taskId + " 不存在")));
  }

  PolicyProfile policyOf(TaskEntity task) {
    return policies.version(task.policyProfile(), task.policyVersion());
  }

  /**
   * R-NT-2: the notice went out with a shorter lead than the profile asks; the task goes on, the warning is kept on
   * the task (shown to supervision) and traced.
   */
  public void noticeShortLead(long taskId, RuleWarning warning, String action) {
    TaskEntity task = tasks.findById(taskId).orElseThrow(() -> new NotFoundException("检查任务 " + taskId + " 不存在"));
    task.warn(warning);
    trace.record(taskId, steps.actor().name(), action, warning.ruleId() + " " + warning.message());
  }

  /**
   * R-NT-2: the approved task's notice (检查预告) can no longer go out in time; the task ends with status
   * {@link TaskStatus#NOTICE_TOO_LATE} and the refusal in its trace.
   */
  public void noticeTooLate(long taskId, String ruleId, String message) {
    steps.take(taskId, TaskLifecycle.Step.NOTICE_TOO_LATE);
    trace.record(taskId, steps.actor().name(), "NOTICE_TOO_LATE", ruleId + " " + message);
  }

  /**
   * R-RS-1: the result is backfilled by an inspector assigned to the task, once the task is approved (before, or
   * afterwards for an emergency). The result module traces the backfill itself; whether it found problems decides
   * whether the task closes or goes to rectification.
   */
  public void resultBackfilled(long taskId, boolean problemsFound) {
    steps.take(taskId, TaskLifecycle.Step.BACKFILL).problemsFound(problemsFound);
  }

  /** No problem found, or the problems were rectified and verified (R-RS-4): finished (已办结), traced. */
  public void close(long taskId) {
    boolean rectified = steps.entity(taskId).status() == TaskStatus.RECTIFYING;
    steps.take(taskId, TaskLifecycle.Step.CLOSE);
    trace.record(taskId, steps.actor().name(), "TASK_CLOSED",
        rectified ? "整改到位，检查任务已办结" : "检查未发现问题，检查任务已办结");
  }

  /**
   * R-SC-1, R-SV-3: the approved window is over and nobody scanned in: the task ends uninspected (逾期未入企), traced
   * for the head and the justice bureau. Only the platform's timer takes this step, and only after the window.
   */
  public void notScannedIn(long taskId) {
    TaskEntity task = steps.entity(taskId);
    boolean emergency = task.status() == TaskStatus.IN_PROGRESS_POST_HOC;
    InspectionTask read = steps.take(task, TaskLifecycle.Step.NOT_SCANNED_IN).toTask(List.of());
    String window = new InspectionWindow(read.windowStart(), read.windowEnd()).label();
    trace.record(taskId, steps.actor().name(), "NOT_SCANNED_IN", "检查时间（" + window + "）已过，执法人员未扫码入企"
        + (emergency ? "（紧急检查）" : "") + "，任务终止，不得再据此入企检查；已提醒单位负责人并报司法局（R-SC-1、R-SV-3）");
  }

  /** R-RS-4: still not rectified at the re-check: handed over to case handling (移交立案处理), traced. */
  public void handOverToCase(long taskId) {
    steps.take(taskId, TaskLifecycle.Step.HAND_OVER_TO_CASE);
    trace.record(taskId, steps.actor().name(), "HANDED_TO_CASE", "复查仍未整改到位，移交立案处理（R-RS-4）");
  }

  /**
   * R-RS-4: problems were found; the task is rectifying (整改中) until the follow-up ends. Not traced here: the
   * follow-up's opening step traces RECTIFICATION_OPENED with the deadline.
   */
  public void openRectification(long taskId) {
    steps.take(taskId, TaskLifecycle.Step.OPEN_RECTIFICATION);
  }

  /**
   * R-RS-4: an assigned inspector checked the rectification: rectified, or (at the re-check) still not. The rectification
   * module records the check itself; the task keeps the outcome that decides whether it closes or goes to case
   * handling.
   */
  public void rectificationChecked(long taskId, boolean rectified) {
    steps.take(taskId, TaskLifecycle.Step.RECORD_RECTIFICATION_CHECK).rectified(rectified);
  }

  /** R-TK-7: the approved quiet-period exception goes to the justice bureau for filing (备案). */
  public void quietFilingStarted(long taskId) {
    steps.take(taskId, TaskLifecycle.Step.START_QUIET_FILING);
  }

  /**
   * R-TK-7: the profile's filing office (the justice bureau, JY 2(3); 县综合执法办, YH 2(3)) has filed (备案) the approved
   * quiet-period exception; once (R-IG-5: under the task's row lock, a second filing finds the first). The other
   * office is refused (R-IG-1).
   */
  public void recordQuietFiling(long taskId, String remarks) {
    locks.lock(taskId);
    TaskEntity task = steps.take(taskId, TaskLifecycle.Step.FILE_QUIET_EXCEPTION);
    PolicyProfile profile = policyOf(task); // the version in force when the task was registered
    String office = QuietPeriodPolicy.filingOffice(profile);
    boolean county = profile.quietRule() == QuietRule.APPROVE_AND_FILE;
    if (!steps.actor().in(county ? RoleGroups.COUNTY_OFFICE
        : RoleGroups.SUPERVISOR)) {
      throw new RuleViolationException("R-IG-1", "actor", "“备案安静期例外检查”只能由" + office + "办理，用户 "
          + steps.actor().name() + " 无权办理（检查任务 " + task.taskNumber() + "）。");
    }
    if (traces.existsByTaskIdAndAction(taskId, QUIET_EXCEPTION_FILED)) {
      throw new RuleViolationException("R-TK-7", "taskId",
          "检查任务 " + task.taskNumber() + " 的安静期例外检查已备案，不能重复备案。");
    }
    trace.record(taskId, steps.actor().name(), QUIET_EXCEPTION_FILED,
        office + "已备案安静期例外检查" + (remarks == null || remarks.isBlank() ? "" : "：" + remarks.strip()));
  }

  /**
   * The head's approval is overdue: {@code toSupervision} false = a reminder for the head, true = reported to the
   * justice bureau. Returns the message.
   */
  public String recordOverdueApproval(long taskId, boolean toSupervision) {
    TaskEntity task = steps.take(taskId, TaskLifecycle.Step.REMIND_OVERDUE);
    String message = toSupervision
        ? "检查任务 " + task.taskNumber() + " 的负责人审批严重超期，已报司法局（执法监督）督办。"
        : "检查任务 " + task.taskNumber() + " 的负责人审批已超过办理期限，已提醒 " + task.agencyCode() + "Head 尽快审批。";
    trace.record(taskId, TaskTrace.SYSTEM, toSupervision ? "APPROVAL_OVERDUE_REPORTED" : "APPROVAL_OVERDUE_REMINDED",
        message);
    return message;
  }

  /**
   * A step of the task (修改检查任务, 报告紧急检查事由和结果, a filing or review of the justice bureau) is overdue: the head
   * is reminded, or the justice bureau (supervision) is told; traced, and the message returned for the log.
   */
  public String recordOverdueStep(long taskId, String step, boolean toSupervision) {
    TaskEntity task = steps.take(taskId, TaskLifecycle.Step.REMIND_OVERDUE);
    String message = toSupervision
        ? "检查任务 " + task.taskNumber() + " 的“" + step + "”已超过办理期限，已报司法局（执法监督）督办。"
        : "检查任务 " + task.taskNumber() + " 的“" + step + "”已超过办理期限，已提醒单位负责人（" + task.agencyCode()
            + "Head）督促办理。";
    trace.record(taskId, TaskTrace.SYSTEM, toSupervision ? "STEP_OVERDUE_REPORTED" : "STEP_OVERDUE_REMINDED", message);
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
    return steps.entity(taskId);
  }
}
