package cn.lawfulinspection.task;

import cn.lawfulinspection.enterprise.CreditTier;

/**
 * R-TK-6: lowering the inspection frequency of, or exempting from on-site inspection, a low-credit or high-risk
 * enterprise (credit tier C or D) needs the unit head's consent; for A and B no consent is needed.
 */
public final class FrequencyExemptionPolicy {

  static final String RULE = "R-TK-6";

  /** Whether {@code change} for an enterprise of {@code tier} needs the head's consent. */
  public HeadConsent check(CreditTier tier, FrequencyChange change) {
    if (tier == CreditTier.C || tier == CreditTier.D) {
      return HeadConsent.requiredBy(RULE, "该企业信用等级为" + tier.name() + "级（" + tier.label() + "），对其"
          + change.label() + "须经单位负责人同意；请提交负责人审批，同意后方可执行。");
    }
    if (tier == null) {
      return HeadConsent.requiredBy(RULE, "该企业尚未评定信用等级，对其" + change.label()
          + "须经单位负责人同意；请先评定等级，或提交负责人审批。");
    }
    return HeadConsent.notRequired();
  }
}
