package cn.lawfulinspection.task;

import cn.lawfulinspection.common.Verdict;
import cn.lawfulinspection.policy.PolicyProfile;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Registration of an inspection task (登记检查任务):
 * <ul>
 *   <li>R-TK-1: a planned task names its plan and a filed (已备案) plan version; a triggered task names its trigger;
 *   <li>R-MD-2: at least {@code minInspectors} distinct inspectors are assigned;
 *   <li>R-TK-2: registered fewer than {@code registrationLeadDays} calendar days before the window opens → a
 *       warning, not a refusal; no warning where the profile sets no lead ({@code null}: only JY 3(3) sets one).
 * </ul>
 * Whether the items belong to the plan (R-MD-3) and the inspectors hold valid certificates (R-MD-1) is checked
 * where those are known.
 */
public final class RegistrationPolicy {

  private final PolicyProfile profile;

  public RegistrationPolicy(PolicyProfile profile) {
    this.profile = Objects.requireNonNull(profile, "profile");
  }

  public RegistrationCheck check(TaskRegistration task) {
    Verdict verdict = origin(task);
    if (verdict.allowed()) {
      verdict = team(task.inspectorIds());
    }
    return new RegistrationCheck(verdict, warnings(task));
  }

  private Verdict origin(TaskRegistration task) {
    if (task.origin() == null) {
      return Verdict.refuse("R-TK-1", "origin", "请选择任务来源：有计划检查须关联已备案的检查计划，触发式检查须写明触发事由。");
    }
    return switch (task.origin()) {
      case PLANNED -> planned(task);
      case TRIGGERED -> task.trigger() == null
          ? Verdict.refuse("R-TK-1", "trigger",
              "触发式检查须写明触发事由（投诉举报、转办交办、执法办案、数据监测、企业申请、媒体曝光、上级交办等），请选择后再登记。")
          : Verdict.allow();
    };
  }

  private static Verdict planned(TaskRegistration task) {
    if (task.planId() == null || task.planVersion() == null) {
      return Verdict.refuse("R-TK-1", "planId", "有计划检查须关联检查计划及其已备案的版本，请选择检查计划后再登记。");
    }
    if (!task.planVersionFiled()) {
      return Verdict.refuse("R-TK-1", "planVersion", "所选检查计划（第" + task.planVersion()
          + "版）尚未在司法局备案或已被新版本取代，不能据此登记检查任务；请待计划备案后，选择现行有效的备案版本。");
    }
    return Verdict.allow();
  }

  private Verdict team(List<String> inspectorIds) {
    long distinct = inspectorIds == null ? 0
        : inspectorIds.stream().filter(Objects::nonNull).map(String::strip).filter(id -> !id.isEmpty())
            .distinct().count();
    int min = profile.minInspectors();
    if (distinct < min) {
      return Verdict.refuse("R-MD-2", "inspectorIds", "现场检查的执法人员不得少于" + min + "人，当前只指派了" + distinct
          + "人，请再指派" + (min - distinct) + "名持有效执法证件的执法人员。");
    }
    return Verdict.allow();
  }

  private List<RuleWarning> warnings(TaskRegistration task) {
    List<RuleWarning> warnings = new ArrayList<>();
    if (task.registeredOn() != null && task.window() != null) { // R-TK-2 only where the locality sets it (JY 3(3))
      long ahead = ChronoUnit.DAYS.between(task.registeredOn(), task.window().opens());
      Integer lead = profile.registrationLeadDays();
      if (lead != null && ahead < lead) {
        warnings.add(new RuleWarning("R-TK-2", "检查任务应至少提前" + lead + "天登记：本任务登记于"
            + ChineseDates.format(task.registeredOn()) + "，检查自" + ChineseDates.format(task.window().opens())
            + "开始，仅提前" + Math.max(ahead, 0) + "天。此预警将提示审批负责人和执法监督机构。"));
      }
    }
    return warnings;
  }
}
