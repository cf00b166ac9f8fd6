package cn.lawfulinspection.policy.internal;

import cn.lawfulinspection.policy.PolicyProfile;
import cn.lawfulinspection.policy.PolicyProfile.TierCaps;
import cn.lawfulinspection.policy.QuietPeriod;
import cn.lawfulinspection.policy.QuietRule;
import java.time.MonthDay;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shipped policy profiles, one per seed locality plus {@code default}, with the numbers of the table "Policy
 * profiles" at the end of RULES.md. Where a seed sets no number ("—") the profile takes the default. Kept as code,
 * not as a data file: a profile changes only with a new policy document, which deserves a review and the tests of
 * {@code PolicyCatalogueTest}, and the compiler checks every value (see docs/policy-profiles.md).
 */
final class PolicyCatalogue {

  /** Default quiet period: days 1–15 of each month (as JY). */
  static final QuietPeriod FIRST_HALF = new QuietPeriod(1, 15);
  /** YH: the last third of each month, day 21 to the month's end (下旬). */
  static final QuietPeriod LAST_THIRD = new QuietPeriod(21, 31);
  /** R-TK-5: A exempt from routine on-site inspection, B ≤ 1, C ≤ 2, D may exceed. */
  static final TierCaps TIER_CAPS = new TierCaps(0, 1, 2, null);

  /**
   * R-SV-2: triggered inspections of one enterprise in a month above this are refused where the profile applies the
   * rule (JJ 7 sets no number; ours: the warning comes above triggeredMonthlyLimit = 3, the block above 5).
   */
  static final int TRIGGERED_BLOCK = 5;

  /**
   * R-TK-7, YH 2(6): B-tier enterprises get a longer quiet period (「延长企业安静期」) but the seed gives no number; days 16
   * to the month's end (5 more days) is our documented placeholder for the county to set, not a seed value.
   */
  static final int B_TIER_QUIET_EXTRA_DAYS = 5;

  /** Profiles by name, in the order of the table. */
  static final Map<String, PolicyProfile> PROFILES = build();

  private PolicyCatalogue() {}

  private static Map<String, PolicyProfile> build() {
    Map<String, PolicyProfile> profiles = new LinkedHashMap<>();
    add(profiles, defaults("default", "通用（默认）")
        .monthlyTriggeredFiling(true) // R-SV-1: the composite shows every rule
        .triggeredMonthlyBlockLimit(TRIGGERED_BLOCK)); // R-SV-2, likewise
    add(profiles, defaults("jiangyan", "泰州市姜堰区"));
    add(profiles, defaults("yangquan", "阳泉市")
        .annualPlanDeadline(MonthDay.of(1, 31))
        .quietPeriod(null)
        .planCapPrevails(true)
        .guidanceReplyDeadline(false)); // R-NT-4: no answer period in YQ
    add(profiles, defaults("jiujiang", "芜湖市鸠江区")
        .annualPlanDeadline(MonthDay.of(2, 28))
        .quietPeriod(null)
        .monthlyTriggeredFiling(true) // R-SV-1: JJ 7 「按月汇总并在“智慧督”平台备案」
        .triggeredMonthlyBlockLimit(TRIGGERED_BLOCK) // R-SV-2: JJ 7 「对过度检查进行阻断」
        .guidanceReplyDeadline(false)); // R-NT-4: JJ 14 邀约制度, no answer period
    add(profiles, defaults("yunhe", "丽水市云和县")
        .quietPeriod(LAST_THIRD)
        .guidanceReplyDeadline(false) // R-NT-4: YH 2(7) 预约式指导, no answer period
        .quietRule(QuietRule.APPROVE_AND_FILE) // R-TK-7: YH 2(3)
        .bTierQuietExtraDays(B_TIER_QUIET_EXTRA_DAYS)); // R-TK-7: YH 2(6) 「延长企业安静期」
    add(profiles, defaults("shanghai", "上海市")
        .quietPeriod(null)
        .guidanceReplyDeadline(false)); // R-NT-4: no answer period in SH
    return Collections.unmodifiableMap(profiles);
  }

  private static void add(Map<String, PolicyProfile> profiles, Builder builder) {
    PolicyProfile profile = builder.build();
    profiles.put(profile.name(), profile);
  }

  /** The default column of the table, plus our own settings the seeds do not number. */
  private static Builder defaults(String name, String locality) {
    return new Builder(name, locality);
  }

  /** Starts from the defaults; each locality overrides only what its seed numbers differently. */
  private static final class Builder {
    private final String name;
    private final String locality;
    private MonthDay annualPlanDeadline = MonthDay.of(3, 1);
    private QuietPeriod quietPeriod = FIRST_HALF;
    private boolean planCapPrevails = false;
    private boolean monthlyTriggeredFiling = false;
    private int triggeredMonthlyBlockLimit = 0;
    private boolean guidanceReplyDeadline = true;
    private QuietRule quietRule = QuietRule.ROUTINE_AVOIDS;
    private int bTierQuietExtraDays = 0;

    Builder(String name, String locality) {
      this.name = name;
      this.locality = locality;
    }

    Builder annualPlanDeadline(MonthDay deadline) {
      this.annualPlanDeadline = deadline;
      return this;
    }

    Builder quietPeriod(QuietPeriod period) {
      this.quietPeriod = period;
      return this;
    }

    Builder planCapPrevails(boolean prevails) {
      this.planCapPrevails = prevails;
      return this;
    }

    Builder monthlyTriggeredFiling(boolean files) {
      this.monthlyTriggeredFiling = files;
      return this;
    }

    Builder triggeredMonthlyBlockLimit(int limit) {
      this.triggeredMonthlyBlockLimit = limit;
      return this;
    }

    Builder guidanceReplyDeadline(boolean deadline) {
      this.guidanceReplyDeadline = deadline;
      return this;
    }

    Builder quietRule(QuietRule rule) {
      this.quietRule = rule;
      return this;
    }

    Builder bTierQuietExtraDays(int days) {
      this.bTierQuietExtraDays = days;
      return this;
    }

    PolicyProfile build() {
      return new PolicyProfile(
          name,
          locality,
          annualPlanDeadline,
          quietPeriod,
          7, // registrationLeadDays (R-TK-2)
          5, // noticeLeadWorkingDays (R-NT-2)
          2, // defaultAnnualCap (R-TK-5)
          planCapPrevails,
          TIER_CAPS,
          2, // minInspectors (R-MD-2)
          3, // postHocApprovalDays (R-TK-4)
          3, // quietFilingDays (R-TK-7)
          3, // resultBackfillWorkingDays (R-RS-1)
          1, // sameAgencyMergeDays (R-MG-2)
          3, // crossAgencyMergeDays (R-MG-3)
          2, // guidanceReplyWorkingDays (R-NT-4)
          3, // triggeredMonthlyLimit (R-SV-2)
          3, // planApprovalWorkingDays
          5, // planFilingWorkingDays
          5, // revisionWorkingDays
          1, // emergencyReportWorkingDays (R-TK-4)
          3, // followUpCheckWorkingDays (R-RS-4)
          monthlyTriggeredFiling, // R-SV-1 (JJ 7)
          5, // triggeredFilingWorkingDays (R-SV-1, our setting)
          triggeredMonthlyBlockLimit, // R-SV-2 (JJ 7; 0 = the rule does not apply)
          guidanceReplyDeadline, // R-NT-4 (JY 2(4))
          quietRule, // R-TK-7
          bTierQuietExtraDays); // R-TK-7 (YH 2(6))
    }
  }
}
