package cn.lawfulinspection.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lawfulinspection.policy.PolicyProfile;
import cn.lawfulinspection.policy.PolicyProfile.TierCaps;
import cn.lawfulinspection.policy.QuietPeriod;
import java.time.MonthDay;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every profile against the table "Policy profiles" at the end of RULES.md ("—" = default). */
class PolicyCatalogueTest {

  private final ConfiguredPolicies policies = new ConfiguredPolicies("default");

  private PolicyProfile profile(String name) {
    return policies.byName(name);
  }

  @Test
  @DisplayName("the six profiles of RULES.md exist, in the order of its table")
  void names() {
    assertThat(policies.names()).containsExactly("default", "jiangyan", "yangquan", "jiujiang", "yunhe", "shanghai");
  }

  @ParameterizedTest(name = "R-PL-1 annual plan deadline of {0} is {1}")
  @CsvSource({"default, --03-01", "jiangyan, --03-01", "yangquan, --01-31", "jiujiang, --02-28",
      "yunhe, --03-01", "shanghai, --03-01"})
  void annualPlanDeadline(String name, String deadline) {
    assertThat(profile(name).annualPlanDeadline()).isEqualTo(MonthDay.parse(deadline));
  }

  @ParameterizedTest(name = "R-TK-7 quiet period of {0} is days {1} to {2} (0 = none)")
  @CsvSource({"default, 1, 15", "jiangyan, 1, 15", "yangquan, 0, 0", "jiujiang, 0, 0", "yunhe, 21, 31",
      "shanghai, 0, 0"})
  void quietPeriod(String name, int from, int to) {
    if (from == 0) {
      assertThat(profile(name).quietPeriod()).isNull();
      assertThat(profile(name).quietPeriodIfAny()).isEmpty();
    } else {
      assertThat(profile(name).quietPeriod()).isEqualTo(new QuietPeriod(from, to));
    }
  }

  @ParameterizedTest(name = "R-TK-2 R-NT-2 R-MG-2 R-MG-3 R-NT-4: lead, notice, merge and guidance days of {0} are 7/5/1/3/2")
  @ValueSource(strings = {"default", "jiangyan", "yangquan", "jiujiang", "yunhe", "shanghai"})
  void leadAndReplyDays(String name) {
    PolicyProfile p = profile(name);
    assertThat(p.registrationLeadDays()).isEqualTo(7);
    assertThat(p.noticeLeadWorkingDays()).isEqualTo(5);
    assertThat(p.sameAgencyMergeDays()).isEqualTo(1);
    assertThat(p.crossAgencyMergeDays()).isEqualTo(3);
    assertThat(p.guidanceReplyWorkingDays()).isEqualTo(2);
  }

  @ParameterizedTest(name = "R-SV-1 monthly filing of triggered inspections in {0}: {1} (JJ 7 only, and the composite)")
  @CsvSource({"default, true", "jiangyan, false", "yangquan, false", "jiujiang, true", "yunhe, false",
      "shanghai, false"})
  void monthlyTriggeredFiling(String name, boolean files) {
    assertThat(profile(name).monthlyTriggeredFiling()).isEqualTo(files);
    assertThat(profile(name).triggeredFilingWorkingDays()).isEqualTo(5);
  }

  @ParameterizedTest(name = "R-TK-5 annual cap of {0} is 2 with tier caps A/B/C/D = 0/1/2/none; plan cap prevails: {1}")
  @CsvSource({"default, false", "jiangyan, false", "yangquan, true", "jiujiang, false", "yunhe, false",
      "shanghai, false"})
  void caps(String name, boolean planCapPrevails) {
    PolicyProfile p = profile(name);
    assertThat(p.defaultAnnualCap()).isEqualTo(2);
    assertThat(p.tierCaps()).isEqualTo(new TierCaps(0, 1, 2, null));
    assertThat(p.planCapPrevails()).isEqualTo(planCapPrevails);
  }

  @ParameterizedTest(name = "R-MD-2 R-TK-4 R-TK-7 R-RS-1 R-SV-2: settings the seeds do not number take the defaults in {0}")
  @ValueSource(strings = {"default", "jiangyan", "yangquan", "jiujiang", "yunhe", "shanghai"})
  void unnumberedDefaults(String name) {
    PolicyProfile p = profile(name);
    assertThat(p.minInspectors()).isEqualTo(2);
    assertThat(p.postHocApprovalDays()).isEqualTo(3);
    assertThat(p.quietFilingDays()).isEqualTo(3);
    assertThat(p.resultBackfillWorkingDays()).isEqualTo(3);
    assertThat(p.triggeredMonthlyLimit()).isEqualTo(3);
    assertThat(p.planApprovalWorkingDays()).isEqualTo(3);
    assertThat(p.planFilingWorkingDays()).isEqualTo(5);
    assertThat(p.revisionWorkingDays()).isEqualTo(5);
    assertThat(p.emergencyReportWorkingDays()).isEqualTo(1);
    assertThat(p.followUpCheckWorkingDays()).isEqualTo(3);
  }

  @ParameterizedTest(name = "profile {0} carries its name and the locality {1}")
  @CsvSource({"default, 通用（默认）", "jiangyan, 泰州市姜堰区", "yangquan, 阳泉市", "jiujiang, 芜湖市鸠江区",
      "yunhe, 丽水市云和县", "shanghai, 上海市"})
  void locality(String name, String locality) {
    assertThat(profile(name).name()).isEqualTo(name);
    assertThat(profile(name).locality()).isEqualTo(locality);
  }

  @Test
  @DisplayName("the configured profile is the one in force")
  void current() {
    assertThat(new ConfiguredPolicies("yunhe").current().quietPeriod()).isEqualTo(new QuietPeriod(21, 31));
    assertThat(new ConfiguredPolicies(" yangquan ").current().name()).isEqualTo("yangquan");
  }

  @Test
  @DisplayName("an unknown profile name fails with a message listing the valid names")
  void unknown() {
    assertThatThrownBy(() -> new ConfiguredPolicies("taizhou"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("inspection.policy.profile")
        .hasMessageContaining("taizhou")
        .hasMessageContaining("default, jiangyan, yangquan, jiujiang, yunhe, shanghai");
    assertThatThrownBy(() -> policies.byName("nowhere")).isInstanceOf(IllegalArgumentException.class);
  }
}
