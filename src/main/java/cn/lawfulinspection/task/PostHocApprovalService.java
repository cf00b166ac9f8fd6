package cn.lawfulinspection.task;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.policy.Policies;
import cn.lawfulinspection.task.internal.TaskEntity;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-TK-4 emergency (情况紧急) after the inspection: the registrant reports reason and result, the head approves
 * afterwards (补办审批), refused or overdue post-hoc approvals reach the justice bureau, which records its handling.
 * Every step is traced (R-SC-4); every refusal is a {@link RuleViolationException} and saves nothing.
 */
@Service
@Transactional
public class PostHocApprovalService {

  /** Post-hoc decisions (补办审批意见). */
  public static final String APPROVE = "APPROVE";
  public static final String REFUSE = "REFUSE";

  private final TaskTrace trace;
  private final Policies policies;
  private final Clock clock;
  private final TaskSteps steps;

  PostHocApprovalService(TaskTrace trace, Policies policies, Clock clock, TaskSteps steps) {
    this.steps = steps;
    this.trace = trace;
    this.policies = policies;
    this.clock = clock;
  }

  /**
   * 报告紧急检查事由和结果: only the registrant reports, with the reason it was urgent and the result; the
   * body-camera reference is optional. Returns the report as the head reads it.
   */
  public String report(long taskId, String reason, String result, String bodyCamera) {
    steps.take(taskId, TaskLifecycle.Step.REPORT_EMERGENCY);
    String actor = steps.actor().name();
    String why = required(reason, "emergencyReason", "请写明情况紧急、须先行检查的事由。");
    String found = required(result, "emergencyResult", "请写明检查发现的情况和处理结果。");
    String camera = bodyCamera == null || bodyCamera.isBlank() ? null : bodyCamera.strip();
    String report = "紧急事由：" + why + "\n检查结果：" + found + (camera == null ? "" : "\n执法记录仪：" + camera);
    trace.record(taskId, actor, "EMERGENCY_REPORTED", "报告紧急检查事由和结果。" + report.replace('\n', '；'));
    return report;
  }

  /**
   * 补办审批检查方案: a head of the task's agency who did not register it (R-IG-6) approves (APPROVED_POST_HOC) or refuses
   * with a reason (POST_HOC_REFUSED).
   */
  public TaskStatus decide(long taskId, String decision, String reason) {
    String why = reason == null ? "" : reason.strip();
    TaskLifecycle.Step step = switch (decision == null ? "" : decision) {
      case APPROVE -> TaskLifecycle.Step.APPROVE_POST_HOC;
      case REFUSE -> TaskLifecycle.Step.REFUSE_POST_HOC;
      default -> throw new RuleViolationException("R-TK-4", "postHocDecision", "请选择补办审批意见：同意或不予认可。");
    };
    if (step == TaskLifecycle.Step.REFUSE_POST_HOC && why.length() < 2) {
      throw new RuleViolationException("R-TK-4", "postHocReason", "不予认可时须写明理由，司法局将据此处理。");
    }
    TaskStatus outcome = step.to();
    TaskEntity task = steps.take(taskId, step);
    String actor = steps.actor().name();
    task.decided(outcome, actor, clock.instant(), why.isEmpty() ? null : why);
    trace.record(taskId, actor, outcome == TaskStatus.APPROVED_POST_HOC ? "HEAD_APPROVED_POST_HOC" : "HEAD_REFUSED_POST_HOC",
        "单位负责人补办审批检查方案，" + (outcome == TaskStatus.APPROVED_POST_HOC
            ? "同意" + (why.isEmpty() ? "" : "：" + why) : "不予认可：" + why));
    return outcome;
  }

  /** What the justice bureau is told about a refused post-hoc approval. */
  @Transactional(readOnly = true)
  public String refusalFinding(long taskId) {
    TaskEntity task = entity(taskId);
    return "检查任务 " + task.taskNumber() + " 的紧急检查经单位负责人补办审批不予认可，理由：" + task.toTask(java.util.List.of())
        .decisionReason();
  }

  /** The head's post-hoc approval is overdue: reported to the justice bureau; returns the message. */
  public String recordOverdue(long taskId) {
    TaskEntity task = steps.take(taskId, TaskLifecycle.Step.REMIND_OVERDUE);
    String message = "检查任务 " + task.taskNumber() + " 的紧急检查未在 " + policies.version(task.policyProfile(), task.policyVersion()).postHocApprovalDays()
        + " 个工作日内补办负责人审批，已报司法局（执法监督）处理。";
    trace.record(taskId, TaskTrace.SYSTEM, "POST_HOC_OVERDUE_REPORTED", message);
    return message;
  }

  /** 处理被否决的紧急检查: the justice bureau records how it handled the refused or overdue emergency. */
  public void recordSupervision(long taskId, String note) {
    steps.take(taskId, TaskLifecycle.Step.REVIEW_EMERGENCY);
    String handling = required(note, "supervisionNote", "请填写司法局的处理意见。");
    trace.record(taskId, steps.actor().name(), "POST_HOC_SUPERVISED", "司法局处理紧急检查：" + handling);
  }

  private static String required(String value, String field, String message) {
    if (value == null || value.strip().length() < 2) {
      throw new RuleViolationException("R-TK-4", field, message);
    }
    return value.strip();
  }

  private TaskEntity entity(long taskId) {
    return steps.entity(taskId);
  }
}
