package cn.lawfulinspection.policy;

import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every {@code [parameter]} and every switch of RULES.md for one locality and one version (see the table "Policy
 * profiles" there). Bound from {@code src/main/resources/policy-profiles/<name>.json} (version 1, shipped) or from a
 * version an administrator made at run time; every value there carries the seed clause it comes from
 * ({@link #basis}). A new setting is a new component here and a key in each file (docs/policy-profiles.md).
 * {@code null} or a mode {@code NONE} means the seed sets nothing: the rule does not apply in that locality.
 *
 * @param name profile name: default, jiangyan, yangquan, jiujiang, yunhe, shanghai
 * @param locality Chinese name of the locality, for pages
 * @param seed the policy document the profile transcribes (文号), or "composite" for the default
 * @param version 1 = the shipped file; each administrator's change makes the next (set by the platform)
 * @param annualPlanDeadline R-PL-1: last day (inclusive) of the year to upload the annual plan; {@code --02-29} means
 *     the last day of February in every year; {@code null}: the locality sets none, no plan is flagged
 * @param quietPeriod R-TK-7: null when the locality has none
 * @param quietExemptTriggers R-TK-7: names of the {@code TriggerReason}s exempt from the quiet period
 * @param quietExemptReasons R-TK-7: names of the stated situations ({@code QuietExemptionReason}) exempt from the
 *     quiet period (YH 2(3)); empty where the seed lists none
 * @param bTierQuietExtraDays R-TK-7 (YH 2(6) 「延长“企业安静期”」): days the quiet period of a B-tier enterprise starts
 *     earlier; 0 where the locality has no such rule
 * @param quietRule R-TK-7: which locality's rule applies inside the quiet period (JY: routine inspections avoid it;
 *     YH: any inspection with the principal head's approval and a filing with 县综合执法办)
 * @param registrationLeadDays R-TK-2: calendar days a task is registered before the inspection (warn); null: none
 * @param noticeLead R-NT-2: whether and how the notice lead is checked
 * @param annualCap R-TK-5: whether and how the annual cap per agency and enterprise applies
 * @param minInspectors R-MD-2
 * @param postHocApprovalDays R-TK-4: working days for the head's post-hoc approval
 * @param quietFilingDays R-TK-7: working days to file a quiet-period exception
 * @param resultBackfillWorkingDays R-RS-1
 * @param sameAgencyMergeDays R-MG-2
 * @param crossAgencyMergeDays R-MG-3
 * @param guidanceReplyWorkingDays R-NT-4
 * @param overInspection R-SV-2 (JJ 7) applies: triggered inspections above the limits warn, then block
 * @param triggeredMonthlyLimit R-SV-2: triggered inspections per enterprise per month before a warning
 * @param triggeredMonthlyBlockLimit R-SV-2: triggered inspections per enterprise per month above which they are refused
 * @param planApprovalWorkingDays due date of the head's plan approval (our setting, not a seed number)
 * @param planFilingWorkingDays due date of the justice bureau's filing (our setting, not a seed number)
 * @param revisionWorkingDays due date for filling in or revising a returned plan or task (our setting)
 * @param emergencyReportWorkingDays due date of the registrant's report after an emergency inspection (R-TK-4; ours)
 * @param followUpCheckWorkingDays due date of the inspector's verification or re-check of a rectification (R-RS-4;
 *     ours); twice it reaches the justice bureau
 * @param monthlyTriggeredFiling R-SV-1 (JJ 7): triggered inspections are summarized and filed monthly
 * @param triggeredFilingWorkingDays due date of the head's submission of the monthly filing (R-SV-1; ours)
 * @param basis the seed clause (or "ours: …") of every value, by its key in the file (e.g. {@code annualCap.mode})
 */
public record PolicyProfile(
    String name,
    String locality,
    String seed,
    int version,
    MonthDay annualPlanDeadline,
    QuietPeriod quietPeriod,
    List<String> quietExemptTriggers,
    List<String> quietExemptReasons,
    int bTierQuietExtraDays,
    QuietRule quietRule,
    Integer registrationLeadDays,
    NoticeLead noticeLead,
    AnnualCap annualCap,
    int minInspectors,
    int postHocApprovalDays,
    int quietFilingDays,
    int resultBackfillWorkingDays,
    int sameAgencyMergeDays,
    int crossAgencyMergeDays,
    int guidanceReplyWorkingDays,
    boolean overInspection,
    int triggeredMonthlyLimit,
    int triggeredMonthlyBlockLimit,
    int planApprovalWorkingDays,
    int planFilingWorkingDays,
    int revisionWorkingDays,
    int emergencyReportWorkingDays,
    int followUpCheckWorkingDays,
    boolean monthlyTriggeredFiling,
    int triggeredFilingWorkingDays,
    Map<String, String> basis) {

  public PolicyProfile {
    quietExemptTriggers = quietExemptTriggers == null ? List.of() : List.copyOf(quietExemptTriggers);
    quietExemptReasons = quietExemptReasons == null ? List.of() : List.copyOf(quietExemptReasons);
    basis = basis == null ? Map.of() : Map.copyOf(basis);
  }

  public Optional<QuietPeriod> quietPeriodIfAny() {
    return Optional.ofNullable(quietPeriod);
  }

  /** R-NT-4: guidance is answered within guidanceReplyWorkingDays (JY 2(4)); false where the seed sets no period. */
  public boolean guidanceReplyDeadline() {
    return guidanceReplyWorkingDays > 0;
  }

  /** R-SV-2 applies in this profile (JJ 7; the default composite shows it too). */
  public boolean overInspectionControlled() {
    return overInspection && triggeredMonthlyBlockLimit > 0;
  }

  /** R-NT-2: the notice lead in working days; 0 where the locality sets no number (see {@link #noticeLead}). */
  public int noticeLeadWorkingDays() {
    return noticeLead.workingDays() == null ? 0 : noticeLead.workingDays();
  }

  /** R-TK-5: the tier caps; {@code null} where the locality sets none (see {@link #annualCap}). */
  public TierCaps tierCaps() {
    return annualCap.tiers();
  }

  /** R-TK-5: the cap of an enterprise not graded; {@code null} where the locality sets none. */
  public Integer defaultAnnualCap() {
    return annualCap.defaultCap();
  }

  /** R-TK-5 (YQ 4): the plan's cap is the cap. */
  public boolean planCapPrevails() {
    return annualCap.mode() == AnnualCap.Mode.PLAN_CAP;
  }

  /** R-TK-7: is a trigger (a {@code TriggerReason} name) exempt from the quiet period here? */
  public boolean quietExempt(String trigger) {
    return trigger != null && quietExemptTriggers.contains(trigger);
  }

  /** R-TK-7: is a stated situation (a {@code QuietExemptionReason} name) exempt from the quiet period here? */
  public boolean quietExemptReason(String reason) {
    return reason != null && quietExemptReasons.contains(reason);
  }

  /** The seed clause of a value, by its key ({@code annualCap.mode}); "" when none is recorded. */
  public String basisOf(String key) {
    return basis.getOrDefault(key, "");
  }

  /** The same profile as another version (used when an administrator's change is stored). */
  public PolicyProfile withVersion(int newVersion, Map<String, String> newBasis) {
    return new PolicyProfile(name, locality, seed, newVersion, annualPlanDeadline, quietPeriod, quietExemptTriggers,
        quietExemptReasons, bTierQuietExtraDays, quietRule, registrationLeadDays, noticeLead, annualCap, minInspectors,
        postHocApprovalDays,
        quietFilingDays, resultBackfillWorkingDays, sameAgencyMergeDays, crossAgencyMergeDays,
        guidanceReplyWorkingDays, overInspection, triggeredMonthlyLimit, triggeredMonthlyBlockLimit,
        planApprovalWorkingDays, planFilingWorkingDays, revisionWorkingDays, emergencyReportWorkingDays,
        followUpCheckWorkingDays, monthlyTriggeredFiling, triggeredFilingWorkingDays, newBasis);
  }

  /**
   * R-NT-2: how the notice lead is judged.
   *
   * @param mode see {@link Mode}
   * @param workingDays the lead in working days; null where the seed sets no number
   */
  public record NoticeLead(Mode mode, Integer workingDays) {

    /** Whether a number of working days is checked at all. */
    public boolean numbered() {
      return workingDays != null && (mode == Mode.WARN || mode == Mode.WARN_WITH_CONSENT || mode == Mode.BLOCK);
    }

    public enum Mode {
      /** The seed sets no notice lead (R-NT-2 does not apply). */
      NONE,
      /** A notice before the inspection, no number of days (JY, JJ; SH pushes the task to the enterprise). */
      BEFORE_INSPECTION,
      /** A shorter lead is allowed and warned about (default). */
      WARN,
      /** 一般 (YH 2(5)): a shorter lead needs the head's consent, is warned about and reported; the task goes on. */
      WARN_WITH_CONSENT,
      /** A shorter lead ends the task (NOTICE_TOO_LATE); no shipped profile uses it. */
      BLOCK
    }
  }

  /**
   * R-TK-5: the annual cap per agency, per enterprise, per year.
   *
   * @param mode see {@link Mode}
   * @param defaultCap the cap of an enterprise not yet graded (TIERS); null where none
   * @param tiers caps for credit tiers A/B/C/D (TIERS); null where none
   * @param exemptTriggers names of the {@code TriggerReason}s outside the cap: not counted, not limited
   * @param exceptionWithHeadConsent 原则上 (YH 2(6)): above the cap the head may approve an exception, which is
   *     warned about and reported, instead of a refusal
   */
  public record AnnualCap(Mode mode, Integer defaultCap, TierCaps tiers, List<String> exemptTriggers,
      boolean exceptionWithHeadConsent) {

    public AnnualCap {
      exemptTriggers = exemptTriggers == null ? List.of() : List.copyOf(exemptTriggers);
    }

    /** Is a trigger (a {@code TriggerReason} name) outside the cap here? */
    public boolean exempts(String trigger) {
      return trigger != null && exemptTriggers.contains(trigger);
    }

    public enum Mode {
      /** The seed sets no cap (JJ, SH). */
      NONE,
      /** Tier caps A/B/C/D, defaultCap for an enterprise not graded (default, YH). */
      TIERS,
      /** The cap the plan states (YQ 4); triggers of exemptTriggers are outside it. */
      PLAN_CAP,
      /** No number: lowering or exempting is the head's decision (JY 2(5), R-TK-6); 全覆盖 ignores tiers. */
      HEAD_DECIDES
    }
  }

  /** R-TK-5 caps by credit tier; {@code null} means no cap (D may exceed). */
  public record TierCaps(Integer a, Integer b, Integer c, Integer d) {}
}
