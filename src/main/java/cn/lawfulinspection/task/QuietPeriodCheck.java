package cn.lawfulinspection.task;

import cn.lawfulinspection.common.Verdict;
import java.time.LocalDate;

/**
 * The answer of {@link QuietPeriodPolicy}: refused; allowed; or allowed only with the head's approval and a filing
 * with the justice bureau (司法局备案) due by {@code filingDueBy}.
 *
 * @param verdict refused for a routine inspection inside the quiet period, otherwise allowed
 * @param headConsent whether the head must approve the exception
 * @param filingDueBy the last day for the filing, {@code null} when no filing is needed
 */
public record QuietPeriodCheck(Verdict verdict, HeadConsent headConsent, LocalDate filingDueBy) {

  static QuietPeriodCheck allowed() {
    return new QuietPeriodCheck(Verdict.allow(), HeadConsent.notRequired(), null);
  }

  static QuietPeriodCheck refused(Verdict verdict) {
    return new QuietPeriodCheck(verdict, HeadConsent.notRequired(), null);
  }

  public boolean filingRequired() {
    return filingDueBy != null;
  }

  /** The final answer once the head has (or has not) approved the exception. */
  public Verdict given(boolean headApproved) {
    return verdict.refused() ? verdict : headConsent.given(headApproved);
  }
}
