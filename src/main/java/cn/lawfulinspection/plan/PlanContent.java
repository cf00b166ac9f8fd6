package cn.lawfulinspection.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * The parts of a plan that R-PL-2 requires, as submitted (any of them may be missing: the policy decides).
 *
 * @param type 类型
 * @param year 年度
 * @param title 标题
 * @param itemCodes 检查事项 (codes)
 * @param method 检查方式
 * @param objectScope 检查对象范围
 * @param windowStart 检查时间范围 start
 * @param windowEnd 检查时间范围 end
 * @param annualCap 年度频次上限 per enterprise
 */
public record PlanContent(
    PlanType type, Integer year, String title, List<String> itemCodes, String method, String objectScope,
    LocalDate windowStart, LocalDate windowEnd, Integer annualCap) {

  public PlanContent {
    itemCodes = itemCodes == null ? List.of() : List.copyOf(itemCodes);
  }
}
