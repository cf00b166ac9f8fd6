package cn.lawfulinspection.task;

import cn.lawfulinspection.policy.PolicyProfile;
import cn.lawfulinspection.policy.PolicyProfile.TierCaps;
import cn.lawfulinspection.policy.internal.ShippedProfiles;

/** Shipped profiles, and variants that prove the policies read their numbers from the profile. */
final class Profiles {

  static final PolicyProfile DEFAULT = ShippedProfiles.named("default");
  static final PolicyProfile YANGQUAN = ShippedProfiles.named("yangquan");
  static final PolicyProfile YUNHE = ShippedProfiles.named("yunhe");
  static final PolicyProfile JIANGYAN = ShippedProfiles.named("jiangyan");
  static final PolicyProfile JIUJIANG = ShippedProfiles.named("jiujiang");
  static final PolicyProfile SHANGHAI = ShippedProfiles.named("shanghai");

  private Profiles() {}

  /** {@code base} with other tier caps and other lead, team and filing numbers. */
  static PolicyProfile variant(PolicyProfile base, TierCaps caps, int registrationLeadDays, int minInspectors,
      int quietFilingDays) {
    PolicyProfile p = base;
    PolicyProfile.AnnualCap cap = p.annualCap();
    return new PolicyProfile(p.name(), p.locality(), p.seed(), p.version(), p.annualPlanDeadline(), p.quietPeriod(),
        p.quietExemptTriggers(), p.quietExemptReasons(), p.bTierQuietExtraDays(), p.quietRule(), registrationLeadDays, p.noticeLead(),
        new PolicyProfile.AnnualCap(cap.mode(), cap.defaultCap(), caps, cap.exemptTriggers(),
            cap.exceptionWithHeadConsent()),
        minInspectors, p.postHocApprovalDays(), quietFilingDays, p.resultBackfillWorkingDays(),
        p.sameAgencyMergeDays(), p.crossAgencyMergeDays(), p.guidanceReplyWorkingDays(), p.overInspection(),
        p.triggeredMonthlyLimit(), p.triggeredMonthlyBlockLimit(), p.planApprovalWorkingDays(),
        p.planFilingWorkingDays(), p.revisionWorkingDays(), p.emergencyReportWorkingDays(),
        p.followUpCheckWorkingDays(), p.monthlyTriggeredFiling(), p.triggeredFilingWorkingDays(), p.basis());
  }
}
