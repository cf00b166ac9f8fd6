package cn.lawfulinspection.task;

import static cn.lawfulinspection.task.TaskStatus.*;

import cn.lawfulinspection.common.Verdict;
import cn.lawfulinspection.identity.Actor;
import cn.lawfulinspection.identity.AgencyGroups;
import cn.lawfulinspection.identity.RoleGroups;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * R-IG-1: the one place that knows an inspection task's lifecycle — every legal step, the statuses it may be taken
 * from, the status it leads to, and who may take it. {@link InspectionTaskService} takes every step of a task through
 * {@link #check}; delegates, listeners and REST controllers call the service and never write a status. Whatever the
 * channel (Tasklist, our REST API, {@code /engine-rest}, a process started or modified by an administrator), a step
 * that is not legal from the task's current status, or is taken by someone not entitled to it, is refused and changes
 * nothing. The BPMN models order the steps for people; this table makes the order true.
 *
 * <p>Free of Spring and of the engine: a plain unit test proves it ({@code TaskLifecycleTest}).
 */
public final class TaskLifecycle {

  private TaskLifecycle() {}

  /** Who may take a step. */
  public enum Who {
    /** staff of the task's agency (its staff group). */
    STAFF("本机关工作人员"),
    /** the user who registered the task. */
    REGISTRANT("检查任务的登记人"),
    /** a head of the task's agency who did not register the task (R-IG-6). */
    HEAD("本机关负责人（且不是登记人）"),
    /** one of the inspectors assigned to the task. */
    ASSIGNED_INSPECTOR("本任务指派的执法人员"),
    /** the justice bureau's supervisors. */
    SUPERVISOR("司法局执法监督人员"),
    /**
     * the office that receives quiet-period filings (R-TK-7): the justice bureau, or the county comprehensive
     * enforcement office (县综合执法办); which one the profile names is checked by the service.
     */
    QUIET_FILING_OFFICE("司法局执法监督人员或县综合执法办（按本地政策）"),
    /** the platform's own timer: no user may take it. */
    TIMER("平台定时任务（任何人不能手动办理）"),
    /**
     * the platform, as the consequence of the step before it in the same process (whoever took that step): the
     * task's status and the facts the step needs are its proof.
     */
    FOLLOWS("平台按流程自动推进");

    private final String label;

    Who(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Every step of a task. {@code to} null = the step is recorded but the status stays. */
  public enum Step {
    REQUEST_APPROVAL("提交负责人审批", Who.FOLLOWS, AWAITING_APPROVAL, EnumSet.of(REGISTERED)),
    APPROVE("审批同意检查方案", Who.HEAD, APPROVED, EnumSet.of(AWAITING_APPROVAL)),
    RETURN("退回修改检查方案", Who.HEAD, RETURNED, EnumSet.of(AWAITING_APPROVAL)),
    REFUSE("不予批准检查方案", Who.HEAD, REFUSED, EnumSet.of(AWAITING_APPROVAL)),
    REVISE("修改后重新提交检查任务", Who.REGISTRANT, REGISTERED, EnumSet.of(RETURNED)),
    START_EMERGENCY("情况紧急，先行检查", Who.FOLLOWS, IN_PROGRESS_POST_HOC, EnumSet.of(REGISTERED)),
    REPORT_EMERGENCY("报告紧急检查事由和结果", Who.REGISTRANT, null, EnumSet.of(IN_PROGRESS_POST_HOC)),
    APPROVE_POST_HOC("补办审批同意", Who.HEAD, APPROVED_POST_HOC, EnumSet.of(IN_PROGRESS_POST_HOC)),
    REFUSE_POST_HOC("补办审批不予认可", Who.HEAD, POST_HOC_REFUSED, EnumSet.of(IN_PROGRESS_POST_HOC)),
    REVIEW_EMERGENCY("司法局处理紧急检查", Who.SUPERVISOR, null,
        EnumSet.of(IN_PROGRESS_POST_HOC, POST_HOC_REFUSED, APPROVED_POST_HOC, RESULT_BACKFILLED, RECTIFYING, CLOSED,
            HANDED_TO_CASE, TaskStatus.NOT_SCANNED_IN)),
    FILE_QUIET_EXCEPTION("备案安静期例外检查", Who.QUIET_FILING_OFFICE, null,
        EnumSet.of(APPROVED, RESULT_BACKFILLED, RECTIFYING, CLOSED, HANDED_TO_CASE, TaskStatus.NOT_SCANNED_IN)),
    START_QUIET_FILING("报备安静期例外检查", Who.FOLLOWS, null, EnumSet.of(APPROVED)),
    NOTICE_TOO_LATE("检查预告不足期限，任务终止", Who.FOLLOWS, TaskStatus.NOTICE_TOO_LATE, EnumSet.of(APPROVED)),
    NOT_SCANNED_IN("检查时间已过未入企，任务终止", Who.TIMER, TaskStatus.NOT_SCANNED_IN,
        EnumSet.of(APPROVED, IN_PROGRESS_POST_HOC)),
    BACKFILL("回填检查结果", Who.ASSIGNED_INSPECTOR, RESULT_BACKFILLED, EnumSet.of(APPROVED, APPROVED_POST_HOC)),
    OPEN_RECTIFICATION("转入整改", Who.FOLLOWS, RECTIFYING, EnumSet.of(RESULT_BACKFILLED)),
    RECORD_RECTIFICATION_CHECK("核查整改情况", Who.ASSIGNED_INSPECTOR, null, EnumSet.of(RECTIFYING)),
    CLOSE("办结检查任务", Who.FOLLOWS, CLOSED, EnumSet.of(RESULT_BACKFILLED, RECTIFYING)),
    HAND_OVER_TO_CASE("整改未到位，移交立案处理", Who.FOLLOWS, HANDED_TO_CASE, EnumSet.of(RECTIFYING)),
    REMIND_OVERDUE("超期提醒、报司法局督办", Who.TIMER, null, EnumSet.allOf(TaskStatus.class));

    private final String label;
    private final Who who;
    private final TaskStatus to;
    private final Set<TaskStatus> from;

    Step(String label, Who who, TaskStatus to, Set<TaskStatus> from) {
      this.label = label;
      this.who = who;
      this.to = to;
      this.from = Set.copyOf(from);
    }

    public String label() {
      return label;
    }

    public Who who() {
      return who;
    }

    /** The status the step leads to; {@code null} when the status stays. */
    public TaskStatus to() {
      return to;
    }

    public Set<TaskStatus> from() {
      return from;
    }
  }

  /**
   * What the lifecycle needs to know of a task: its status and people, and the facts some steps depend on.
   *
   * @param problemsFound the backfilled result found problems; {@code null} before the backfill
   * @param rectified the inspector's last check of the rectification: rectified or not; {@code null} before it
   */
  public record State(String taskNumber, TaskStatus status, String agencyCode, String registrant,
      Set<String> inspectorUserIds, boolean emergency, boolean quietException, LocalDate windowEnd,
      Boolean problemsFound, Boolean rectified) {}

  /** Allowed, or refused with the rule (R-IG-1, or R-IG-6 for a head approving his own registration) and why. */
  public static Verdict check(State task, Step step, Actor actor, LocalDate today) {
    String subject = "检查任务 " + task.taskNumber();
    if (!step.from().contains(task.status())) {
      return Verdict.refuse("R-IG-1", "status", subject + " 当前状态为“" + task.status().label() + "”，不能进行“"
          + step.label() + "”：这一步只能在" + labels(step.from()) + "时进行。");
    }
    Verdict who = who(task, step, actor);
    if (who.refused()) {
      return who;
    }
    return facts(task, step, today);
  }

  private static Verdict who(State task, Step step, Actor actor) {
    String refusal = "“" + step.label() + "”只能由" + step.who().label() + "办理，" + (actor.isSystem() ? "当前没有登录用户"
        : "用户 " + actor.userId() + " 无权办理") + "（检查任务 " + task.taskNumber() + "）。";
    boolean allowed = switch (step.who()) {
      case FOLLOWS -> true;
      case TIMER -> actor.isSystem();
      case STAFF -> actor.in(AgencyGroups.staffGroup(task.agencyCode()));
      case REGISTRANT -> actor.is(task.registrant());
      case ASSIGNED_INSPECTOR -> !actor.isSystem() && task.inspectorUserIds().contains(actor.userId());
      case SUPERVISOR -> actor.in(RoleGroups.SUPERVISOR);
      case QUIET_FILING_OFFICE -> actor.in(RoleGroups.SUPERVISOR) || actor.in(RoleGroups.COUNTY_OFFICE);
      case HEAD -> actor.in(AgencyGroups.headGroup(task.agencyCode()));
    };
    if (!allowed) {
      return Verdict.refuse("R-IG-1", "actor", refusal);
    }
    if (step.who() == Who.HEAD && actor.is(task.registrant())) {
      return Verdict.refuse("R-IG-6", "actor", "单位负责人不能审批自己登记的检查任务（检查任务 " + task.taskNumber()
          + " 由 " + task.registrant() + " 登记）：请由本机关其他负责人审批。");
    }
    return Verdict.allow();
  }

  /** Steps that depend on more than the status. */
  private static Verdict facts(State task, Step step, LocalDate today) {
    String subject = "检查任务 " + task.taskNumber();
    return switch (step) {
      case START_EMERGENCY, REPORT_EMERGENCY -> task.emergency() ? Verdict.allow()
          : Verdict.refuse("R-TK-4", "emergency", subject + " 不是登记为情况紧急的检查，必须先经单位负责人审批。");
      case FILE_QUIET_EXCEPTION, START_QUIET_FILING -> task.quietException() ? Verdict.allow()
          : Verdict.refuse("R-TK-7", "quietException", subject + " 不是安静期例外检查，无需备案。");
      case NOT_SCANNED_IN -> today.isAfter(task.windowEnd()) ? Verdict.allow()
          : Verdict.refuse("R-IG-1", "windowEnd", subject + " 的检查时间到 " + task.windowEnd()
              + " 才结束，不能提前终止为逾期未入企。");
      case OPEN_RECTIFICATION -> Boolean.TRUE.equals(task.problemsFound()) ? Verdict.allow()
          : Verdict.refuse("R-IG-1", "problemsFound", subject + " 的检查结果未发现问题，无需整改。");
      case CLOSE -> closable(task) ? Verdict.allow()
          : Verdict.refuse("R-IG-1", "status", task.status() == RECTIFYING
              ? subject + " 的整改尚未经执法人员核查确认整改到位，不能办结。"
              : subject + " 的检查结果发现问题，须先整改，不能直接办结。");
      case HAND_OVER_TO_CASE -> Boolean.FALSE.equals(task.rectified()) ? Verdict.allow()
          : Verdict.refuse("R-IG-1", "rectified", subject + " 的整改未经复查认定仍未整改到位，不能移交立案处理。");
      default -> Verdict.allow();
    };
  }

  private static boolean closable(State task) {
    return task.status() == RESULT_BACKFILLED ? Boolean.FALSE.equals(task.problemsFound())
        : Boolean.TRUE.equals(task.rectified());
  }

  private static String labels(Set<TaskStatus> statuses) {
    if (statuses.size() == TaskStatus.values().length) {
      return "任何状态";
    }
    return "“" + String.join("”或“", EnumSet.copyOf(statuses).stream().map(TaskStatus::label).toList()) + "”";
  }
}
