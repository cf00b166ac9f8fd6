package cn.lawfulinspection.task;

import cn.lawfulinspection.common.Verdict;
import cn.lawfulinspection.policy.PolicyProfile;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * R-NT-3 (JY 2(4), JJ 11): no kind of task skips the notice by itself; a special inspection (专项检查) may be a surprise
 * (突击检查, no notice) only with a reason from the seed's list ({@link SurpriseReason#allowed}) stated in words, and the
 * head's consent — the head's approval of the task, to which the reason is shown as a warning.
 */
public final class SurprisePolicy {

  static final String RULE = "R-NT-3";

  private final PolicyProfile profile;

  public SurprisePolicy(PolicyProfile profile) {
    this.profile = Objects.requireNonNull(profile, "profile");
  }

  public Verdict check(TaskRequest r) {
    if (!r.surprise()) {
      return Verdict.allow();
    }
    if (r.kind() != InspectionKind.SPECIAL) {
      return Verdict.refuse(RULE, "surprise", (r.kind() == null ? "该类" : r.kind().label())
          + "不能突击检查：只有专项检查在规定情形下、经单位负责人同意才可不发检查预告。请取消“突击检查”。");
    }
    String allowed = SurpriseReason.allowed(profile).stream().map(SurpriseReason::label)
        .collect(Collectors.joining("、"));
    if (r.surpriseReason() == null || !r.surpriseReason().allowedIn(profile)) {
      return Verdict.refuse(RULE, "surpriseReason", "突击检查须选择本地规定的不予预告情形（" + allowed + "）"
          + (r.surpriseReason() == null ? "" : "；“" + r.surpriseReason().label() + "”不在其中") + "。");
    }
    if (r.surpriseReasonText() == null || r.surpriseReasonText().isBlank()) {
      return Verdict.refuse(RULE, "surpriseReasonText", "突击检查须写明不予预告的具体理由，报单位负责人同意。");
    }
    return Verdict.allow();
  }

  /** The warning that asks the head's consent at approval, with the stated reason. */
  static RuleWarning consentAsked(TaskRequest r) {
    return new RuleWarning(RULE, "突击检查，不发检查预告：" + r.surpriseReason().label() + "（" + r.surpriseReasonText().strip()
        + "）。单位负责人审批同意即同意不予预告。");
  }
}
