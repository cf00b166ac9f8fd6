package cn.lawfulinspection.filing;

import static cn.lawfulinspection.filing.FilingStatus.*;

import cn.lawfulinspection.common.Verdict;
import cn.lawfulinspection.identity.Actor;
import cn.lawfulinspection.identity.AgencyGroups;
import cn.lawfulinspection.identity.RoleGroups;
import java.util.EnumSet;
import java.util.Set;

/**
 * R-IG-1 for the monthly filing of triggered inspections (R-SV-1): each step, the statuses it may be taken from, the
 * status it leads to and who may take it. {@link TriggeredFilingService} takes every step through {@link #check};
 * the process's delegates and listeners call the service and never write a status. Free of Spring and of the engine.
 */
public final class FilingLifecycle {

  private FilingLifecycle() {}

  /** Who may take a step. */
  public enum Who {
    HEAD("本单位负责人"),
    SUPERVISOR("司法局执法监督人员"),
    TIMER("平台定时任务（任何人不能手动办理）");

    private final String label;

    Who(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Every step of a filing. {@code from} null: the filing does not exist yet. */
  public enum Step {
    OPEN("汇总生成月度备案", Who.TIMER, AWAITING_SUBMISSION, null),
    SUBMIT("负责人报送", Who.HEAD, SUBMITTED, EnumSet.of(AWAITING_SUBMISSION)),
    ACKNOWLEDGE("司法局备案", Who.SUPERVISOR, FILED, EnumSet.of(SUBMITTED)),
    REMIND_SUBMISSION("报送超期报司法局", Who.TIMER, null, EnumSet.of(AWAITING_SUBMISSION)),
    REMIND_ACKNOWLEDGEMENT("备案超期提醒司法局", Who.TIMER, null, EnumSet.of(SUBMITTED));

    private final String label;
    private final Who who;
    private final FilingStatus to;
    private final Set<FilingStatus> from;

    Step(String label, Who who, FilingStatus to, Set<FilingStatus> from) {
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

    /** The status the step leads to; {@code null}: unchanged. */
    public FilingStatus to() {
      return to;
    }
  }

  /** The filing a step is about: its number, agency and status ({@code null} before it exists). */
  public record State(String filingNumber, String agencyCode, FilingStatus status) {}

  public static Verdict check(State filing, Step step, Actor actor) {
    String subject = "触发式检查月度备案 " + filing.filingNumber();
    if (step.from == null ? filing.status() != null : filing.status() == null || !step.from.contains(filing.status())) {
      return Verdict.refuse("R-IG-1", "status", subject + (filing.status() == null ? " 不存在"
          : " 当前状态为“" + filing.status().label() + "”") + "，不能进行“" + step.label() + "”（R-SV-1）。");
    }
    boolean allowed = switch (step.who()) {
      case HEAD -> actor.in(AgencyGroups.headGroup(filing.agencyCode()));
      case SUPERVISOR -> actor.in(RoleGroups.SUPERVISOR);
      case TIMER -> actor.isSystem();
    };
    return allowed ? Verdict.allow() : Verdict.refuse("R-IG-1", "actor", "“" + step.label() + "”只能由"
        + step.who().label() + "办理，" + (actor.isSystem() ? "当前没有登录用户" : "用户 " + actor.userId() + " 无权办理")
        + "（" + subject + "，R-SV-1）。");
  }
}
