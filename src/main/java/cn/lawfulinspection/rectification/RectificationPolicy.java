package cn.lawfulinspection.rectification;

import cn.lawfulinspection.common.Verdict;
import cn.lawfulinspection.task.ChineseDates;
import java.time.LocalDate;
import java.util.List;

/**
 * R-RS-4 (整改): what may be opened, reported and checked, free of Spring and the engine.
 * <ul>
 *   <li>a rectification has a deadline that is not in the past;
 *   <li>the enterprise reports while it is open, once per round, with a text and at most {@value #MAX_EVIDENCE}
 *       evidence references;
 *   <li>an assigned inspector (R-MD-1: with a valid certificate) verifies after the report, or once the deadline
 *       passed; a re-check (复查) needs a day after today and a remark;
 *   <li>the re-check decides: rectified, or not (with a remark) and handed to case handling.
 * </ul>
 */
public final class RectificationPolicy {

  public static final String RULE = "R-RS-4";
  static final int MIN_REPORT = 5;
  static final int MAX_REPORT = 2000;
  static final int MAX_EVIDENCE = 10;
  static final int MAX_EVIDENCE_LENGTH = 200;
  static final int MAX_REMARK = 1000;

  /** The inspector who checks: assigned to the task, and holding a valid certificate today (R-MD-1). */
  public record Checker(boolean assigned, boolean qualified) {}

  public Verdict open(LocalDate deadline, LocalDate today) {
    if (deadline == null) {
      return Verdict.refuse(RULE, "rectificationDeadline", "发现问题须责令限期整改：请填写整改期限（yyyy-MM-dd）。");
    }
    if (deadline.isBefore(today)) {
      return Verdict.refuse(RULE, "rectificationDeadline", "整改期限" + ChineseDates.format(deadline)
          + "早于今天，请给企业留出合理的整改时间。");
    }
    return Verdict.allow();
  }

  public Verdict report(RectificationStatus status, boolean roundReported, String text, List<String> evidence) {
    if (status.closed()) {
      return Verdict.refuse(RULE, "report", "本次整改已结束（" + status.label()
          + "），不能再报告整改情况；如有异议，可联系执法机关或向司法局（行政执法监督机构）反映。");
    }
    if (roundReported) {
      return Verdict.refuse(RULE, "report", "整改情况已报告，正在等待执法人员核查；如需补充材料，请联系检查的执法人员。");
    }
    String t = text == null ? "" : text.strip();
    if (t.codePointCount(0, t.length()) < MIN_REPORT) {
      return Verdict.refuse(RULE, "report", "请填写整改情况（至少 " + MIN_REPORT + " 个字）：针对发现的问题做了哪些整改、何时完成。");
    }
    if (t.length() > MAX_REPORT) {
      return Verdict.refuse(RULE, "report", "整改情况过长（不超过 " + MAX_REPORT + " 个字），请精简后再提交。");
    }
    List<String> refs = evidence == null ? List.of() : evidence;
    if (refs.size() > MAX_EVIDENCE) {
      return Verdict.refuse(RULE, "evidence", "整改佐证材料最多 " + MAX_EVIDENCE + " 项，请合并后再提交。");
    }
    if (refs.stream().anyMatch(r -> r == null || r.isBlank() || r.strip().length() > MAX_EVIDENCE_LENGTH)) {
      return Verdict.refuse(RULE, "evidence", "每项整改佐证材料须填写名称或编号（不超过 " + MAX_EVIDENCE_LENGTH + " 个字），不能为空。");
    }
    return Verdict.allow();
  }

  /** The verification (核查整改情况) after the report or the deadline. */
  public Verdict verify(RectificationStatus status, LocalDate deadline, LocalDate today, Checker checker,
      CheckVerdict verdict, String remark, LocalDate recheckDate) {
    Verdict who = checker(checker, today);
    if (who.refused()) {
      return who;
    }
    if (status.closed() || status == RectificationStatus.RECHECK_SCHEDULED) {
      return Verdict.refuse(RULE, "taskId", "整改当前状态为“" + status.label() + "”，不在待核查阶段。");
    }
    if (!status.verifiable() && !today.isAfter(deadline)) {
      return Verdict.refuse(RULE, "taskId", "企业尚未报告整改情况，整改期限（" + ChineseDates.format(deadline)
          + "）也未届满，暂不能核查；请待企业报告或期限届满后再核查。");
    }
    if (verdict == CheckVerdict.RECTIFIED) {
      return remarkLength(remark);
    }
    if (verdict != CheckVerdict.RECHECK) {
      return Verdict.refuse(RULE, "verdict", "请选择核查结论：整改到位，或安排复查。");
    }
    return recheck(today, remark, recheckDate);
  }

  /** The on-site re-check (现场复查). */
  public Verdict recheck(RectificationStatus status, LocalDate today, Checker checker, Boolean rectified,
      String remark) {
    Verdict who = checker(checker, today);
    if (who.refused()) {
      return who;
    }
    if (status != RectificationStatus.RECHECK_SCHEDULED) {
      return Verdict.refuse(RULE, "taskId", "整改当前状态为“" + status.label() + "”，没有待进行的现场复查。");
    }
    if (rectified == null) {
      return Verdict.refuse(RULE, "rectified", "请选择复查结论：整改到位，或仍未整改（移交立案处理）。");
    }
    if (!rectified && blank(remark)) {
      return Verdict.refuse(RULE, "remark", "复查仍未整改的，须写明未整改的问题，作为移交立案处理的依据。");
    }
    return remarkLength(remark);
  }

  private static Verdict recheck(LocalDate today, String remark, LocalDate recheckDate) {
    if (recheckDate == null || !recheckDate.isAfter(today)) {
      return Verdict.refuse(RULE, "recheckDate", "安排复查须填写复查日期，且复查日期须晚于今天"
          + (recheckDate == null ? "。" : "（所填为" + ChineseDates.format(recheckDate) + "）。"));
    }
    if (blank(remark)) {
      return Verdict.refuse(RULE, "remark", "安排复查的，须写明尚未整改到位的问题，企业将看到此说明。");
    }
    return remarkLength(remark);
  }

  private static Verdict checker(Checker checker, LocalDate today) {
    if (!checker.assigned()) {
      return Verdict.refuse(RULE, "actor", "您不是该检查任务指派的执法人员，不能核查或复查其整改情况；请由检查该企业的执法人员办理。");
    }
    if (!checker.qualified()) {
      return Verdict.refuse("R-MD-1", "actor", "您的行政执法证件在" + ChineseDates.format(today)
          + "无效（未持证、已过期或已被吊销），不能核查整改情况；请由持有效证件的执法人员办理。");
    }
    return Verdict.allow();
  }

  private static Verdict remarkLength(String remark) {
    return remark != null && remark.strip().length() > MAX_REMARK
        ? Verdict.refuse(RULE, "remark", "核查意见过长（不超过 " + MAX_REMARK + " 个字）。")
        : Verdict.allow();
  }

  private static boolean blank(String text) {
    return text == null || text.strip().length() < 2;
  }
}
