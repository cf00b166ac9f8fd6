package cn.lawfulinspection.plan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.common.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DecisionPolicyTest {

  @Test
  @DisplayName("a head's approval without decision is refused")
  void noDecision() {
    Verdict v = DecisionPolicy.check(null, "headDecision", "headReturnReason", null, "APPROVE", null);
    assertThat(v.refused()).isTrue();
    assertThat(v.field()).isEqualTo("headDecision");
  }

  @Test
  @DisplayName("a return without a reason is refused; with a reason it is allowed")
  void returnNeedsReason() {
    assertThat(DecisionPolicy.check(null, "headDecision", "headReturnReason", "RETURN", "APPROVE", " ").field())
        .isEqualTo("headReturnReason");
    assertThat(DecisionPolicy.check(null, "headDecision", "headReturnReason", "RETURN", "APPROVE", "时间范围过宽")
        .allowed()).isTrue();
  }

  @Test
  @DisplayName("R-PL-3 the justice bureau files or returns with a reason; an approval value is not a filing")
  void filing() {
    assertThat(DecisionPolicy.check("R-PL-3", "filingDecision", "filingReturnReason", "FILE", "FILE", null).allowed())
        .isTrue();
    Verdict wrong = DecisionPolicy.check("R-PL-3", "filingDecision", "filingReturnReason", "APPROVE", "FILE", null);
    assertThat(wrong.refused()).isTrue();
    assertThat(wrong.ruleId()).isEqualTo("R-PL-3");
    assertThat(DecisionPolicy.check("R-PL-3", "filingDecision", "filingReturnReason", "RETURN", "FILE", null).ruleId())
        .isEqualTo("R-PL-3");
  }
}
