package cn.lawfulinspection.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.enterprise.CreditTier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FrequencyExemptionPolicyTest {

  private final FrequencyExemptionPolicy policy = new FrequencyExemptionPolicy();

  @Test
  @DisplayName("R-TK-6 lowering the frequency for a C enterprise requires head approval")
  void lowerForC() {
    HeadConsent consent = policy.check(CreditTier.C, FrequencyChange.LOWER_FREQUENCY);

    assertThat(consent.required()).isTrue();
    assertThat(consent.ruleId()).isEqualTo("R-TK-6");
    assertThat(consent.reason()).contains("C级", "降低检查频次", "须经单位负责人同意");
  }

  @Test
  @DisplayName("R-TK-6 exempting a D enterprise from on-site inspection is refused until the head consents")
  void exemptD() {
    HeadConsent consent = policy.check(CreditTier.D, FrequencyChange.EXEMPT_FROM_ON_SITE);

    assertThat(consent.reason()).contains("D级", "免于现场检查");
    assertThat(consent.given(false).refused()).isTrue();
    assertThat(consent.given(false).ruleId()).isEqualTo("R-TK-6");
    assertThat(consent.given(true).allowed()).isTrue();
  }

  @Test
  @DisplayName("R-TK-6 A and B enterprises need no consent; an ungraded one does")
  void aAndB() {
    assertThat(policy.check(CreditTier.A, FrequencyChange.EXEMPT_FROM_ON_SITE).required()).isFalse();
    assertThat(policy.check(CreditTier.B, FrequencyChange.LOWER_FREQUENCY).given(false).allowed()).isTrue();
    assertThat(policy.check(null, FrequencyChange.LOWER_FREQUENCY).required()).isTrue();
  }
}
