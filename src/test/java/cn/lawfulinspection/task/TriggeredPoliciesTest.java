package cn.lawfulinspection.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.common.Verdict;
import cn.lawfulinspection.policy.PolicyProfile;
import cn.lawfulinspection.policy.internal.ShippedProfiles;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of triggered inspections as pure policies, under the profiles where they differ. */
class TriggeredPoliciesTest {

  static final LocalDate DAY = LocalDate.of(2026, 6, 18);
  static final YearMonth JUNE = YearMonth.of(2026, 6);
  static final PolicyProfile JIUJIANG = ShippedProfiles.named("jiujiang");
  static final PolicyProfile JIANGYAN = ShippedProfiles.named("jiangyan");

  static TaskRequest request(TaskOrigin origin, InspectionKind kind) {
    return new TaskRequest("91320000000000000X", origin, null, null, null, null, null, kind, List.of("SCJG-001"),
        List.of("liuyang", "wangfang"), DAY, DAY, false, false, null);
  }

  @Test
  @DisplayName("R-TK-4 a planned task is never an emergency, whatever urgency it states")
  void plannedNeverEmergency() {
    Verdict v = new EmergencyPolicy().check(request(TaskOrigin.PLANNED, InspectionKind.SPECIAL)
        .withUrgency(UrgencyCategory.LIFE, "燃气泄漏"));
    assertThat(v.ruleId()).isEqualTo("R-TK-4");
    assertThat(v.field()).isEqualTo("emergency");
  }

  @Test
  @DisplayName("R-TK-4 a triggered emergency needs the urgency category and the reason in words")
  void triggeredEmergencyStatesUrgency() {
    TaskRequest r = request(TaskOrigin.TRIGGERED, InspectionKind.AD_HOC);
    assertThat(new EmergencyPolicy().check(r.withUrgency(null, "x")).field()).isEqualTo("urgency");
    assertThat(new EmergencyPolicy().check(r.withUrgency(UrgencyCategory.ENVIRONMENT, " ")).field())
        .isEqualTo("urgencyReason");
    assertThat(new EmergencyPolicy().check(r.withUrgency(UrgencyCategory.ENVIRONMENT, "污水直排河道")).allowed()).isTrue();
    assertThat(new EmergencyPolicy().check(r).allowed()).isTrue(); // not an emergency: nothing to state
  }

  @ParameterizedTest
  @ValueSource(strings = {"ROUTINE", "DOUBLE_RANDOM", "SUPERIOR_ASSIGNED", "AD_HOC"})
  @DisplayName("R-NT-3 no kind but a special inspection may be a surprise, even with a listed reason")
  void onlySpecialSurprise(String kind) {
    Verdict v = new SurprisePolicy(JIUJIANG).check(request(TaskOrigin.TRIGGERED, InspectionKind.valueOf(kind))
        .withSurprise(SurpriseReason.HIGH_RISK_HAZARD, "排查隐患"));
    assertThat(v.ruleId()).isEqualTo("R-NT-3");
    assertThat(v.message()).contains("只有专项检查");
  }

  @Test
  @DisplayName("R-NT-3 JJ 11's reasons (not disclosed by law, a superior's explicit order) count in Jiujiang, not in Jiangyan; JY 2(4)'s count in both")
  void surpriseReasonsByLocality() {
    TaskRequest special = request(TaskOrigin.PLANNED, InspectionKind.SPECIAL);
    TaskRequest superiorOrder = special.withSurprise(SurpriseReason.SUPERIOR_ORDER, "市局明确要求不事先通知");
    assertThat(new SurprisePolicy(JIUJIANG).check(superiorOrder).allowed()).isTrue();
    Verdict jy = new SurprisePolicy(JIANGYAN).check(superiorOrder);
    assertThat(jy.ruleId()).isEqualTo("R-NT-3");
    assertThat(jy.message()).contains("排查较高风险问题隐患", "不在其中").doesNotContain("依法不予公开");
    TaskRequest hazard = special.withSurprise(SurpriseReason.PREVENT_LOSS, "防止危化品泄漏");
    assertThat(new SurprisePolicy(JIANGYAN).check(hazard).allowed()).isTrue();
    assertThat(new SurprisePolicy(JIUJIANG).check(hazard).allowed()).isTrue();
    assertThat(new SurprisePolicy(JIANGYAN).check(special.withSurprise(SurpriseReason.PREVENT_LOSS, " ")).field())
        .isEqualTo("surpriseReasonText");
  }

  @Test
  @DisplayName("R-SV-2 Jiujiang (JJ 7): up to 3 triggered inspections a month pass, the 4th and 5th warn, the 6th is blocked without the justice bureau's exception")
  void overInspectionJiujiang() {
    OverInspectionPolicy policy = new OverInspectionPolicy(JIUJIANG);
    assertThat(policy.check(2, JUNE, false).warning()).isEmpty();
    assertThat(policy.check(3, JUNE, false).warning()).hasValueSatisfying(w -> {
      assertThat(w.ruleId()).isEqualTo("R-SV-2");
      assertThat(w.message()).contains("2026年6月", "第4次", "合理频次");
    });
    assertThat(policy.check(4, JUNE, false).verdict().allowed()).isTrue();
    Verdict blocked = policy.check(5, JUNE, false).verdict();
    assertThat(blocked.ruleId()).isEqualTo("R-SV-2");
    assertThat(blocked.message()).contains("第6次", "司法局", "例外编号");
    OverInspectionCheck excepted = policy.check(5, JUNE, true);
    assertThat(excepted.verdict().allowed()).isTrue();
    assertThat(excepted.exceptionUsed()).isTrue();
    assertThat(excepted.warning()).isPresent();
  }

  @Test
  @DisplayName("R-SV-2 Jiangyan's seed sets no over-inspection control: ten triggered inspections a month neither warn nor block")
  void overInspectionJiangyan() {
    OverInspectionCheck check = new OverInspectionPolicy(JIANGYAN).check(10, JUNE, false);
    assertThat(check.verdict().allowed()).isTrue();
    assertThat(check.warning()).isEmpty();
    assertThat(JIANGYAN.overInspectionControlled()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"default", "jiujiang"})
  @DisplayName("R-SV-2 applies in the default composite and Jiujiang (JJ 7) with our numbers: warn above 3, block above 5")
  void overInspectionProfiles(String name) {
    PolicyProfile p = ShippedProfiles.named(name);
    assertThat(p.overInspectionControlled()).isTrue();
    assertThat(p.triggeredMonthlyLimit()).isEqualTo(3);
    assertThat(p.triggeredMonthlyBlockLimit()).isEqualTo(5);
  }

  @ParameterizedTest
  @ValueSource(strings = {"jiangyan", "yangquan", "yunhe", "shanghai"})
  @DisplayName("R-SV-2 does not apply where the seed sets no over-inspection control (no silent borrowing of JJ 7)")
  void overInspectionOff(String name) {
    assertThat(ShippedProfiles.named(name).triggeredMonthlyBlockLimit()).isZero();
  }

  @Test
  @DisplayName("R-TK-8 off-site first: a clean off-site check refuses the item, naming it (the registration asks this for planned tasks only)")
  void offSiteFirstRefuses() {
    Verdict v = new OffSiteFirstPolicy().check(List.of(new OffSiteCheckedItem("SCJG-005", "企业年度报告公示信息抽查", true)));
    assertThat(v.ruleId()).isEqualTo("R-TK-8");
    assertThat(v.message()).contains("SCJG-005");
  }
}
