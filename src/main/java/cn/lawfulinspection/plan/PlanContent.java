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
 * @param partnerAgencies R-PL-6: codes of the partner agencies (联合检查单位) of a joint plan; empty otherwise
 * @param partnerItemCodes R-PL-6: codes of the partners' items that may be inspected jointly; empty otherwise
 */
public record PlanContent(
    PlanType type, Integer year, String title, List<String> itemCodes, String method, String objectScope,
    LocalDate windowStart, LocalDate windowEnd, Integer annualCap, List<String> partnerAgencies,
    List<String> partnerItemCodes) {

  public PlanContent {
    itemCodes = itemCodes == null ? List.of() : List.copyOf(itemCodes);
    partnerAgencies = partnerAgencies == null ? List.of() : List.copyOf(partnerAgencies);
    partnerItemCodes = partnerItemCodes == null ? List.of() : List.copyOf(partnerItemCodes);
  }

  /** A plan of one agency (no partners), as submitted before R-PL-6. */
  public PlanContent(PlanType type, Integer year, String title, List<String> itemCodes, String method,
      String objectScope, LocalDate windowStart, LocalDate windowEnd, Integer annualCap) {
    this(type, year, title, itemCodes, method, objectScope, windowStart, windowEnd, annualCap, List.of(), List.of());
  }

  /** R-PL-6: the plan names partner agencies. */
  public boolean joint() {
    return !partnerAgencies.isEmpty();
  }
}
