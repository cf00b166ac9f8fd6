package cn.lawfulinspection.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.common.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClassificationPolicyTest {

  @ParameterizedTest
  @ValueSource(strings = {"A", "B", "C", "D", "b", "C级"})
  @DisplayName("R-MD-5 tiers A to D are accepted")
  void tiers(String tier) {
    assertThat(ClassificationPolicy.check(tier, false, false)).isEqualTo(Verdict.allow());
    assertThat(CreditTier.parse(tier)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"E", "AA", "优", "1", " "})
  @DisplayName("R-MD-5 an unknown or missing tier is refused")
  void unknownTier(String tier) {
    Verdict verdict = ClassificationPolicy.check(tier, false, false);
    assertThat(verdict.refused()).isTrue();
    assertThat(verdict.ruleId()).isEqualTo("R-MD-5");
    assertThat(verdict.field()).isEqualTo("tier");
    assertThat(verdict.message()).contains("A、B、C、D");
  }

  @Test
  @DisplayName("R-MD-5 white list or key supervision alone is allowed, both at once is refused")
  void lists() {
    assertThat(ClassificationPolicy.check("A", true, false).allowed()).isTrue();
    assertThat(ClassificationPolicy.check("D", false, true).allowed()).isTrue();
    Verdict both = ClassificationPolicy.check("B", true, true);
    assertThat(both.refused()).isTrue();
    assertThat(both.ruleId()).isEqualTo("R-MD-5");
    assertThat(both.message()).contains("白名单").contains("重点监管");
  }
}
