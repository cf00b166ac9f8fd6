package cn.lawfulinspection.task;

import cn.lawfulinspection.policy.PolicyProfile;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * R-NT-3: why a special inspection must be a surprise (突击检查, no notice), from the seeds' lists. JY 2(4): 排查较高风险
 * 问题隐患, 防止发生生命财产损失和生态环境损害. JJ 11 also: 依法不予公开的检查事项, 上级机关明确要求不能事先通知的.
 */
public enum SurpriseReason {
  /** JY 2(4): 排查较高风险问题隐患. */
  HIGH_RISK_HAZARD("排查较高风险问题隐患", false),
  /** JY 2(4): 防止发生生命财产损失和生态环境损害. */
  PREVENT_LOSS("防止发生生命财产损失和生态环境损害", false),
  /** JJ 11: 依法不予公开的检查事项. */
  NOT_DISCLOSED_BY_LAW("依法不予公开的检查事项", true),
  /** JJ 11: 上级机关明确要求不能事先通知. */
  SUPERIOR_ORDER("上级机关明确要求不能事先通知", true);

  /**
   * Profiles whose seed adds JJ 11's two reasons: jiujiang, and the default (a composite that shows every rule). Until
   * profiles are data, this is the one place that says so.
   */
  private static final Set<String> JJ_REASONS = Set.of("jiujiang", "default");

  private final String label;
  private final boolean jiujiangOnly;

  SurpriseReason(String label, boolean jiujiangOnly) {
    this.label = label;
    this.jiujiangOnly = jiujiangOnly;
  }

  public String label() {
    return label;
  }

  /** Whether the profile's seed lists this reason. */
  public boolean allowedIn(PolicyProfile profile) {
    return !jiujiangOnly || JJ_REASONS.contains(profile.name());
  }

  /** The reasons the profile's seed lists. */
  public static List<SurpriseReason> allowed(PolicyProfile profile) {
    return Arrays.stream(values()).filter(r -> r.allowedIn(profile)).toList();
  }
}
