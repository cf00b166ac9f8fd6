package cn.lawfulinspection.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuietPeriodTest {

  private final QuietPeriod firstHalf = new QuietPeriod(1, 15);
  private final QuietPeriod lastThird = new QuietPeriod(21, 31);

  @Test
  @DisplayName("R-TK-7 days 1–15: day 1 and day 15 are inside, day 16 is outside")
  void firstHalf() {
    assertThat(firstHalf.contains(LocalDate.of(2026, 3, 1))).isTrue();
    assertThat(firstHalf.contains(LocalDate.of(2026, 3, 15))).isTrue();
    assertThat(firstHalf.contains(LocalDate.of(2026, 3, 16))).isFalse();
    assertThat(firstHalf.contains(LocalDate.of(2026, 3, 31))).isFalse();
  }

  @Test
  @DisplayName("R-TK-7 days 21–end: day 20 outside, day 21 inside, 31 inside in a 31-day month")
  void lastThird() {
    assertThat(lastThird.contains(LocalDate.of(2026, 3, 20))).isFalse();
    assertThat(lastThird.contains(LocalDate.of(2026, 3, 21))).isTrue();
    assertThat(lastThird.contains(LocalDate.of(2026, 3, 31))).isTrue();
  }

  @Test
  @DisplayName("R-TK-7 days 21–end in February: 21 to 28 inside (2026), 29 inside in a leap year (2028)")
  void lastThirdInFebruary() {
    assertThat(lastThird.contains(LocalDate.of(2026, 2, 20))).isFalse();
    assertThat(lastThird.contains(LocalDate.of(2026, 2, 21))).isTrue();
    assertThat(lastThird.contains(LocalDate.of(2026, 2, 28))).isTrue();
    assertThat(lastThird.contains(LocalDate.of(2028, 2, 29))).isTrue();
    assertThat(lastThird.contains(LocalDate.of(2026, 3, 1))).isFalse();
  }
}
