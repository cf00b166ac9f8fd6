package cn.lawfulinspection.notice;

import cn.lawfulinspection.task.InspectionWindow;
import java.util.List;

/**
 * What a notice to the enterprise (检查预告) says, R-NT-1.
 *
 * @param items the items to be inspected, each with its legal basis and compliance standard
 * @param window when the inspection takes place
 * @param method how it is done (检查方式), e.g. 现场检查、查阅资料
 * @param contactName who to contact at the agency
 * @param contactPhone how to reach them
 * @param inspectors the inspectors who will come (执法人员), each as 姓名（执法证号 …）, R-NT-1
 */
public record NoticeContent(List<Item> items, InspectionWindow window, String method, String contactName,
    String contactPhone, List<String> inspectors) {

  public NoticeContent {
    inspectors = inspectors == null ? List.of() : List.copyOf(inspectors);
  }

  /**
   * One item of the notice.
   *
   * @param name the item (检查事项)
   * @param legalBasis its legal basis (法定依据)
   * @param complianceStandard what compliance looks like (合规标准)
   */
  public record Item(String name, String legalBasis, String complianceStandard) {}
}
