package cn.lawfulinspection.result;

import cn.lawfulinspection.common.Verdict;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a result may be backfilled, checked in this order: once per task (R-RS-1), only after the scan-in
 * (R-SC-1), only by an assigned inspector holding a valid certificate (R-MD-1), every item of the task and no other
 * (R-MD-3), findings where the outcome needs them (R-RS-1), a rectification deadline after today when a problem was
 * found (R-RS-4).
 */
public final class ResultPolicy {

  static final int MAX_FINDINGS = 2000;
  static final int MAX_EVIDENCE = 2000;
  static final int MAX_REMARKS = 1000;

  private ResultPolicy() {}

  /**
   * The facts of one backfill attempt.
   *
   * @param taskItems the task's items, code → name, in the task's order
   */
  public record Attempt(String taskNumber, boolean alreadyBackfilled, boolean scannedIn, boolean actorAssigned,
      boolean actorQualified, Map<String, String> taskItems, LocalDate today) {}

  public static Verdict check(Attempt a, ResultSubmission s) {
    if (a.alreadyBackfilled()) {
      return Verdict.refuse("R-RS-1", "taskId", "检查任务 " + a.taskNumber() + " 的检查结果已回填，不能重复回填。");
    }
    if (!a.scannedIn()) {
      return Verdict.refuse("R-SC-1", "taskId", "尚未扫码入企，不能回填检查结果。请先在检查现场扫描企业专属二维码（无法扫码的登记原因和执法记录仪录像编号）。");
    }
    if (!a.actorAssigned()) {
      return Verdict.refuse("R-MD-1", "actor", "您不是检查任务 " + a.taskNumber() + " 指派的执法人员，不能回填检查结果。");
    }
    if (!a.actorQualified()) {
      return Verdict.refuse("R-MD-1", "actor", "您的行政执法证件无效（未登记、已过期或已注销），不能回填检查结果。");
    }
    List<ResultSubmission.Entry> entries = s == null || s.items() == null ? List.of() : s.items();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      ResultSubmission.Entry e = entries.get(i);
      String field = "items[" + i + "]";
      String code = e == null ? null : e.itemCode();
      if (code == null || !a.taskItems().containsKey(code)) {
        return Verdict.refuse("R-MD-3", field + ".itemCode",
            "检查事项“" + code + "”不属于检查任务 " + a.taskNumber() + "，只能回填本任务的检查事项。");
      }
      String name = a.taskItems().get(code);
      if (!seen.add(code)) {
        return Verdict.refuse("R-MD-3", field + ".itemCode", "检查事项“" + name + "”重复填写，每个事项只填一次。");
      }
      if (e.outcome() == null) {
        return Verdict.refuse("R-RS-1", field + ".outcome", "请为检查事项“" + name + "”选择检查结论：合规、发现问题或未检查。");
      }
      String findings = e.findings() == null ? "" : e.findings().strip();
      if (e.outcome().needsFindings() && findings.length() < 2) {
        return Verdict.refuse("R-RS-1", field + ".findings", e.outcome() == ItemOutcome.PROBLEM_FOUND
            ? "检查事项“" + name + "”发现问题，请写明发现的问题。"
            : "检查事项“" + name + "”未检查，请写明未检查的原因。");
      }
      if (findings.length() > MAX_FINDINGS) {
        return Verdict.refuse("R-RS-1", field + ".findings", "检查事项“" + name + "”的情况说明过长（不超过 2000 个字符）。");
      }
      if (e.evidence() != null && String.join("\n", e.evidence()).length() > MAX_EVIDENCE) {
        return Verdict.refuse("R-RS-1", field + ".evidence", "检查事项“" + name + "”的证据编号过多（合计不超过 2000 个字符）。");
      }
    }
    for (Map.Entry<String, String> item : a.taskItems().entrySet()) {
      if (!seen.contains(item.getKey())) {
        return Verdict.refuse("R-MD-3", "items", "检查事项“" + item.getValue() + "”尚未填写检查结论，每个检查事项都须回填。");
      }
    }
    boolean problems = entries.stream().anyMatch(e -> e.outcome() == ItemOutcome.PROBLEM_FOUND);
    if (problems && s.rectificationDeadline() == null) {
      return Verdict.refuse("R-RS-4", "rectificationDeadline", "发现问题时须确定整改期限（企业应在该日期前完成整改）。");
    }
    if (problems && !s.rectificationDeadline().isAfter(a.today())) {
      return Verdict.refuse("R-RS-4", "rectificationDeadline", "整改期限须晚于今天。");
    }
    if (s != null && s.remarks() != null && s.remarks().strip().length() > MAX_REMARKS) {
      return Verdict.refuse("R-RS-1", "remarks", "备注过长（不超过 1000 个字符）。");
    }
    return Verdict.allow();
  }
}
