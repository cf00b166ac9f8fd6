package cn.lawfulinspection.plan;

import cn.lawfulinspection.common.Verdict;
import java.util.Set;

/**
 * A head's approval (同意/退回) or the justice bureau's filing (予以备案/退回) needs a decision, and a return needs a
 * reason the agency can act on (R-PL-3 for the filing).
 */
final class DecisionPolicy {

  static final int MIN_REASON_LENGTH = 2;

  private DecisionPolicy() {}

  /**
   * @param accepting the value that accepts ({@code APPROVE} or {@code FILE}); {@code RETURN} returns
   */
  static Verdict check(String ruleId, String decisionField, String reasonField, String decision, String accepting,
      String reason) {
    if (!Set.of(accepting, "RETURN").contains(decision == null ? "" : decision)) {
      return Verdict.refuse(ruleId, decisionField, "请选择处理意见：" + ("FILE".equals(accepting) ? "予以备案" : "同意") + "或退回。");
    }
    if ("RETURN".equals(decision) && (reason == null || reason.strip().length() < MIN_REASON_LENGTH)) {
      return Verdict.refuse(ruleId, reasonField, "退回时请填写退回理由，说明需要修改的内容。");
    }
    return Verdict.allow();
  }
}
