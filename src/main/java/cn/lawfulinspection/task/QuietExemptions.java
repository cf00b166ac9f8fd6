package cn.lawfulinspection.task;

import cn.lawfulinspection.policy.QuietRule;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * R-TK-7: the one place that decides which inspections the quiet period does not touch, per locality rule
 * ({@link QuietRule}). Kept as data-like tables so that they can move into the profiles' data files.
 *
 * <ul>
 *   <li>JY 2(3) ({@link QuietRule#ROUTINE_AVOIDS}): complaints and data anomalies that need immediate action (投诉举报、
 *       数据监测异常等确需立即实施检查的); the platform also lets case handling and public-safety emergencies through,
 *       as before this change.
 *   <li>YH 2(3) ({@link QuietRule#APPROVE_AND_FILE}): 涉及人民群众生命财产安全、重大公共利益、重大公共安全、重大社会影响、突发事件、
 *       投诉举报、案件查处、上级安排部署以及企业被列入严重失信主体: complaints, case handling, superior assignments, the
 *       public-safety emergency trigger (life and property safety, major public interest, public safety, major social
 *       impact), every emergency (情况紧急, 突发事件), and enterprises on the serious-dishonesty list. Data monitoring
 *       and referrals are not on Yunhe's list.
 * </ul>
 */
public final class QuietExemptions {

  /** JY 2(3): triggers exempt from the quiet period. */
  public static final Set<TriggerReason> JIANGYAN = EnumSet.of(TriggerReason.COMPLAINT,
      TriggerReason.DATA_MONITORING, TriggerReason.CASE_HANDLING, TriggerReason.PUBLIC_SAFETY_EMERGENCY);
  /** YH 2(3): triggers exempt from the quiet period. */
  public static final Set<TriggerReason> YUNHE = EnumSet.of(TriggerReason.COMPLAINT, TriggerReason.CASE_HANDLING,
      TriggerReason.SUPERIOR_ASSIGNMENT, TriggerReason.PUBLIC_SAFETY_EMERGENCY);
  /** YH 2(3): kinds exempt from the quiet period (上级安排部署). */
  public static final Set<InspectionKind> YUNHE_KINDS = EnumSet.of(InspectionKind.SUPERIOR_ASSIGNED);
  /** YH 2(3): emergencies (突发事件) are exempt, whatever the trigger. */
  public static final boolean YUNHE_EMERGENCY_EXEMPT = true;
  /** YH 2(3): enterprises on the serious-dishonesty list (严重失信主体) are exempt. */
  public static final boolean YUNHE_SERIOUS_DISHONESTY_EXEMPT = true;

  private QuietExemptions() {}

  /** Why the task is exempt from the quiet period under {@code rule}, or empty when it is not. */
  public static Optional<String> exemption(QuietRule rule, QuietPeriodQuery query) {
    TriggerReason trigger = query.trigger();
    if (rule == QuietRule.APPROVE_AND_FILE) {
      if (trigger != null && YUNHE.contains(trigger)) {
        return Optional.of(trigger.label());
      }
      if (YUNHE_KINDS.contains(query.kind())) {
        return Optional.of(query.kind().label());
      }
      if (YUNHE_EMERGENCY_EXEMPT && query.emergency()) {
        return Optional.of("突发事件（情况紧急）");
      }
      if (YUNHE_SERIOUS_DISHONESTY_EXEMPT && query.seriouslyDishonest()) {
        return Optional.of("企业被列入严重失信主体");
      }
      return Optional.empty();
    }
    return trigger != null && JIANGYAN.contains(trigger) ? Optional.of(trigger.label()) : Optional.empty();
  }
}
