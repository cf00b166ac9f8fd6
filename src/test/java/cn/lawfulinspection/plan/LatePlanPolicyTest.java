package cn.lawfulinspection.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LatePlanPolicyTest {

  private static final MonthDay MARCH_1 = MonthDay.of(3, 1);

  @Test
  @DisplayName("R-PL-1 an annual plan uploaded on the deadline day is on time")
  void onDeadline() {
    assertThat(LatePlanPolicy.assess(PlanType.ANNUAL, 2026, false, LocalDate.of(2026, 3, 1), MARCH_1).late()).isFalse();
  }

  @Test
  @DisplayName("R-PL-1 an annual plan uploaded the day after the deadline is flagged with a warning")
  void dayAfter() {
    LatePlanPolicy.Lateness l = LatePlanPolicy.assess(PlanType.ANNUAL, 2026, false, LocalDate.of(2026, 3, 2), MARCH_1);
    assertThat(l.late()).isTrue();
    assertThat(l.warning()).contains("R-PL-1").contains("2026-03-01").contains("2026-03-02");
  }

  @Test
  @DisplayName("R-PL-1 the Yangquan deadline 31 January applies when that profile is in force")
  void yangquan() {
    assertThat(LatePlanPolicy.assess(PlanType.ANNUAL, 2026, false, LocalDate.of(2026, 2, 1), MonthDay.of(1, 31))
        .late()).isTrue();
  }

  @Test
  @DisplayName("R-PL-1 an annual plan for next year uploaded this year is on time")
  void nextYear() {
    assertThat(LatePlanPolicy.assess(PlanType.ANNUAL, 2027, false, LocalDate.of(2026, 11, 20), MARCH_1).late())
        .isFalse();
  }

  @Test
  @DisplayName("R-PL-1 special and other plans, and amendments during the year, are never late")
  void notAnnual() {
    LocalDate autumn = LocalDate.of(2026, 10, 8);
    assertThat(LatePlanPolicy.assess(PlanType.SPECIAL, 2026, false, autumn, MARCH_1).late()).isFalse();
    assertThat(LatePlanPolicy.assess(PlanType.OTHER, 2026, false, autumn, MARCH_1).late()).isFalse();
    assertThat(LatePlanPolicy.assess(PlanType.ANNUAL, 2026, true, autumn, MARCH_1).late()).isFalse();
  }
}
