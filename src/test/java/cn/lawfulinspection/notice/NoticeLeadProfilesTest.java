package cn.lawfulinspection.notice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.calendar.internal.ShippedCalendar;
import cn.lawfulinspection.common.Verdict;
import cn.lawfulinspection.policy.PolicyProfile.NoticeLead;
import cn.lawfulinspection.policy.internal.ShippedProfiles;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R-NT-2 under the shipped profiles: a number only where the seed sets one, and never an end of the task. */
class NoticeLeadProfilesTest {

  @ParameterizedTest(name = "R-NT-2 {0}: a notice 4 working days ahead is short: {1} (mode {2})")
  @CsvSource({"default, true, WARN", "yunhe, true, WARN_WITH_CONSENT", "jiangyan, false, BEFORE_INSPECTION",
      "jiujiang, false, BEFORE_INSPECTION", "shanghai, false, BEFORE_INSPECTION", "yangquan, false, NONE"})
  void shortLead(String profile, boolean isShort, NoticeLead.Mode mode) {
    NoticeLeadPolicy policy = new NoticeLeadPolicy(ShippedProfiles.named(profile), ShippedCalendar.calendar());

    Verdict verdict = policy.check(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 16));

    assertThat(policy.mode()).isEqualTo(mode);
    assertThat(verdict.refused()).isEqualTo(isShort);
    if (isShort) {
      assertThat(verdict.message()).contains("预告照常发出").doesNotContain("请推迟检查时间");
    }
  }
}
