package cn.lawfulinspection.task;

import cn.lawfulinspection.common.Verdict;
import java.util.List;

/**
 * R-TK-8, off-site first (非现场检查优先): an item already checked off-site without finding a violation is not
 * inspected on site; the refusal names every such item so they can be taken off the task.
 */
public final class OffSiteFirstPolicy {

  static final String RULE = "R-TK-8";

  public Verdict check(List<OffSiteCheckedItem> items) {
    List<OffSiteCheckedItem> clear = items.stream().filter(OffSiteCheckedItem::offSiteFoundNoViolation).toList();
    if (clear.isEmpty()) {
      return Verdict.allow();
    }
    String names = String.join("、", clear.stream().map(i -> "“" + i.name() + "”（" + i.code() + "）").toList());
    return Verdict.refuse(RULE, "itemCodes", "以下检查事项已通过非现场检查且未发现违法行为，不得再进行现场检查："
        + names + "。请从本次检查任务中移除这些事项。");
  }
}
