package cn.lawfulinspection.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lawfulinspection.policy.PolicyProfile;
import cn.lawfulinspection.policy.PolicyProfile.AnnualCap;
import cn.lawfulinspection.policy.PolicyProfile.NoticeLead;
import cn.lawfulinspection.policy.PolicyProfile.TierCaps;
import cn.lawfulinspection.policy.QuietPeriod;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every shipped profile against the table "Policy profiles" at the end of RULES.md, transcribed here row by row
 * (not the files' own numbers); "—" there is "the rule does not apply" here: null, mode NONE, or no number.
 */
class PolicyProfilesTest {

  private static final List<String> ALL = List.of("default", "jiangyan", "yangquan", "jiujiang", "yunhe", "shanghai");
  private final ConfiguredPolicies policies = new ConfiguredPolicies("default");

  private PolicyProfile profile(String name) {
    return policies.byName(name);
  }

  @Test
  @DisplayName("the six profiles of RULES.md exist, in the order of its table, each as version 1 of its file")
  void names() {
    assertThat(policies.names()).containsExactlyElementsOf(ALL);
    ALL.forEach(n -> assertThat(profile(n).version()).isEqualTo(1));
  }

  // RULES.md: annualPlanDeadline | 02-28/29 | 02-28/29 (「3月前」) | 01-31 | — | — | —
  @ParameterizedTest(name = "R-PL-1 annual plan deadline of {0} is {1} (none = the rule does not apply)")
  @CsvSource({"default, --02-29", "jiangyan, --02-29", "yangquan, --01-31", "jiujiang, none", "yunhe, none",
      "shanghai, none"})
  void annualPlanDeadline(String name, String deadline) {
    assertThat(profile(name).annualPlanDeadline())
        .isEqualTo(deadline.equals("none") ? null : MonthDay.parse(deadline));
  }

  // RULES.md: quiet period | days 1–15 | days 1–15 | none city-wide | none | days 21–end; longer for B tier | none
  @ParameterizedTest(name = "R-TK-7 quiet period of {0} is days {1} to {2} (0 = none), B tier {3} days longer")
  @CsvSource({"default, 1, 15, 0", "jiangyan, 1, 15, 0", "yangquan, 0, 0, 0", "jiujiang, 0, 0, 0",
      "yunhe, 21, 31, 5", "shanghai, 0, 0, 0"})
  void quietPeriod(String name, int from, int to, int bTierExtra) {
    if (from == 0) {
      assertThat(profile(name).quietPeriod()).isNull();
      assertThat(profile(name).quietExemptTriggers()).isEmpty();
    } else {
      assertThat(profile(name).quietPeriod()).isEqualTo(new QuietPeriod(from, to));
    }
    assertThat(profile(name).bTierQuietExtraDays()).isEqualTo(bTierExtra);
  }

  // RULES.md R-TK-7: JY 2(3) complaints and data anomalies; YH 2(3) emergencies, complaints, case handling, superior
  @ParameterizedTest(name = "R-TK-7 quiet-period exempt triggers of {0}: {1}")
  @CsvSource(delimiter = ';', value = {
      "jiangyan; COMPLAINT DATA_MONITORING",
      "yunhe; COMPLAINT CASE_HANDLING SUPERIOR_ASSIGNMENT PUBLIC_SAFETY_EMERGENCY",
      "default; COMPLAINT DATA_MONITORING CASE_HANDLING PUBLIC_SAFETY_EMERGENCY"})
  void quietExemptions(String name, String triggers) {
    assertThat(profile(name).quietExemptTriggers()).containsExactlyInAnyOrder(triggers.split(" "));
  }

  // RULES.md: registrationLeadDays | 7 (warn) | 7 (warn) | — | — | — | —
  @ParameterizedTest(name = "R-TK-2 registration lead of {0} is {1} days (0 = the rule does not apply)")
  @CsvSource({"default, 7", "jiangyan, 7", "yangquan, 0", "jiujiang, 0", "yunhe, 0", "shanghai, 0"})
  void registrationLead(String name, int days) {
    assertThat(profile(name).registrationLeadDays()).isEqualTo(days == 0 ? null : days);
  }

  // RULES.md: notice lead | 5 WD (warn) | notice, no number | — | notice, no number | 5 WD 一般 | push, no number
  @ParameterizedTest(name = "R-NT-2 notice lead of {0} is {1} with {2} working days (0 = no number)")
  @CsvSource({"default, WARN, 5", "jiangyan, BEFORE_INSPECTION, 0", "yangquan, NONE, 0",
      "jiujiang, BEFORE_INSPECTION, 0", "yunhe, WARN_WITH_CONSENT, 5", "shanghai, BEFORE_INSPECTION, 0"})
  void noticeLead(String name, NoticeLead.Mode mode, int days) {
    assertThat(profile(name).noticeLead()).isEqualTo(new NoticeLead(mode, days == 0 ? null : days));
  }

  // RULES.md: annual cap | 2; 0/1/2/∞ | none (head decides) | the plan's cap; YQ's exempt triggers | by list, no
  // number | 2; 0/1/2/∞, all on-site count | none (analysis only)
  @ParameterizedTest(name = "R-TK-5 annual cap of {0}: mode {1}, default cap {2}, tiers {3}, exempt {4}, 原则上 {5}")
  @CsvSource(delimiter = ';', value = {
      "default; TIERS; 2; 0/1/2/-; COMPLAINT REFERRAL DATA_MONITORING ENTERPRISE_REQUEST; false",
      "jiangyan; HEAD_DECIDES; -; -; ; false",
      "yangquan; PLAN_CAP; -; -; COMPLAINT REFERRAL DATA_MONITORING ENTERPRISE_REQUEST; false",
      "jiujiang; NONE; -; -; ; false",
      "yunhe; TIERS; 2; 0/1/2/-; ; true",
      "shanghai; NONE; -; -; ; false"})
  void annualCap(String name, AnnualCap.Mode mode, String defaultCap, String tiers, String exempt,
      boolean exception) {
    AnnualCap cap = profile(name).annualCap();
    assertThat(cap.mode()).isEqualTo(mode);
    assertThat(cap.defaultCap()).isEqualTo(defaultCap.equals("-") ? null : Integer.valueOf(defaultCap));
    assertThat(cap.tiers()).isEqualTo(tiers.equals("-") ? null : new TierCaps(0, 1, 2, null));
    assertThat(cap.exemptTriggers()).containsExactlyInAnyOrder(exempt == null ? new String[0] : exempt.split(" "));
    assertThat(cap.exceptionWithHeadConsent()).isEqualTo(exception);
  }

  // RULES.md: sameAgencyMergeDays / crossAgencyMergeDays | 1 / 3 | 1 / 3 | — | — | — | —; guidance | 2 | 2 | — …
  @ParameterizedTest(name = "R-MG-2 R-MG-3 R-NT-4 merge and guidance days of {0} are {1}/{2}/{3} (0 = none)")
  @CsvSource({"default, 1, 3, 2", "jiangyan, 1, 3, 2", "yangquan, 0, 0, 0", "jiujiang, 0, 0, 0",
      "yunhe, 0, 0, 0", "shanghai, 0, 0, 0"})
  void mergeAndGuidance(String name, int same, int cross, int guidance) {
    assertThat(profile(name).sameAgencyMergeDays()).isEqualTo(same);
    assertThat(profile(name).crossAgencyMergeDays()).isEqualTo(cross);
    assertThat(profile(name).guidanceReplyWorkingDays()).isEqualTo(guidance);
  }

  // RULES.md R-SV-1, R-SV-2: JJ 7 only (and the composite default)
  @ParameterizedTest(name = "R-SV-1 R-SV-2 monthly filing and over-inspection in {0}: {1}")
  @CsvSource({"default, true", "jiangyan, false", "yangquan, false", "jiujiang, true", "yunhe, false",
      "shanghai, false"})
  void triggeredSupervision(String name, boolean applies) {
    PolicyProfile p = profile(name);
    assertThat(p.monthlyTriggeredFiling()).isEqualTo(applies);
    assertThat(p.overInspection()).isEqualTo(applies);
    assertThat(p.triggeredMonthlyBlockLimit() > p.triggeredMonthlyLimit()).isEqualTo(applies);
  }

  @ParameterizedTest(name = "R-MD-2 R-TK-4 R-RS-1: settings no seed numbers are ours and equal in {0}")
  @ValueSource(strings = {"default", "jiangyan", "yangquan", "jiujiang", "yunhe", "shanghai"})
  void ours(String name) {
    PolicyProfile p = profile(name);
    assertThat(p.minInspectors()).isEqualTo(2);
    assertThat(p.postHocApprovalDays()).isEqualTo(3);
    assertThat(p.resultBackfillWorkingDays()).isEqualTo(3);
    assertThat(p.planApprovalWorkingDays()).isEqualTo(3);
    assertThat(p.planFilingWorkingDays()).isEqualTo(5);
    assertThat(p.revisionWorkingDays()).isEqualTo(5);
    assertThat(p.emergencyReportWorkingDays()).isEqualTo(1);
    assertThat(p.followUpCheckWorkingDays()).isEqualTo(3);
    assertThat(p.triggeredFilingWorkingDays()).isEqualTo(5);
    assertThat(p.basisOf("postHocApprovalDays")).startsWith("ours");
  }

  @ParameterizedTest(name = "every component of PolicyProfile is a key of {0}.json, and every value there names its clause")
  @ValueSource(strings = {"default", "jiangyan", "yangquan", "jiujiang", "yunhe", "shanghai"})
  void everyValueHasItsClause(String name) throws Exception {
    JsonNode file = ProfileFiles.JSON.readTree(getClass().getClassLoader()
        .getResourceAsStream("policy-profiles/" + name + ".json"));
    Set<String> components = Arrays.stream(PolicyProfile.class.getRecordComponents()).map(RecordComponent::getName)
        .filter(c -> !c.equals("version") && !c.equals("basis")).collect(Collectors.toSet());
    Set<String> keys = java.util.stream.StreamSupport.stream(
        java.util.Spliterators.spliteratorUnknownSize(file.fieldNames(), 0), false).collect(Collectors.toSet());
    assertThat(keys).isEqualTo(components);
    PolicyProfile p = profile(name);
    for (String leaf : PolicyAdministration.leaves(ProfileFiles.values(p)).keySet()) {
      String key = leaf;
      while (!p.basis().containsKey(key) && key.contains(".")) {
        key = key.substring(0, key.lastIndexOf('.'));
      }
      assertThat(p.basisOf(key)).as(name + " " + leaf).isNotBlank();
    }
    // a value the seed does not set says so: "—" or "ours"
    assertThat(p.basis()).allSatisfy((k, clause) -> assertThat(clause)
        .as(name + " " + k).matches("(?s)(—|ours|composite|JY|YQ|JJ|YH|SH|national).*"));
  }

  @Test
  @DisplayName("R-TK-5 R-TK-7 every trigger named in a profile is a TriggerReason")
  void triggersExist() {
    Set<String> known = Arrays.stream(cn.lawfulinspection.task.TriggerReason.values()).map(Enum::name)
        .collect(Collectors.toSet());
    for (String name : ALL) {
      assertThat(known).containsAll(profile(name).quietExemptTriggers());
      assertThat(known).containsAll(profile(name).annualCap().exemptTriggers());
    }
  }

  @Test
  @DisplayName("a file value without its clause stops the binding")
  void clauseRequired() throws Exception {
    ObjectNode file = (ObjectNode) ProfileFiles.JSON.readTree(getClass().getClassLoader()
        .getResourceAsStream("policy-profiles/default.json"));
    file.put("minInspectors", 3);
    assertThatThrownBy(() -> ProfileFiles.bind(file, 1, "test")).hasMessageContaining("minInspectors");
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
