package cn.lawfulinspection.item;

import cn.lawfulinspection.common.Verdict;

/**
 * R-MD-3: an inspection item used in a plan or task exists, belongs to the agency that inspects, and names its legal
 * basis (法定依据) and compliance standard (合规标准).
 */
public final class ItemUsePolicy {

  public static final String RULE = "R-MD-3";
  static final String FIELD = "itemCodes";

  private ItemUsePolicy() {}

  /** {@code item} is the stored item with {@code itemCode}, or {@code null} when there is none. */
  public static Verdict check(String agencyCode, String itemCode, InspectionItem item) {
    if (item == null) {
      return refuse("检查事项“" + itemCode + "”不存在，请从本单位的检查事项清单中选择。");
    }
    String what = "检查事项“" + item.name() + "”（" + item.code() + "）";
    if (!item.agencyCode().equals(agencyCode)) {
      return refuse(what + "属于其他执法机关（" + item.agencyCode() + "），不能列入本单位（" + agencyCode + "）的计划或任务。");
    }
    boolean noBasis = item.legalBasis() == null || item.legalBasis().isBlank();
    boolean noStandard = item.complianceStandard() == null || item.complianceStandard().isBlank();
    if (noBasis && noStandard) {
      return refuse(what + "没有法定依据和合规标准，不能使用；请先补全后再列入计划或任务。");
    }
    if (noBasis) {
      return refuse(what + "没有法定依据，不能使用；请先补全法定依据后再列入计划或任务。");
    }
    if (noStandard) {
      return refuse(what + "没有合规标准，不能使用；请先补全合规标准后再列入计划或任务。");
    }
    return Verdict.allow();
  }

  private static Verdict refuse(String message) {
    return Verdict.refuse(RULE, FIELD, message);
  }
}
