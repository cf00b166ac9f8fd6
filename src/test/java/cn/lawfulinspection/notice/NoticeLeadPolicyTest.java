package cn.lawfulinspection.notice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.calendar.internal.ShippedCalendar;
import cn.lawfulinspection.common.Verdict;
import cn.lawfulinspection.policy.PolicyProfile;
import cn.lawfulinspection.policy.internal.ShippedProfiles;
import cn.lawfulinspection.task.InspectionKind;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NoticeLeadPolicyTest {

  /** Default profile: 5 working days. */
  private static final PolicyProfile PROFILE = ShippedProfiles.named("default");

  private final NoticeLeadPolicy policy = new NoticeLeadPolicy(PROFILE, ShippedCalendar.calendar());

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  @DisplayName("R-NT-2 a notice sent Monday 2026-03-09 for Monday 2026-03-16 (5 working days) is allowed")
  void fiveWorkingDays() {
    assertThat(PROFILE.noticeLeadWorkingDays()).isEqualTo(5);
    assertThat(policy.check(d("2026-03-09"), d("2026-03-16")).allowed()).isTrue();
  }

  @Test
  @DisplayName("R-NT-2 a notice sent 2026-03-10 for 2026-03-16 (4 working days) is refused with the latest send date")
  void fourWorkingDays() {
    Verdict verdict = policy.check(d("2026-03-10"), d("2026-03-16"));

    assertThat(verdict.refused()).isTrue();
    assertThat(verdict.ruleId()).isEqualTo("R-NT-2");
    assertThat(verdict.field()).isEqualTo("sentOn");
    assertThat(verdict.message()).contains("至少5个工作日", "2026年3月16日", "最迟应于2026年3月9日发出", "2026年3月10日");
  }

  @Test
  @DisplayName("R-NT-2 over the 2026 National Day holiday: for Monday 2026-10-12 the latest send date is 2026-09-29")
  void overNationalDay() {
    // (09-29, 10-12] = 09-30, 10-08, 10-09, 10-10 (adjusted Saturday), 10-12
    assertThat(policy.latestSendDate(d("2026-10-12"))).isEqualTo(d("2026-09-29"));
    assertThat(policy.check(d("2026-09-29"), d("2026-10-12")).allowed()).isTrue();
    assertThat(policy.check(d("2026-09-30"), d("2026-10-12")).message()).contains("最迟应于2026年9月29日发出");
  }

  @Test
  @DisplayName("R-NT-2 over the 2026 Spring Festival: for 2026-02-25 the latest send date is 2026-02-11")
  void overSpringFestival() {
    // (02-11, 02-25] = 02-12, 02-13, 02-14 (adjusted Saturday), 02-24, 02-25
    assertThat(policy.latestSendDate(d("2026-02-25"))).isEqualTo(d("2026-02-11"));
    assertThat(policy.check(d("2026-02-12"), d("2026-02-25")).refused()).isTrue();
  }

  @Test
  @DisplayName("R-NT-2 the latest send date is a working day: for Tuesday 2025-10-14 it is 2025-09-30, not a holiday")
  void latestIsWorkingDay() {
    // (09-30, 10-14] = 10-09, 10-10, 10-11 (adjusted Saturday), 10-13, 10-14; 10-01 to 10-08 are holidays, on which
    // sending would also count but nobody works, so the latest date is stepped back to the working day 09-30
    LocalDate latest = policy.latestSendDate(d("2025-10-14"));

    assertThat(latest).isEqualTo(d("2025-09-30"));
    assertThat(policy.check(latest, d("2025-10-14")).allowed()).isTrue();
    assertThat(policy.check(d("2025-10-09"), d("2025-10-14")).refused()).isTrue();
  }

  @Test
  @DisplayName("R-NT-3 a routine inspection may never skip the notice")
  void routineMayNotSkip() {
    Verdict verdict = policy.skip(InspectionKind.ROUTINE, true, true);

    assertThat(verdict.ruleId()).isEqualTo("R-NT-3");
    assertThat(verdict.message()).contains("日常检查必须提前5个工作日");
    assertThat(policy.skip(InspectionKind.DOUBLE_RANDOM, true, true).refused()).isTrue();
  }

  @Test
  @DisplayName("R-NT-3 a surprise special inspection skips the notice only with the head's consent")
  void surpriseSpecial() {
    assertThat(policy.skip(InspectionKind.SPECIAL, true, false).field()).isEqualTo("headConsent");
    assertThat(policy.skip(InspectionKind.SPECIAL, true, false).message()).contains("须经单位负责人同意");
    assertThat(policy.skip(InspectionKind.SPECIAL, true, true).allowed()).isTrue();
  }

  @Test
  @DisplayName("R-NT-3 a special inspection that is not a surprise may not skip the notice, even with consent")
  void specialNotSurprise() {
    assertThat(policy.skip(InspectionKind.SPECIAL, false, true).message()).contains("确需突击检查");
  }

  @Test
  @DisplayName("R-NT-3 no kind skips the notice by itself: superior-assigned and ad-hoc inspections are noticed too")
  void noKindSkips() {
    assertThat(policy.skip(InspectionKind.SUPERIOR_ASSIGNED, false, false).refused()).isTrue();
    assertThat(policy.skip(InspectionKind.AD_HOC, false, true).refused()).isTrue();
    assertThat(policy.skip(InspectionKind.AD_HOC, true, true).message()).contains("只有专项检查");
  }
}
