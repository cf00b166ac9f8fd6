package cn.lawfulinspection.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.calendar.WorkingDayCalendar;
import cn.lawfulinspection.calendar.internal.ShippedCalendar;
import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.policy.PolicyProfile;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same request judged under the profiles where RULES.md says they differ ("—" = the rule does not apply there):
 * R-TK-5 caps, R-TK-7 quiet-period exemptions, R-TK-2 registration lead, R-NT-2 forecast at registration.
 */
class ProfileOutcomesTest {

  private static final WorkingDayCalendar CALENDAR = ShippedCalendar.calendar();
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  private static AnnualCapPolicy.AnnualCapCheck cap(PolicyProfile profile, AnnualCapQuery query) {
    return new AnnualCapPolicy(profile).assess(query);
  }

  @Test
  @DisplayName("R-TK-5 an A-tier enterprise gets a 2nd routine inspection under jiangyan (no number, JY 2(5)) but not under default")
  void aTierSecondRoutine() {
    AnnualCapQuery second = AnnualCapQuery.planned(CreditTier.A, 1, null);

    assertThat(cap(Profiles.JIANGYAN, second).verdict().allowed()).isTrue();
    assertThat(cap(Profiles.JIANGYAN, second).consent().required()).isFalse();
    assertThat(cap(Profiles.DEFAULT, second).verdict().refused()).isTrue();
    assertThat(cap(Profiles.DEFAULT, second).verdict().message()).contains("免于日常现场检查");
  }

  @ParameterizedTest(name = "R-TK-5 {0} sets no cap: a C-tier enterprise inspected 10 times is inspected again")
  @CsvSource({"jiujiang", "shanghai", "jiangyan"})
  void noCap(String name) {
    PolicyProfile profile = cn.lawfulinspection.policy.internal.ShippedProfiles.named(name);

    assertThat(cap(profile, AnnualCapQuery.planned(CreditTier.C, 10, null)).verdict().allowed()).isTrue();
    assertThat(new AnnualCapPolicy(profile).cap(AnnualCapQuery.planned(CreditTier.C, 10, 3))).isNull();
  }

  @Test
  @DisplayName("R-TK-5 yunhe 原则上: a C-tier 3rd inspection needs the head's approval and is reported; default refuses it")
  void yunheExceptionWithHeadConsent() {
    AnnualCapQuery third = AnnualCapQuery.planned(CreditTier.C, 2, null);

    AnnualCapPolicy.AnnualCapCheck yunhe = cap(Profiles.YUNHE, third);
    assertThat(yunhe.verdict().allowed()).isTrue();
    assertThat(yunhe.consent().required()).isTrue();
    assertThat(yunhe.consent().ruleId()).isEqualTo("R-TK-5");
    assertThat(yunhe.consent().reason()).contains("上限2次", "须经单位负责人批准", "报执法监督机构");
    assertThat(cap(Profiles.DEFAULT, third).verdict().refused()).isTrue();
  }

  @Test
  @DisplayName("R-TK-5 yunhe counts every on-site inspection: a complaint at a B-tier enterprise's cap needs consent; default exempts it")
  void yunheComplaintCounts() {
    AnnualCapQuery complaint = AnnualCapQuery.triggered(CreditTier.B, 1, TriggerReason.COMPLAINT);

    assertThat(TriggerReason.COMPLAINT.outsideAnnualCap(Profiles.YUNHE)).isFalse();
    assertThat(cap(Profiles.YUNHE, complaint).consent().required()).isTrue();
    assertThat(cap(Profiles.DEFAULT, complaint).verdict().allowed()).isTrue();
    assertThat(cap(Profiles.DEFAULT, complaint).consent().required()).isFalse();
  }

  @Test
  @DisplayName("R-TK-5 yunhe keeps the A-tier 免检清单: a routine inspection of an A enterprise is refused, no exception")
  void yunheATier() {
    assertThat(cap(Profiles.YUNHE, AnnualCapQuery.planned(CreditTier.A, 0, null)).verdict().refused()).isTrue();
  }

  @Test
  @DisplayName("R-TK-5 yangquan: the plan's cap with YQ 4's exempt triggers (complaint, referral, data monitoring, enterprise request)")
  void yangquanPlanCap() {
    assertThat(cap(Profiles.YANGQUAN, AnnualCapQuery.planned(CreditTier.D, 3, 3)).verdict().message())
        .contains("已达检查计划规定的上限3次");
    for (TriggerReason exempt : List.of(TriggerReason.COMPLAINT, TriggerReason.REFERRAL, TriggerReason.DATA_MONITORING,
        TriggerReason.ENTERPRISE_REQUEST)) {
      assertThat(exempt.outsideAnnualCap(Profiles.YANGQUAN)).as(exempt.name()).isTrue();
    }
    assertThat(TriggerReason.MEDIA_EXPOSURE.outsideAnnualCap(Profiles.YANGQUAN)).isFalse();
  }

  private static QuietPeriodCheck quiet(PolicyProfile profile, TriggerReason trigger, String day) {
    LocalDate d = LocalDate.parse(day);
    return new QuietPeriodPolicy(profile, CALENDAR).check(new QuietPeriodQuery(InspectionKind.AD_HOC, trigger,
        new InspectionWindow(d, d), TODAY));
  }

  @Test
  @DisplayName("R-TK-7 jiangyan exempts complaints and data anomalies (JY 2(3)); case handling and superior assignments need approval and filing")
  void jiangyanExemptions() {
    assertThat(quiet(Profiles.JIANGYAN, TriggerReason.COMPLAINT, "2026-03-05").headConsent().required()).isFalse();
    assertThat(quiet(Profiles.JIANGYAN, TriggerReason.DATA_MONITORING, "2026-03-05").headConsent().required())
        .isFalse();
    assertThat(quiet(Profiles.JIANGYAN, TriggerReason.CASE_HANDLING, "2026-03-05").filingRequired()).isTrue();
    assertThat(quiet(Profiles.JIANGYAN, TriggerReason.SUPERIOR_ASSIGNMENT, "2026-03-05").filingRequired()).isTrue();
  }

  @Test
  @DisplayName("R-TK-7 yunhe exempts complaints, case handling, superior assignments and emergencies (YH 2(3)); a data anomaly needs approval and filing")
  void yunheExemptions() {
    for (TriggerReason exempt : List.of(TriggerReason.COMPLAINT, TriggerReason.CASE_HANDLING,
        TriggerReason.SUPERIOR_ASSIGNMENT, TriggerReason.PUBLIC_SAFETY_EMERGENCY)) {
      assertThat(quiet(Profiles.YUNHE, exempt, "2026-03-24").headConsent().required()).as(exempt.name()).isFalse();
    }
    assertThat(quiet(Profiles.YUNHE, TriggerReason.DATA_MONITORING, "2026-03-24").filingRequired()).isTrue();
  }

  @ParameterizedTest(name = "R-TK-2 {0}: a task registered 3 days ahead is warned about: {1}")
  @CsvSource({"default, true", "jiangyan, true", "yangquan, false", "jiujiang, false", "yunhe, false",
      "shanghai, false"})
  void registrationLead(String name, boolean warned) {
    PolicyProfile profile = cn.lawfulinspection.policy.internal.ShippedProfiles.named(name);
    RegistrationCheck check = new RegistrationPolicy(profile).check(TaskRegistration.triggered(
        TriggerReason.COMPLAINT, List.of("a", "b"), TODAY, new InspectionWindow(TODAY.plusDays(3),
            TODAY.plusDays(3))));

    assertThat(check.verdict().allowed()).isTrue();
    assertThat(check.warnings().stream().anyMatch(w -> w.ruleId().equals("R-TK-2"))).isEqualTo(warned);
  }

  @ParameterizedTest(name = "R-NT-2 {0}: a routine task for 3 working days ahead needs the head's consent at registration: {1}")
  @CsvSource({"yunhe, true", "default, false", "jiangyan, false", "yangquan, false", "jiujiang, false",
      "shanghai, false"})
  void noticeForecast(String name, boolean consent) {
    PolicyProfile profile = cn.lawfulinspection.policy.internal.ShippedProfiles.named(name);
    LocalDate opens = CALENDAR.plusWorkingDays(TODAY, 3);

    var forecast = new NoticeLeadForecast(profile, CALENDAR).atRegistration(InspectionKind.ROUTINE, false, TODAY,
        opens);

    assertThat(forecast.isPresent()).isEqualTo(consent);
    forecast.ifPresent(f -> {
      assertThat(f.headConsent()).isTrue();
      assertThat(f.warning().message()).contains("一般不少于5个工作日", "审批同意即视为同意缩短");
    });
  }
}
