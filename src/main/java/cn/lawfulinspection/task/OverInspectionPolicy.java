package cn.lawfulinspection.task;

import cn.lawfulinspection.common.Verdict;
import cn.lawfulinspection.policy.PolicyProfile;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * R-SV-2 (JJ 7 「对触发式检查明显超过合理频次的进行提示，对过度检查进行阻断」), where the profile applies it: the
 * triggered inspections of one enterprise whose window opens in a month are counted across every agency (the district's
 * 智慧督 platform sees them all and the burden falls on the enterprise, whoever inspects). Above
 * {@code triggeredMonthlyLimit} the head is warned (a warning on the task, shown at approval); above
 * {@code triggeredMonthlyBlockLimit} the registration is refused unless it references the justice bureau's exception.
 * JJ 7 sets no number: the numbers are ours (3 and 5).
 */
public final class OverInspectionPolicy {

  static final String RULE = "R-SV-2";

  private final PolicyProfile profile;

  public OverInspectionPolicy(PolicyProfile profile) {
    this.profile = Objects.requireNonNull(profile, "profile");
  }

  /**
   * @param before triggered inspections of the enterprise already registered for the month (this one not included)
   * @param exceptionGiven the registration references an exception of the justice bureau
   */
  public OverInspectionCheck check(int before, YearMonth month, boolean exceptionGiven) {
    if (!profile.overInspectionControlled()) {
      return new OverInspectionCheck(Verdict.allow(), Optional.empty(), false);
    }
    int with = before + 1;
    String when = month.getYear() + "年" + month.getMonthValue() + "月";
    if (with > profile.triggeredMonthlyBlockLimit()) {
      if (!exceptionGiven) {
        return new OverInspectionCheck(Verdict.refuse(RULE, "overInspectionException", "该企业" + when + "已有" + before
            + "次触发式检查（各执法单位合计），本次将是第" + with + "次，超过每月" + profile.triggeredMonthlyBlockLimit()
            + "次的过度检查阻断标准，不能登记。如确需检查，请报司法局准予过度检查例外，并在登记时填写例外编号；也可与已登记的检查合并开展。"),
            Optional.empty(), false);
      }
      return new OverInspectionCheck(Verdict.allow(), Optional.of(new RuleWarning(RULE, "该企业" + when + "第" + with
          + "次触发式检查，超过过度检查阻断标准（每月" + profile.triggeredMonthlyBlockLimit() + "次），经司法局准予例外后登记。")),
          true);
    }
    if (with > profile.triggeredMonthlyLimit()) {
      return new OverInspectionCheck(Verdict.allow(), Optional.of(new RuleWarning(RULE, "该企业" + when + "已有" + before
          + "次触发式检查（各执法单位合计），本次为第" + with + "次，明显超过合理频次（每月" + profile.triggeredMonthlyLimit()
          + "次）。请审批负责人核实必要性，能合并的请合并检查。")), false);
    }
    return new OverInspectionCheck(Verdict.allow(), Optional.empty(), false);
  }
}
