package cn.lawfulinspection.enterprise;

import cn.lawfulinspection.common.Verdict;

/**
 * R-MD-5: each enterprise carries a credit tier A–D (分级分类) and may be on the white list (白名单库) or on the
 * key-supervision list (重点监管对象库). The two lists pull the inspection frequency in opposite directions, so an
 * enterprise is on at most one of them.
 */
public final class ClassificationPolicy {

  public static final String RULE = "R-MD-5";

  private ClassificationPolicy() {}

  /** {@code tier} as typed (e.g. "B"), checked with the list flags. */
  public static Verdict check(String tier, boolean whiteListed, boolean keySupervision) {
    if (tier == null || tier.isBlank()) {
      return Verdict.refuse(RULE, "tier", "请填写信用风险等级（A、B、C、D 之一）。");
    }
    if (CreditTier.parse(tier).isEmpty()) {
      return Verdict.refuse(RULE, "tier", "信用风险等级“" + tier.trim() + "”无效，只能是 A、B、C、D 之一。");
    }
    if (whiteListed && keySupervision) {
      return Verdict.refuse(RULE, "keySupervision", "同一企业不能同时列入白名单库和重点监管对象库，请只选择其一。");
    }
    return Verdict.allow();
  }
}
