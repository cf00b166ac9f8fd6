package cn.lawfulinspection.plan;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * R-PL-1: the annual plan (日常检查) is uploaded by the profile's {@code annualPlanDeadline} of its year, the last
 * day inclusive ({@code --02-29} is the last day of February in every year: 「3月前」, JY 2(1)); a later one is
 * accepted but flagged; a profile without a deadline (JJ, YH, SH) flags nothing, and the warning is shown to the head and to supervision. Special and other plans, and
 * adjustments during the year (amendments), have no deadline.
 */
final class LatePlanPolicy {

  static final String RULE = "R-PL-1";

  private LatePlanPolicy() {}

  /**
   * @param uploadedOn the day the plan was first submitted (a resubmission after a return keeps that day)
   * @param deadline the profile's deadline; {@code null} when the locality sets none
   */
  static Lateness assess(PlanType type, int year, boolean amendment, LocalDate uploadedOn, MonthDay deadline) {
    if (type != PlanType.ANNUAL || amendment || deadline == null) {
      return Lateness.ON_TIME;
    }
    LocalDate due = deadline.atYear(year);
    if (!uploadedOn.isAfter(due)) {
      return Lateness.ON_TIME;
    }
    return new Lateness(true, "【" + RULE + " 逾期上传】" + year + " 年度日常检查计划最迟应于 " + due + "（含当日）上传，实际上传日期为 "
        + uploadedOn + "，已标记为逾期计划并报送执法监督。");
  }

  /** The answer: late or not, and the warning to show when late. */
  record Lateness(boolean late, String warning) {
    static final Lateness ON_TIME = new Lateness(false, null);
  }
}
