package cn.lawfulinspection.task;

import cn.lawfulinspection.common.Verdict;

/**
 * Whether a step needs the unit head's consent (单位负责人同意) before it may go on; the process then routes it
 * to the head's approval task.
 *
 * @param required {@code true} when the head must consent
 * @param ruleId the rule that asks for the consent, {@code null} when none is needed
 * @param reason why, in Chinese, {@code null} when none is needed
 */
public record HeadConsent(boolean required, String ruleId, String reason) {

  private static final HeadConsent NOT_REQUIRED = new HeadConsent(false, null, null);

  public static HeadConsent notRequired() {
    return NOT_REQUIRED;
  }

  public static HeadConsent requiredBy(String ruleId, String reason) {
    return new HeadConsent(true, ruleId, reason);
  }

  /** Allowed when no consent is needed or the head has given it; otherwise refused with the reason. */
  public Verdict given(boolean headConsented) {
    if (!required || headConsented) {
      return Verdict.allow();
    }
    return Verdict.refuse(ruleId, "headConsent", reason);
  }
}
