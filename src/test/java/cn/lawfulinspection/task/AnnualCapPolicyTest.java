package cn.lawfulinspection.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.common.Verdict;
import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.policy.PolicyProfile.TierCaps;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AnnualCapPolicyTest {

  private final AnnualCapPolicy policy = new AnnualCapPolicy(Profiles.DEFAULT);

  @Test
  @DisplayName("R-TK-5 an A-tier enterprise is exempt from routine on-site inspection")
  void tierAExempt() {
    Verdict verdict = policy.check(AnnualCapQuery.planned(CreditTier.A, 0, null));

    assertThat(verdict.refused()).isTrue();
    assertThat(verdict.ruleId()).isEqualTo("R-TK-5");
    assertThat(verdict.message()).contains("信用等级为A级", "免于日常现场检查");
  }

  @Test
  @DisplayName("R-TK-5 a B-tier enterprise inspected once this year is refused, the message naming the numbers")
  void tierBAtCap() {
    Verdict verdict = policy.check(AnnualCapQuery.planned(CreditTier.B, 1, null));

    assertThat(verdict.refused()).isTrue();
    assertThat(verdict.field()).isEqualTo("enterpriseId");
    assertThat(verdict.message()).startsWith("该企业信用等级为B级，本年度本单位已现场检查1次，已达上限1次");
  }

  @Test
  @DisplayName("R-TK-5 B ≤ 1 and C ≤ 2: below the cap is allowed, at the cap refused")
  void tiersBAndC() {
    assertThat(policy.check(AnnualCapQuery.planned(CreditTier.B, 0, null)).allowed()).isTrue();
    assertThat(policy.check(AnnualCapQuery.planned(CreditTier.C, 1, null)).allowed()).isTrue();
    assertThat(policy.check(AnnualCapQuery.planned(CreditTier.C, 2, null)).message())
        .contains("C级", "已现场检查2次", "上限2次");
  }

  @Test
  @DisplayName("R-TK-5 a D-tier enterprise may exceed: the tenth inspection of the year is allowed")
  void tierDMayExceed() {
    assertThat(policy.check(AnnualCapQuery.planned(CreditTier.D, 10, null)).allowed()).isTrue();
  }

  @Test
  @DisplayName("R-TK-5 an enterprise not yet graded is held to defaultAnnualCap (2)")
  void ungraded() {
    assertThat(policy.check(AnnualCapQuery.planned(null, 1, null)).allowed()).isTrue();
    assertThat(policy.check(AnnualCapQuery.planned(null, 2, null)).message()).contains("尚未评定信用等级", "上限2次");
  }

  @ParameterizedTest(name = "R-TK-5 trigger {0} is outside the cap: a B enterprise inspected 5 times passes")
  @EnumSource(value = TriggerReason.class, names = {"COMPLAINT", "REFERRAL", "DATA_MONITORING", "ENTERPRISE_REQUEST"})
  @DisplayName("R-TK-5 complaint, referral, data monitoring and enterprise request are outside the cap")
  void triggersOutsideCap(TriggerReason trigger) {
    assertThat(trigger.outsideAnnualCap(Profiles.DEFAULT)).isTrue();
    assertThat(policy.check(AnnualCapQuery.triggered(CreditTier.B, 5, trigger)).allowed()).isTrue();
    assertThat(policy.check(AnnualCapQuery.triggered(CreditTier.A, 0, trigger)).allowed()).isTrue();
  }

  @Test
  @DisplayName("R-TK-5 media exposure is inside the cap: a B enterprise inspected once is refused")
  void mediaExposureInsideCap() {
    assertThat(TriggerReason.MEDIA_EXPOSURE.outsideAnnualCap(Profiles.DEFAULT)).isFalse();
    assertThat(policy.check(AnnualCapQuery.triggered(CreditTier.B, 1, TriggerReason.MEDIA_EXPOSURE)).refused())
        .isTrue();
  }

  @Test
  @DisplayName("R-TK-5 the A exemption covers routine inspection only: case handling of an A enterprise is held to "
      + "defaultAnnualCap")
  void tierATriggeredInsideCap() {
    assertThat(policy.check(AnnualCapQuery.triggered(CreditTier.A, 0, TriggerReason.CASE_HANDLING)).allowed())
        .isTrue();
    assertThat(policy.check(AnnualCapQuery.triggered(CreditTier.A, 2, TriggerReason.CASE_HANDLING)).message())
        .contains("上限2次");
  }

  @Test
  @DisplayName("R-TK-5 where the plan's cap does not prevail, the stricter of plan cap and tier cap applies")
  void stricterPlanCap() {
    Verdict verdict = policy.check(AnnualCapQuery.planned(CreditTier.C, 1, 1));

    assertThat(verdict.message()).contains("C级", "已现场检查1次", "已达检查计划规定的上限1次");
    assertThat(policy.cap(AnnualCapQuery.planned(CreditTier.B, 0, 3))).isEqualTo(1);
    assertThat(policy.cap(AnnualCapQuery.planned(CreditTier.D, 0, 3))).isEqualTo(3);
  }

  @Test
  @DisplayName("R-TK-5 Yangquan (PLAN_CAP): the plan's cap 2 lets a B enterprise be inspected twice; no plan cap, no cap")
  void planCapPrevails() {
    AnnualCapPolicy yangquan = new AnnualCapPolicy(Profiles.YANGQUAN);

    assertThat(yangquan.check(AnnualCapQuery.planned(CreditTier.B, 1, 2)).allowed()).isTrue();
    assertThat(yangquan.check(AnnualCapQuery.planned(CreditTier.B, 2, 2)).message())
        .contains("已现场检查2次", "已达检查计划规定的上限2次");
    // YQ 4 has no tier caps: without a plan cap nothing limits (it was the borrowed tier cap before)
    assertThat(yangquan.check(AnnualCapQuery.planned(CreditTier.B, 1, null)).allowed()).isTrue();
  }

  @Test
  @DisplayName("R-TK-5 the white list lowers the cap one tier: a white-listed C enterprise is capped like B")
  void whiteList() {
    Verdict verdict = policy.check(AnnualCapQuery.planned(CreditTier.C, 1, null).withLists(true, false));

    assertThat(verdict.message()).contains("C级（列入白名单库，按B级频次执行）", "上限1次");
    assertThat(policy.check(AnnualCapQuery.planned(CreditTier.B, 0, null).withLists(true, false)).message())
        .contains("免于日常现场检查");
  }

  @Test
  @DisplayName("R-TK-5 the key-supervision list raises the cap one tier: B is capped like C, C like D")
  void keySupervisionList() {
    assertThat(policy.check(AnnualCapQuery.planned(CreditTier.B, 1, null).withLists(false, true)).allowed())
        .isTrue();
    assertThat(policy.check(AnnualCapQuery.planned(CreditTier.C, 5, null).withLists(false, true)).allowed())
        .isTrue();
  }

  @Test
  @DisplayName("R-TK-5 the tier caps come from the profile: with B ≤ 3 a third inspection is allowed")
  void capsFromProfile() {
    AnnualCapPolicy other = new AnnualCapPolicy(
        Profiles.variant(Profiles.DEFAULT, new TierCaps(1, 3, 4, 6), 7, 2, 3));

    assertThat(other.check(AnnualCapQuery.planned(CreditTier.B, 2, null)).allowed()).isTrue();
    assertThat(other.check(AnnualCapQuery.planned(CreditTier.A, 0, null)).allowed()).isTrue();
    assertThat(other.check(AnnualCapQuery.planned(CreditTier.D, 6, null)).message()).contains("D级", "上限6次");
  }
}
