package cn.lawfulinspection.task;

import cn.lawfulinspection.policy.PolicyProfile;
import cn.lawfulinspection.policy.QuietRule;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * R-TK-7: the one place that decides which inspections the quiet period does not touch. The exempt triggers are
 * data of each profile ({@code quietExemptTriggers} in {@code policy-profiles/<name>.json}, with the seed clause);
 * what is not a trigger (a kind, an emergency, the enterprise's standing) follows the locality's rule ({@link QuietRule}).
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

  /** YH 2(3): kinds exempt from the quiet period (上级安排部署). */
  public static final Set<InspectionKind> YUNHE_KINDS = EnumSet.of(InspectionKind.SUPERIOR_ASSIGNED);

  private QuietExemptions() {}

  /**
   * Why the task is exempt from the quiet period under the profile, or empty when it is not: a trigger the profile's
   * data lists ({@code quietExemptTriggers}, with its seed clause), a stated situation it lists
   * ({@code quietExemptReasons}, YH 2(3)), and under Yunhe's rule the superior-assigned kind,
   * every emergency (突发事件) and enterprises on the serious-dishonesty list.
   */
  public static Optional<String> exemption(PolicyProfile profile, QuietPeriodQuery query) {
    TriggerReason trigger = query.trigger();
    if (trigger != null && trigger.exemptFromQuietPeriod(profile)) {
      return Optional.of(trigger.label());
    }
    if (query.statedReason() != null && profile.quietExemptReason(query.statedReason().name())) {
      return Optional.of(query.statedReason().label());
    }
    if (profile.quietRule() == QuietRule.APPROVE_AND_FILE) {
      if (YUNHE_KINDS.contains(query.kind())) {
        return Optional.of(query.kind().label());
      }
      if (query.emergency()) {
        return Optional.of("突发事件（情况紧急）");
      }
      if (query.seriouslyDishonest()) {
        return Optional.of("企业被列入严重失信主体");
      }
    }
    return Optional.empty();
  }
}
