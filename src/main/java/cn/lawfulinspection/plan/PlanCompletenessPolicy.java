package cn.lawfulinspection.plan;

import cn.lawfulinspection.common.Verdict;
import java.time.LocalDate;

/**
 * R-PL-2: a plan states its type, items, method, object scope, time window and per-enterprise annual cap; each part
 * present and sane. The first missing or impossible part is refused, naming the form field to fix.
 */
final class PlanCompletenessPolicy {

  static final String RULE = "R-PL-2";
  static final int MIN_YEAR = 2000;
  static final int MAX_YEAR = 2100;
  /** More than one on-site inspection a day of the same enterprise is not a plan but a typing error. */
  static final int MAX_ANNUAL_CAP = 365;

  private PlanCompletenessPolicy() {}

  static Verdict check(PlanContent plan) {
    if (plan.type() == null) {
      return refuse("planType", "请选择检查计划类型（日常检查（含双随机）、专项检查或其他有计划检查）。");
    }
    if (plan.year() == null || plan.year() < MIN_YEAR || plan.year() > MAX_YEAR) {
      return refuse("planYear", "请填写计划年度（四位数字，例如 2026）。");
    }
    if (blank(plan.title())) {
      return refuse("planTitle", "请填写计划标题。");
    }
    if (plan.itemCodes().isEmpty() || plan.itemCodes().stream().anyMatch(PlanCompletenessPolicy::blank)) {
      return refuse("planItems", "请至少选择一项检查事项。");
    }
    if (blank(plan.method())) {
      return refuse("inspectionMethod", "请填写检查方式。");
    }
    if (blank(plan.objectScope())) {
      return refuse("objectScope", "请填写检查对象范围。");
    }
    if (plan.windowStart() == null) {
      return refuse("windowStart", "请填写检查时间范围的开始日期。");
    }
    if (plan.windowEnd() == null) {
      return refuse("windowEnd", "请填写检查时间范围的结束日期。");
    }
    if (plan.windowStart().isAfter(plan.windowEnd())) {
      return refuse("windowEnd", "检查时间范围的结束日期不能早于开始日期。");
    }
    LocalDate first = LocalDate.of(plan.year(), 1, 1);
    LocalDate last = LocalDate.of(plan.year(), 12, 31);
    if (plan.windowStart().isBefore(first) || plan.windowEnd().isAfter(last)) {
      return refuse("windowStart", "检查时间范围须在计划年度 " + plan.year() + " 年之内（" + first + " 至 " + last + "）。");
    }
    if (plan.annualCap() == null) {
      return refuse("annualCap", "请填写每家企业的年度检查频次上限。");
    }
    if (plan.annualCap() < 0 || plan.annualCap() > MAX_ANNUAL_CAP) {
      return refuse("annualCap", "年度频次上限须为 0 到 " + MAX_ANNUAL_CAP + " 之间的整数。");
    }
    return Verdict.allow();
  }

  private static Verdict refuse(String field, String message) {
    return Verdict.refuse(RULE, field, "检查计划内容不完整：" + message);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
