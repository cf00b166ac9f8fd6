package cn.lawfulinspection.filing;

import cn.lawfulinspection.common.PlatformClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A monthly filing of one agency's triggered inspections (触发式检查月度备案, R-SV-1, JJ 7): the triggered tasks the
 * agency registered in {@code month}, as they stood when the platform summarized them, and who submitted and
 * acknowledged the filing, when.
 *
 * @param submitDue the head's submission is due on this day (triggeredFilingWorkingDays after the summary)
 * @param acknowledgeDue the justice bureau's acknowledgement is due on this day; null until submitted
 * @param submissionOverdueAt when the platform reported the late submission to the justice bureau; null if never
 * @param acknowledgementOverdueAt when the platform reminded the justice bureau of its late acknowledgement
 */
public record TriggeredFiling(
    long id, String filingNumber, String agencyCode, String agencyName, YearMonth month, FilingStatus status,
    Instant openedAt, LocalDate submitDue, String submittedBy, Instant submittedAt, String reportRemarks,
    LocalDate acknowledgeDue, String acknowledgedBy, Instant acknowledgedAt, String filingRemarks,
    Instant submissionOverdueAt, Instant acknowledgementOverdueAt, List<Line> tasks) {

  /** One triggered task: number, trigger (触发事由), enterprise, window and its status when summarized. */
  public record Line(String taskNumber, String trigger, String triggerDescription, String enterpriseCode,
      String enterpriseName, LocalDate windowStart, LocalDate windowEnd, String status) {}

  public int taskCount() {
    return tasks.size();
  }

  /** Tasks per trigger (触发事由), in the order they first occur. */
  public Map<String, Integer> byTrigger() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    tasks.forEach(l -> counts.merge(l.trigger(), 1, Integer::sum));
    return counts;
  }

  /** Tasks per enterprise ({@code 名称（统一社会信用代码）}), in the order they first occur. */
  public Map<String, Integer> byEnterprise() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    tasks.forEach(l -> counts.merge(l.enterpriseName() + "（" + l.enterpriseCode() + "）", 1, Integer::sum));
    return counts;
  }

  /** Whether the head submitted on time, as supervision reads it on {@code today}. */
  public Timeliness timeliness(LocalDate today) {
    if (submittedAt != null) {
      return submittedAt.atZone(PlatformClock.CHINA).toLocalDate().isAfter(submitDue)
          ? Timeliness.LATE : Timeliness.ON_TIME;
    }
    return today.isAfter(submitDue) ? Timeliness.OVERDUE : Timeliness.NOT_SUBMITTED;
  }

  /** The summary the head and the justice bureau read in Tasklist. */
  /**
   * The summary as the Tasklist forms show it, cut to {@value #FORM_TEXT_LIMIT} characters at a line end: a process
   * variable of type String holds at most 4000 characters, and an agency's month may list hundreds of tasks. The cut
   * says how many lines are left out and where the whole list is (supervision's listing).
   */
  public String summaryText() {
    String full = text(FORM_ENTERPRISES);
    if (full.length() <= FORM_TEXT_LIMIT) {
      return full;
    }
    String suffix = "\n……（以下 %d 行未列出，完整清单见司法局监督页面：触发式检查月度备案 " + month + "）";
    int cut = full.lastIndexOf('\n', FORM_TEXT_LIMIT - suffix.length() - 8);
    long omitted = full.substring(cut).chars().filter(c -> c == '\n').count();
    return full.substring(0, cut) + suffix.formatted(omitted);
  }

  /** At most this many characters of the summary go into the forms' variable (a String variable holds 4000). */
  public static final int FORM_TEXT_LIMIT = 3000;

  /** The forms name at most this many enterprises, those inspected most often first. */
  static final int FORM_ENTERPRISES = 20;

  /** The whole summary: counts, by trigger, by enterprise, and every task. */
  public String fullSummaryText() {
    return text(Integer.MAX_VALUE);
  }

  private String text(int enterprises) {
    StringBuilder s = new StringBuilder()
        .append("备案编号：").append(filingNumber)
        .append("\n报送单位：").append(agencyName).append("（").append(agencyCode).append("）")
        .append("\n所属月份：").append(month.getYear()).append("年").append(month.getMonthValue()).append("月")
        .append("\n触发式检查：").append(taskCount()).append(" 次");
    if (tasks.isEmpty()) {
      return s.append("（本月无触发式检查，零报告）").toString();
    }
    s.append("\n按触发事由：");
    byTrigger().forEach((k, v) -> s.append(k).append(" ").append(v).append(" 次；"));
    s.append("\n按检查对象：");
    Map<String, Integer> byEnterprise = byEnterprise();
    byEnterprise.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(enterprises)
        .forEach(e -> s.append(e.getKey()).append(" ").append(e.getValue()).append(" 次；"));
    if (byEnterprise.size() > enterprises) {
      s.append("等，共 ").append(byEnterprise.size()).append(" 家企业");
    }
    s.append("\n检查清单：");
    for (Line l : tasks) {
      s.append("\n- ").append(l.taskNumber()).append(" ｜ ").append(l.trigger())
          .append(l.triggerDescription() == null ? "" : "：" + l.triggerDescription())
          .append(" ｜ ").append(l.enterpriseName()).append(" ｜ ").append(l.windowStart())
          .append(l.windowEnd().equals(l.windowStart()) ? "" : " 至 " + l.windowEnd())
          .append(" ｜ ").append(l.status());
    }
    return s.toString();
  }

  /** Supervision's reading of the head's submission (R-SV-1). */
  public enum Timeliness {
    ON_TIME("按时报送"),
    LATE("逾期报送"),
    OVERDUE("逾期未报送"),
    NOT_SUBMITTED("未报送（未到期）");

    private final String label;

    Timeliness(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
