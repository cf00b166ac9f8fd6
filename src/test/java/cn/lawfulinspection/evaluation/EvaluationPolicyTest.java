package cn.lawfulinspection.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.common.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvaluationPolicyTest {

  final EvaluationPolicy policy = new EvaluationPolicy();

  @Test
  @DisplayName("R-RS-3 before the inspectors scanned in, the inspection cannot be evaluated")
  void notStarted() {
    Verdict v = policy.check(false, false, 5, "好");

    assertThat(v.refused()).isTrue();
    assertThat(v.ruleId()).isEqualTo("R-RS-3");
    assertThat(v.message()).startsWith("检查尚未开始，暂不能评议");
  }

  @Test
  @DisplayName("R-RS-3 an inspection is evaluated only once")
  void once() {
    assertThat(policy.check(true, true, 5, "好").message()).isEqualTo("本次检查已评议，不能重复评议。");
    assertThat(policy.open(true, true).refused()).isTrue();
    assertThat(policy.open(true, false).allowed()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 6, 100})
  @DisplayName("R-RS-3 a score outside 1 to 5 stars is refused")
  void scoreOutOfBounds(int score) {
    assertThat(policy.check(true, false, score, null).field()).isEqualTo("score");
  }

  @Test
  @DisplayName("R-RS-3 no score is refused; 1 and 5 stars with or without a comment are allowed")
  void scoreBounds() {
    assertThat(policy.check(true, false, null, "很好").field()).isEqualTo("score");
    assertThat(policy.check(true, false, 1, null).allowed()).isTrue();
    assertThat(policy.check(true, false, 5, "").allowed()).isTrue();
  }

  @Test
  @DisplayName("R-RS-3 a comment of 500 characters is allowed, 501 is refused")
  void commentLength() {
    assertThat(policy.check(true, false, 3, "评".repeat(500)).allowed()).isTrue();
    Verdict v = policy.check(true, false, 3, "评".repeat(501));
    assertThat(v.field()).isEqualTo("comment");
    assertThat(v.message()).contains("500", "501");
  }
}
