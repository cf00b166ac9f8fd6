package cn.lawfulinspection.plan;

import static cn.lawfulinspection.plan.PlanStatus.*;

import cn.lawfulinspection.common.Verdict;
import cn.lawfulinspection.identity.Actor;
import cn.lawfulinspection.identity.AgencyGroups;
import cn.lawfulinspection.identity.RoleGroups;
import java.util.EnumSet;
import java.util.Set;

/**
 * R-IG-1: the one place that knows a plan version's lifecycle — each step, the statuses it may be taken from, the
 * status it leads to and who may take it. {@link PlanService} takes every step through {@link #check}; the process's
 * delegates and listeners call the service and never write a status. Free of Spring and of the engine.
 */
public final class PlanLifecycle {

  private PlanLifecycle() {}

  /** Who may take a step. */
  public enum Who {
    STAFF("本机关工作人员"),
    HEAD("本机关负责人"),
    SUPERVISOR("司法局执法监督人员"),
    TIMER("平台定时任务（任何人不能手动办理）"),
    FOLLOWS("平台按流程自动推进");

    private final String label;

    Who(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Every step of a plan version. {@code from} null: a new version (the process's previous one, if any, returned). */
  public enum Step {
    SUBMIT("提交检查计划", Who.STAFF, SUBMITTED, null),
    APPROVE("负责人审批同意", Who.HEAD, APPROVED, EnumSet.of(SUBMITTED)),
    RETURN_BY_HEAD("负责人退回", Who.HEAD, RETURNED, EnumSet.of(SUBMITTED)),
    FILE("司法局备案", Who.SUPERVISOR, FILED, EnumSet.of(APPROVED)),
    RETURN_BY_JUSTICE_BUREAU("司法局退回", Who.SUPERVISOR, RETURNED, EnumSet.of(APPROVED)),
    PUBLISH("公布检查计划", Who.FOLLOWS, null, EnumSet.of(FILED)),
    REMIND_OVERDUE("审批超期提醒", Who.TIMER, null, EnumSet.of(SUBMITTED));

    private final String label;
    private final Who who;
    private final PlanStatus to;
    private final Set<PlanStatus> from;

    Step(String label, Who who, PlanStatus to, Set<PlanStatus> from) {
      this.label = label;
      this.who = who;
      this.to = to;
      this.from = from == null ? null : Set.copyOf(from);
    }

    public String label() {
      return label;
    }

    public Who who() {
      return who;
    }

    public PlanStatus to() {
      return to;
    }
  }

  /**
   * The version a step is about, as far as the lifecycle is concerned.
   *
   * @param status the status of the process's latest version; {@code null} when the process has none yet
   * @param published the version is already published
   * @param partnerAgencies R-PL-6: the partner agencies of a joint plan (empty for a plan of one agency); their staff
   *     and heads may read the plan but take none of its steps
   * @param filingGroup R-PL-6: the group of the justice bureau the plan is filed with ({@link PlanFilingRoute});
   *     {@code null}: any supervisor
   */
  public record State(String planNumber, String agencyCode, PlanStatus status, boolean published,
      Set<String> partnerAgencies, String filingGroup) {

    public State {
      partnerAgencies = partnerAgencies == null ? Set.of() : Set.copyOf(partnerAgencies);
    }

    /** A plan of one agency, filed with any supervisor. */
    public State(String planNumber, String agencyCode, PlanStatus status, boolean published) {
      this(planNumber, agencyCode, status, published, Set.of(), null);
    }
  }

  public static Verdict check(State plan, Step step, Actor actor) {
    String subject = "检查计划 " + (plan.planNumber() == null ? "" : plan.planNumber() + " ");
    if (step.from == null) {
      if (plan.status() != null && plan.status() != RETURNED) {
        return Verdict.refuse("R-IG-1", "status", subject + "已有版本“" + plan.status().label()
            + "”，须等审批或备案办结（或被退回）后才能提交新的版本。");
      }
    } else if (plan.status() == null || !step.from.contains(plan.status())) {
      return Verdict.refuse("R-IG-1", "status", subject + "当前" + (plan.status() == null ? "没有版本"
          : "状态为“" + plan.status().label() + "”") + "，不能进行“" + step.label() + "”。");
    }
    if (step == Step.PUBLISH && plan.published()) {
      return Verdict.refuse("R-IG-1", "status", subject + "已经公布，不能重复公布。");
    }
    boolean allowed = switch (step.who()) {
      case STAFF -> actor.in(AgencyGroups.staffGroup(plan.agencyCode()));
      case HEAD -> actor.in(AgencyGroups.headGroup(plan.agencyCode()));
      case SUPERVISOR -> actor.in(RoleGroups.SUPERVISOR)
          && (plan.filingGroup() == null || actor.in(plan.filingGroup()));
      case TIMER -> actor.isSystem();
      case FOLLOWS -> true;
    };
    if (!allowed) {
      Verdict joint = jointRefusal(plan, step, actor, subject.strip());
      if (joint != null) {
        return joint;
      }
    }
    return allowed ? Verdict.allow() : Verdict.refuse("R-IG-1", "actor", "“" + step.label() + "”只能由"
        + step.who().label() + "办理，" + (actor.isSystem() ? "当前没有登录用户" : "用户 " + actor.userId() + " 无权办理")
        + "（" + subject.strip() + "）。");
  }

  /**
   * R-PL-6 (R-PL-3): a joint plan is submitted, approved and filed through its lead agency only; a partner's staff or
   * head is told so. A supervisor of another justice bureau is told which bureau files the plan. {@code null}: the
   * general R-IG-1 refusal applies.
   */
  private static Verdict jointRefusal(State plan, Step step, Actor actor, String subject) {
    boolean partner = plan.partnerAgencies().stream().anyMatch(p -> actor.in(AgencyGroups.staffGroup(p)));
    if (partner && step.who() != Who.TIMER && step.who() != Who.FOLLOWS) {
      return Verdict.refuse("R-PL-6", "actor", subject + "是联合检查计划，由牵头机关（" + plan.agencyCode()
          + "）起草、审批并报送备案；联合检查单位的用户 " + actor.userId() + " 可以查看，但不能办理“" + step.label()
          + "”。如需修改，请联系牵头机关。");
    }
    if (step.who() == Who.SUPERVISOR && actor.in(RoleGroups.SUPERVISOR) && plan.filingGroup() != null) {
      return Verdict.refuse("R-PL-6", "actor", subject + "应向 " + plan.filingGroup() + " 备案（乡镇、街道的计划向县级司法局备案），"
          + "用户 " + actor.userId() + " 不属于该司法局，不能办理“" + step.label() + "”。");
    }
    return null;
  }
}
