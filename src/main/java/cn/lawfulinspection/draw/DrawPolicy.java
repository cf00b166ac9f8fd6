package cn.lawfulinspection.draw;

import cn.lawfulinspection.common.Verdict;
import cn.lawfulinspection.inspector.CertificatePolicy;
import cn.lawfulinspection.inspector.Inspector;
import cn.lawfulinspection.plan.InspectionPlan;
import cn.lawfulinspection.plan.PlanType;
import java.time.LocalDate;

/**
 * R-PL-5 and R-PL-3: a double-random draw (双随机抽取) happens only under a filed routine plan (日常检查，含双随机) of the
 * caller's own agency, with room in both pools; R-MD-1: an inspector is in the pool only when the certificate is
 * valid on every day of the plan's window.
 */
public final class DrawPolicy {

  public static final String RULE = "R-PL-5";

  private DrawPolicy() {}

  /** Whether {@code agencyCode}'s staff may draw under {@code plan}. */
  public static Verdict plan(InspectionPlan plan, String agencyCode) {
    if (!plan.agencyCode().equals(agencyCode)) {
      return Verdict.refuse(RULE, "planId", "检查计划 " + plan.planNumber() + " 属于" + plan.agencyName()
          + "，只能在本单位的检查计划下进行双随机抽取。");
    }
    if (plan.filedVersion().isEmpty()) {
      return Verdict.refuse("R-PL-3", "planId", "检查计划 " + plan.planNumber()
          + " 尚未经司法局备案，不能在其下进行双随机抽取；请待计划备案后再抽取。");
    }
    if (plan.type() != PlanType.ANNUAL) {
      return Verdict.refuse(RULE, "planId", "检查计划 " + plan.planNumber() + " 的类型是" + plan.type().label()
          + "，双随机抽取只能在日常检查（含双随机）计划下进行。");
    }
    return Verdict.allow();
  }

  /** The numbers asked for: at least one enterprise, a team of at least {@code minTeam}, pools large enough. */
  public static Verdict sizes(int enterpriseCount, int teamSize, int minTeam, int enterprisePool, int inspectorPool) {
    if (enterpriseCount < 1) {
      return Verdict.refuse(RULE, "enterpriseCount", "请填写抽取的企业数量（至少 1 家）。");
    }
    if (teamSize < minTeam) {
      return Verdict.refuse("R-MD-2", "teamSize", "每个检查组的执法人员不得少于" + minTeam + "人，请调整检查组人数。");
    }
    if (enterprisePool < enterpriseCount) {
      return Verdict.refuse(RULE, "enterpriseCount", "符合条件的企业只有 " + enterprisePool + " 家，少于要抽取的 "
          + enterpriseCount + " 家；请减少抽取数量或放宽筛选条件。");
    }
    if (inspectorPool < teamSize) {
      return Verdict.refuse(RULE, "teamSize", "本单位证件在计划检查期间内有效的执法人员只有 " + inspectorPool
          + " 人，不足一个 " + teamSize + " 人的检查组；请先补充执法人员或其证件。");
    }
    return Verdict.allow();
  }

  /** R-MD-1 over the window: valid on its first and last day (a certificate's validity is one interval). */
  public static boolean qualifiedThroughout(Inspector inspector, LocalDate from, LocalDate to) {
    return CertificatePolicy.check(inspector.id(), inspector, from).allowed()
        && CertificatePolicy.check(inspector.id(), inspector, to).allowed();
  }
}
