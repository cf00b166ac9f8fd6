package cn.lawfulinspection.notice;

import cn.lawfulinspection.common.Verdict;
import java.util.List;

/**
 * R-NT-1: a notice names the items, the time, the legal basis and the compliance standard of every item, the method,
 * the inspectors and a contact; the refusal names the first part missing.
 */
public final class NoticeContentPolicy {

  static final String RULE = "R-NT-1";

  public Verdict check(NoticeContent notice) {
    List<NoticeContent.Item> items = notice.items();
    if (items == null || items.isEmpty()) {
      return missing("items", "检查事项");
    }
    for (int i = 0; i < items.size(); i++) {
      NoticeContent.Item item = items.get(i);
      String which = "第" + (i + 1) + "项检查事项";
      if (blank(item.name())) {
        return missing("items[" + i + "].name", which + "的名称");
      }
      which += "“" + item.name() + "”";
      if (blank(item.legalBasis())) {
        return missing("items[" + i + "].legalBasis", which + "的法定依据");
      }
      if (blank(item.complianceStandard())) {
        return missing("items[" + i + "].complianceStandard", which + "的合规标准");
      }
    }
    if (notice.window() == null) {
      return missing("window", "检查时间");
    }
    if (blank(notice.method())) {
      return missing("method", "检查方式");
    }
    if (notice.inspectors().isEmpty() || notice.inspectors().stream().anyMatch(NoticeContentPolicy::blank)) {
      return missing("inspectors", "执法人员");
    }
    if (blank(notice.contactName()) || blank(notice.contactPhone())) {
      return missing(blank(notice.contactName()) ? "contactName" : "contactPhone", "联系人及联系电话");
    }
    return Verdict.allow();
  }

  private static Verdict missing(String field, String what) {
    return Verdict.refuse(RULE, field, "检查预告缺少" + what + "，请补充后再发送。");
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
