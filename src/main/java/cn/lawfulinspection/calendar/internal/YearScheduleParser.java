package cn.lawfulinspection.calendar.internal;

import cn.lawfulinspection.common.Verdict;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Checks a year's holidays and adjusted working days and builds the {@link YearSchedule}: every date inside the
 * year, no date twice, no date both a holiday and a working day, adjusted working days only on a Saturday or Sunday.
 * Refusals are in Chinese and name the field at fault; no rule of RULES.md applies, so they carry no rule ID.
 */
final class YearScheduleParser {

  static final int MIN_YEAR = 2000;
  static final int MAX_YEAR = 2100;
  static final int MAX_NAME = 100;
  static final int MAX_SOURCE = 500;
  static final String DEFAULT_SOURCE = "管理员录入";

  private YearScheduleParser() {}

  /** The outcome: either a schedule or the first refusal. */
  record Result(YearSchedule schedule, Verdict verdict) {}

  static Result parse(int year, String source, List<DayEntry> holidays, List<DayEntry> workingDays) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return refused("year", "年份应在 " + MIN_YEAR + " 至 " + MAX_YEAR + " 之间，收到 " + year + "。");
    }
    String src = source == null || source.isBlank() ? DEFAULT_SOURCE : source.strip();
    if (src.length() > MAX_SOURCE) {
      return refused("source", "来源（通知文号）不能超过 " + MAX_SOURCE + " 个字符。");
    }
    if (holidays == null || holidays.isEmpty()) {
      return refused("holidays", "节假日列表不能为空：请按国务院办公厅的节假日安排通知逐日填写 " + year + " 年的放假日期。");
    }
    TreeMap<LocalDate, String> off = new TreeMap<>();
    for (int i = 0; i < holidays.size(); i++) {
      String field = "holidays[" + i + "]";
      Verdict v = check(year, holidays.get(i), field, "节假日", off);
      if (v.refused()) {
        return new Result(null, v);
      }
    }
    TreeMap<LocalDate, String> on = new TreeMap<>();
    List<DayEntry> worked = workingDays == null ? List.of() : workingDays;
    for (int i = 0; i < worked.size(); i++) {
      String field = "workingDays[" + i + "]";
      Verdict v = check(year, worked.get(i), field, "调休上班日", on);
      if (v.refused()) {
        return new Result(null, v);
      }
      LocalDate date = worked.get(i).date();
      if (off.containsKey(date)) {
        return refused(field + ".date", date + " 不能既是节假日又是调休上班日，请删除其中一项。");
      }
      if (!isWeekend(date)) {
        String weekday = date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA);
        return refused(field + ".date",
            "调休上班日 " + date + " 是" + weekday + "，本来就是工作日；调休上班日应为周六或周日。");
      }
    }
    return new Result(new YearSchedule(year, src, off, on), Verdict.allow());
  }

  private static Verdict check(int year, DayEntry entry, String field, String kind, TreeMap<LocalDate, String> into) {
    if (entry == null || entry.date() == null) {
      return Verdict.refuse(null, field + ".date", kind + "缺少日期（date，格式 yyyy-MM-dd）。");
    }
    LocalDate date = entry.date();
    if (date.getYear() != year) {
      return Verdict.refuse(null, field + ".date", kind + " " + date + " 不在 " + year + " 年内。");
    }
    if (into.containsKey(date)) {
      return Verdict.refuse(null, field + ".date", kind + " " + date + " 重复出现。");
    }
    String name = entry.name() == null || entry.name().isBlank() ? kind : entry.name().strip();
    if (name.length() > MAX_NAME) {
      return Verdict.refuse(null, field + ".name", kind + "名称不能超过 " + MAX_NAME + " 个字符。");
    }
    into.put(date, name);
    return Verdict.allow();
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
  }

  private static Result refused(String field, String message) {
    return new Result(null, Verdict.refuse(null, field, message));
  }
}
