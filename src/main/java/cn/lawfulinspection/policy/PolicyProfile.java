package cn.lawfulinspection.policy;

import java.time.MonthDay;
import java.util.Optional;

/**
 * Every {@code [parameter]} of RULES.md for one locality (see the table "Policy profiles" there).
 *
 * @param name profile name: default, jiangyan, yangquan, jiujiang, yunhe, shanghai
 * @param locality Chinese name of the locality, for pages
 * @param annualPlanDeadline R-PL-1: annual plans uploaded after this day of the year are flagged
 * @param quietPeriod R-TK-7: null when the locality has none
 * @param registrationLeadDays R-TK-2: calendar days a task is registered before the inspection
 * @param noticeLeadWorkingDays R-NT-2
 * @param defaultAnnualCap R-TK-5: per agency, per enterprise, per year
 * @param planCapPrevails R-TK-5 (YQ): the plan's cap, when it states one, prevails over the tier caps
 * @param tierCaps R-TK-5: caps for credit tiers A/B/C/D; null entry = no cap
 * @param minInspectors R-MD-2
 * @param postHocApprovalDays R-TK-4: working days for the head's post-hoc approval
 * @param quietFilingDays R-TK-7: working days to file a quiet-period exception
 * @param resultBackfillWorkingDays R-RS-1
 * @param sameAgencyMergeDays R-MG-2
 * @param crossAgencyMergeDays R-MG-3
 * @param guidanceReplyWorkingDays R-NT-4
 * @param triggeredMonthlyLimit R-SV-2: triggered inspections per enterprise per month before a warning
 * @param planApprovalWorkingDays due date of the head's plan approval (our setting, not a seed number)
 * @param planFilingWorkingDays due date of the justice bureau's filing (our setting, not a seed number)
 * @param revisionWorkingDays due date for filling in or revising a returned plan or task (our setting)
 * @param emergencyReportWorkingDays due date of the registrant's report after an emergency inspection (R-TK-4; our
 *     setting: the post-hoc period of postHocApprovalDays starts after the report)
 * @param followUpCheckWorkingDays due date of the inspector's verification or re-check of a rectification (R-RS-4;
 *     our setting); twice it reaches the justice bureau
 * @param monthlyTriggeredFiling R-SV-1 (JJ 7): each agency summarizes its triggered inspections monthly and files the
 *     summary with the justice bureau; false where the locality's seed does not ask for it
 * @param triggeredFilingWorkingDays due date of the head's submission of the monthly filing (R-SV-1; our setting, not
 *     a seed number); the justice bureau's acknowledgement is due planFilingWorkingDays later
 * @param triggeredMonthlyBlockLimit R-SV-2 (JJ 7 「对过度检查进行阻断」): triggered inspections of one enterprise (all
 *     agencies) in a month above this number are refused unless the justice bureau grants an exception; 0 where the
 *     locality's seed does not ask for R-SV-2 (then neither the warning above triggeredMonthlyLimit nor the block
 *     applies). JJ 7 sets no number: 5 is ours
 * @param guidanceReplyDeadline R-NT-4: whether guidanceReplyWorkingDays applies (JY 2(4) and the default); false where
 *     the seed sets no answer period (YQ, JJ, YH, SH): guidance is answered without a deadline timer there
 * @param quietRule R-TK-7: which locality's quiet-period rule applies inside {@code quietPeriod}
 * @param bTierQuietExtraDays R-TK-7 (YH 2(6) 「延长企业安静期」): days the quiet period of a B-tier enterprise starts
 *     earlier; 0 where not applicable
 */
public record PolicyProfile(
    String name,
    String locality,
    MonthDay annualPlanDeadline,
    QuietPeriod quietPeriod,
    int registrationLeadDays,
    int noticeLeadWorkingDays,
    int defaultAnnualCap,
    boolean planCapPrevails,
    TierCaps tierCaps,
    int minInspectors,
    int postHocApprovalDays,
    int quietFilingDays,
    int resultBackfillWorkingDays,
    int sameAgencyMergeDays,
    int crossAgencyMergeDays,
    int guidanceReplyWorkingDays,
    int triggeredMonthlyLimit,
    int planApprovalWorkingDays,
    int planFilingWorkingDays,
    int revisionWorkingDays,
    int emergencyReportWorkingDays,
    int followUpCheckWorkingDays,
    boolean monthlyTriggeredFiling,
    int triggeredFilingWorkingDays,
    int triggeredMonthlyBlockLimit,
    boolean guidanceReplyDeadline,
    QuietRule quietRule,
    int bTierQuietExtraDays) {

  /** R-SV-2 applies in this profile (JJ 7; the default composite shows it too). */
  public boolean overInspectionControlled() {
    return triggeredMonthlyBlockLimit > 0;
  }

  public Optional<QuietPeriod> quietPeriodIfAny() {
    return Optional.ofNullable(quietPeriod);
  }

  /**
   * R-TK-5 caps by credit tier; {@code null} means no cap (D may exceed).
   */
  public record TierCaps(Integer a, Integer b, Integer c, Integer d) {}
}
