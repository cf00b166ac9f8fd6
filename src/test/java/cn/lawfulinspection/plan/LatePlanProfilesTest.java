package cn.lawfulinspection.plan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.policy.internal.ShippedProfiles;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R-PL-1 under the shipped profiles: JY 「3月前」 is the last day of February, inclusive; "—" flags nothing. */
class LatePlanProfilesTest {

  private static boolean late(String profile, String uploaded) {
    MonthDay deadline = ShippedProfiles.named(profile).annualPlanDeadline();
    LocalDate day = LocalDate.parse(uploaded);
    return LatePlanPolicy.assess(PlanType.ANNUAL, day.getYear(), false, day, deadline).late();
  }

  @ParameterizedTest(name = "R-PL-1 {0}: an annual plan uploaded on {1} is late: {2}")
  @CsvSource({
      "jiangyan, 2027-03-01, true", "jiangyan, 2027-02-28, false", "jiangyan, 2028-02-29, false",
      "jiangyan, 2028-03-01, true", "default, 2026-03-01, true", "default, 2026-02-28, false",
      "yangquan, 2026-01-31, false", "yangquan, 2026-02-01, true",
      "jiujiang, 2026-03-01, false", "jiujiang, 2026-12-31, false", "yunhe, 2026-06-01, false",
      "shanghai, 2026-06-01, false"})
  void deadline(String profile, String uploaded, boolean late) {
    assertThat(late(profile, uploaded)).isEqualTo(late);
  }
}
