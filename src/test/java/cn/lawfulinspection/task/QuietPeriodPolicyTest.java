package cn.lawfulinspection.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.calendar.WorkingDayCalendar;
import cn.lawfulinspection.calendar.internal.ShippedCalendar;
import cn.lawfulinspection.enterprise.CreditTier;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class QuietPeriodPolicyTest {

  private static final WorkingDayCalendar CALENDAR = ShippedCalendar.calendar();
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  /** Default profile: quiet on days 1–15 of each month, filing within 3 working days. */
  private final QuietPeriodPolicy policy = new QuietPeriodPolicy(Profiles.DEFAULT, CALENDAR);

  private static InspectionWindow window(String opens, String closes) {
    return new InspectionWindow(LocalDate.parse(opens), LocalDate.parse(closes));
  }

  private static QuietPeriodQuery routine(InspectionWindow window) {
    return new QuietPeriodQuery(InspectionKind.ROUTINE, null, window, TODAY);
  }

  @Test
  @DisplayName("R-TK-7 a routine inspection inside the quiet period is refused, naming the quiet days and the next "
      + "allowed dates")
  void routineInsideRefused() {
    QuietPeriodCheck check = policy.check(routine(window("2026-03-10", "2026-03-20")));

    assertThat(check.verdict().refused()).isTrue();
    assertThat(check.verdict().ruleId()).isEqualTo("R-TK-7");
    assertThat(check.verdict().field()).isEqualTo("window");
    assertThat(check.verdict().message()).contains(
        "每月1日至15日", "2026年3月10日至2026年3月15日", "日常检查不得安排在安静期内",
        "调整到2026年3月16日至2026年3月31日之间");
    assertThat(check.filingRequired()).isFalse();
  }

  @Test
  @DisplayName("R-TK-7 a routine inspection after the quiet period (2026-03-16 to 03-20) is allowed")
  void routineOutsideAllowed() {
    QuietPeriodCheck check = policy.check(routine(window("2026-03-16", "2026-03-20")));

    assertThat(check.verdict().allowed()).isTrue();
    assertThat(check.headConsent().required()).isFalse();
  }

  @Test
  @DisplayName("R-TK-7 a double-random inspection is routine too: refused inside the quiet period")
  void doubleRandomRefused() {
    QuietPeriodCheck check = policy.check(
        new QuietPeriodQuery(InspectionKind.DOUBLE_RANDOM, null, window("2026-04-14", "2026-04-17"), TODAY));

    assertThat(check.verdict().message()).contains("2026年4月14日至2026年4月15日", "双随机抽查不得安排在安静期内");
  }

  @Test
  @DisplayName("R-TK-7 Jiangyan (days 1–15): a routine inspection on 2026-09-03 is refused and the suggestion skips nothing; Yunhe (days 21 to month end) lets the same routine work on 2026-09-25 pass only with the principal head's approval and a filing with 县综合执法办 in 3 working days")
  void routineJiangyanRefusedYunheApproveAndFile() {
    QuietPeriodPolicy jiangyan = new QuietPeriodPolicy(Profiles.JIANGYAN, CALENDAR);
    QuietPeriodPolicy yunhe = new QuietPeriodPolicy(Profiles.YUNHE, CALENDAR);

    QuietPeriodCheck jy = jiangyan.check(routine(window("2026-09-03", "2026-09-04")));
    QuietPeriodCheck yh = yunhe.check(new QuietPeriodQuery(InspectionKind.ROUTINE, null,
        window("2026-09-25", "2026-09-30"), LocalDate.of(2026, 9, 24)));

    assertThat(jy.verdict().refused()).isTrue();
    assertThat(jy.verdict().message()).contains("日常检查不得安排在安静期内");
    assertThat(yh.verdict().allowed()).isTrue();
    assertThat(yh.headConsent().required()).isTrue();
    assertThat(yh.headConsent().reason()).contains("每月21日至月末", "须报本单位主要负责人批准", "县综合执法办备案",
        "3个工作日内").doesNotContain("司法局");
    // 2026-09-24 (Thu) + 3 working days, 09-25 being the Mid-Autumn Festival: 09-28, 09-29, 09-30
    assertThat(yh.filingDueBy()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(yh.given(false).refused()).isTrue();
    assertThat(yunhe.check(routine(window("2026-03-02", "2026-03-13"))).verdict().allowed()).isTrue();
    assertThat(yunhe.check(routine(window("2026-03-02", "2026-03-13"))).headConsent().required()).isFalse();
  }

  @Test
  @DisplayName("R-TK-7 Yunhe exempts superior assignments, case handling, complaints, emergencies and enterprises on the serious-dishonesty list, but not data monitoring; Jiangyan files superior assignments with the justice bureau and exempts data anomalies")
  void yunheExemptions() {
    QuietPeriodPolicy jiangyan = new QuietPeriodPolicy(Profiles.JIANGYAN, CALENDAR);
    QuietPeriodPolicy yunhe = new QuietPeriodPolicy(Profiles.YUNHE, CALENDAR);
    InspectionWindow inJy = window("2026-06-03", "2026-06-04");
    InspectionWindow inYh = window("2026-06-23", "2026-06-24");
    LocalDate decided = LocalDate.of(2026, 6, 1);

    // superior assignment (上级安排部署)
    assertThat(yunhe.check(new QuietPeriodQuery(InspectionKind.SUPERIOR_ASSIGNED, null, inYh, decided))
        .headConsent().required()).isFalse();
    assertThat(yunhe.check(new QuietPeriodQuery(InspectionKind.AD_HOC, TriggerReason.SUPERIOR_ASSIGNMENT, inYh,
        decided)).filingRequired()).isFalse();
    QuietPeriodCheck jySuperior = jiangyan.check(new QuietPeriodQuery(InspectionKind.SUPERIOR_ASSIGNED, null, inJy,
        decided));
    assertThat(jySuperior.filingRequired()).isTrue();
    assertThat(jySuperior.headConsent().reason()).contains("司法局备案");
    // case handling, complaints
    for (TriggerReason exempt : List.of(TriggerReason.CASE_HANDLING, TriggerReason.COMPLAINT)) {
      assertThat(yunhe.check(new QuietPeriodQuery(InspectionKind.AD_HOC, exempt, inYh, decided)).filingRequired())
          .as(exempt.name()).isFalse();
    }
    // data monitoring: exempt in Jiangyan (数据监测异常), not on Yunhe's list
    assertThat(jiangyan.check(new QuietPeriodQuery(InspectionKind.AD_HOC, TriggerReason.DATA_MONITORING, inJy,
        decided)).filingRequired()).isFalse();
    QuietPeriodCheck yhData = yunhe.check(new QuietPeriodQuery(InspectionKind.AD_HOC, TriggerReason.DATA_MONITORING,
        inYh, decided));
    assertThat(yhData.filingRequired()).isTrue();
    assertThat(yhData.headConsent().reason()).contains("县综合执法办");
    // serious dishonesty (严重失信) and emergencies (突发事件)
    assertThat(yunhe.check(new QuietPeriodQuery(InspectionKind.SPECIAL, null, inYh, decided, CreditTier.C, true,
        false)).filingRequired()).isFalse();
    assertThat(yunhe.check(new QuietPeriodQuery(InspectionKind.SPECIAL, null, inYh, decided, CreditTier.C, false,
        false)).filingRequired()).isTrue();
    assertThat(yunhe.check(new QuietPeriodQuery(InspectionKind.AD_HOC, TriggerReason.REFERRAL, inYh, decided,
        CreditTier.C, false, true)).filingRequired()).isFalse();
    // Jiangyan knows no serious-dishonesty exemption
    assertThat(jiangyan.check(new QuietPeriodQuery(InspectionKind.SPECIAL, null, inJy, decided, CreditTier.C, true,
        false)).filingRequired()).isTrue();
  }

  @Test
  @DisplayName("R-TK-7 Yunhe: a stated situation of YH 2(3) (重大公共利益, 生命财产安全 …) exempts a routine inspection from the quiet period; Jiangyan lists no such situation, its routine inspection stays refused")
  void yunheStatedSituations() {
    QuietPeriodPolicy yunhe = new QuietPeriodPolicy(Profiles.YUNHE, CALENDAR);
    QuietPeriodPolicy jiangyan = new QuietPeriodPolicy(Profiles.JIANGYAN, CALENDAR);
    LocalDate decided = LocalDate.of(2026, 6, 1);
    InspectionWindow inYh = window("2026-06-22", "2026-06-22");
    InspectionWindow inJy = window("2026-06-10", "2026-06-10");

    assertThat(Profiles.YUNHE.quietExemptReasons()).containsExactlyInAnyOrder("LIFE_AND_PROPERTY_SAFETY",
        "MAJOR_PUBLIC_INTEREST", "MAJOR_PUBLIC_SAFETY", "MAJOR_SOCIAL_IMPACT");
    assertThat(Profiles.JIANGYAN.quietExemptReasons()).isEmpty();
    for (QuietExemptionReason reason : QuietExemptionReason.values()) {
      QuietPeriodCheck yh = yunhe.check(new QuietPeriodQuery(InspectionKind.ROUTINE, null, inYh, decided, CreditTier.C,
          false, false, reason));
      assertThat(yh.verdict().allowed()).as(reason.name()).isTrue();
      assertThat(yh.filingRequired()).as(reason.name()).isFalse();
      assertThat(jiangyan.check(new QuietPeriodQuery(InspectionKind.ROUTINE, null, inJy, decided, CreditTier.C, false,
          false, reason)).verdict().refused()).as(reason.name()).isTrue();
    }
    // without a stated situation Yunhe's routine inspection inside the period needs approval and a filing
    assertThat(yunhe.check(new QuietPeriodQuery(InspectionKind.ROUTINE, null, inYh, decided, CreditTier.C, false,
        false, null)).filingRequired()).isTrue();
  }

  @Test
  @DisplayName("R-TK-7 Yunhe: a B-tier enterprise's quiet period starts bTierQuietExtraDays earlier (day 16), a C-tier one's on day 21; Jiangyan has no B-tier extension")
  void yunheBTierLonger() {
    QuietPeriodPolicy yunhe = new QuietPeriodPolicy(Profiles.YUNHE, CALENDAR);
    InspectionWindow day17 = window("2026-06-17", "2026-06-17");
    LocalDate decided = LocalDate.of(2026, 6, 1);

    assertThat(Profiles.YUNHE.bTierQuietExtraDays()).isEqualTo(5);
    assertThat(Profiles.JIANGYAN.bTierQuietExtraDays()).isZero();
    QuietPeriodCheck b = yunhe.check(new QuietPeriodQuery(InspectionKind.ROUTINE, null, day17, decided, CreditTier.B,
        false, false));
    assertThat(b.filingRequired()).isTrue();
    assertThat(b.headConsent().reason()).contains("每月16日至月末");
    assertThat(yunhe.check(new QuietPeriodQuery(InspectionKind.ROUTINE, null, day17, decided, CreditTier.C, false,
        false)).filingRequired()).isFalse();
    assertThat(new QuietPeriodPolicy(Profiles.JIANGYAN, CALENDAR).check(new QuietPeriodQuery(InspectionKind.ROUTINE,
        null, window("2026-06-16", "2026-06-16"), decided, CreditTier.B, false, false)).verdict().allowed()).isTrue();
  }

  @Test
  @DisplayName("R-TK-7 a special inspection inside the quiet period needs head approval and a filing due in 3 working "
      + "days, counted over the 2026 National Day holiday")
  void specialNeedsApprovalAndFiling() {
    // 2026-09-29 (Tue) + 3 working days = 09-30, 10-08, 10-09
    QuietPeriodCheck check = policy.check(new QuietPeriodQuery(
        InspectionKind.SPECIAL, null, window("2026-10-09", "2026-10-12"), LocalDate.of(2026, 9, 29)));

    assertThat(check.verdict().allowed()).isTrue();
    assertThat(check.headConsent().required()).isTrue();
    assertThat(check.headConsent().ruleId()).isEqualTo("R-TK-7");
    assertThat(check.filingDueBy()).isEqualTo(LocalDate.of(2026, 10, 9));
    assertThat(check.headConsent().reason()).contains("专项检查须经单位负责人批准", "2026年10月9日前", "3个工作日内", "司法局备案");
    assertThat(check.given(false).refused()).isTrue();
    assertThat(check.given(false).ruleId()).isEqualTo("R-TK-7");
    assertThat(check.given(true).allowed()).isTrue();
  }

  @Test
  @DisplayName("R-TK-7 superior-assigned inspections, and triggers not exempt (转办交办), need approval and filing too")
  void superiorAssignedAndReferral() {
    QuietPeriodCheck superior = policy.check(new QuietPeriodQuery(
        InspectionKind.SUPERIOR_ASSIGNED, null, window("2026-06-03", "2026-06-04"), LocalDate.of(2026, 6, 1)));
    QuietPeriodCheck referral = policy.check(new QuietPeriodQuery(
        InspectionKind.AD_HOC, TriggerReason.REFERRAL, window("2026-06-03", "2026-06-04"), LocalDate.of(2026, 6, 1)));

    assertThat(superior.headConsent().required()).isTrue();
    assertThat(superior.filingDueBy()).isEqualTo(LocalDate.of(2026, 6, 4));
    assertThat(referral.headConsent().reason()).contains("转办交办检查");
    assertThat(referral.filingRequired()).isTrue();
  }

  @Test
  @DisplayName("R-TK-7 the filing period comes from the profile: 5 working days from 2026-06-01 is 2026-06-08")
  void filingDaysFromProfile() {
    QuietPeriodPolicy longer = new QuietPeriodPolicy(
        Profiles.variant(Profiles.DEFAULT, Profiles.DEFAULT.tierCaps(), 7, 2, 5), CALENDAR);

    QuietPeriodCheck check = longer.check(new QuietPeriodQuery(
        InspectionKind.SPECIAL, null, window("2026-06-03", "2026-06-04"), LocalDate.of(2026, 6, 1)));

    assertThat(check.filingDueBy()).isEqualTo(LocalDate.of(2026, 6, 8));
    assertThat(check.headConsent().reason()).contains("5个工作日内");
  }

  @ParameterizedTest(name = "R-TK-7 trigger {0} is exempt from the quiet period")
  @EnumSource(value = TriggerReason.class,
      names = {"COMPLAINT", "DATA_MONITORING", "PUBLIC_SAFETY_EMERGENCY", "CASE_HANDLING"})
  @DisplayName("R-TK-7 default (composite of JY 2(3) and YH 2(3)): complaints, data anomalies, public-safety emergencies and case handling are exempt")
  void exemptTriggers(TriggerReason trigger) {
    QuietPeriodCheck check = policy.check(
        new QuietPeriodQuery(InspectionKind.AD_HOC, trigger, window("2026-03-05", "2026-03-05"), TODAY));

    assertThat(trigger.exemptFromQuietPeriod(Profiles.DEFAULT)).isTrue();
    assertThat(check.verdict().allowed()).isTrue();
    assertThat(check.headConsent().required()).isFalse();
    assertThat(check.filingRequired()).isFalse();
  }

  @Test
  @DisplayName("R-TK-7 a profile without a quiet period (Yangquan) lets a routine inspection on 2026-03-10 pass")
  void noQuietPeriod() {
    QuietPeriodPolicy yangquan = new QuietPeriodPolicy(Profiles.YANGQUAN, CALENDAR);

    assertThat(yangquan.check(routine(window("2026-03-10", "2026-03-10"))).verdict().allowed()).isTrue();
  }
}
