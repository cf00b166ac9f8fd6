package cn.lawfulinspection.calendar.internal;

import cn.lawfulinspection.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The working-day arithmetic over a fixed set of {@link YearSchedule}s, free of Spring and the database.
 *
 * <p>A date is a working day when it is an adjusted working day (调休上班), or a Monday to Friday that is not a
 * holiday. For a year without a schedule (next year's is published each autumn) the calendar counts on the
 * {@link ProvisionalYear provisional calendar} — Monday to Friday minus the statutory holidays on fixed dates — and
 * logs a warning the first time it does so for that year.
 */
final class ScheduleCalendar implements WorkingDayCalendar {

  private static final Logger log = LoggerFactory.getLogger(ScheduleCalendar.class);

  /** Upper bound of {@link #plusWorkingDays}: ten years of working days is surely a typo. */
  static final int MAX_WORKING_DAYS = 2_500;

  private final Map<Integer, YearSchedule> years;
  private final Map<Integer, YearSchedule> provisional = new ConcurrentHashMap<>();
  private final Set<Integer> warnedYears;

  /**
   * @param schedules the known years
   * @param warnedYears the years counted on the provisional calendar so far (and warned about); shared between
   *     successive calendars so a refresh does not warn again
   */
  ScheduleCalendar(Collection<YearSchedule> schedules, Set<Integer> warnedYears) {
    this.years = schedules.stream().collect(Collectors.toUnmodifiableMap(YearSchedule::year, Function.identity()));
    this.warnedYears = warnedYears;
  }

  /** Whether the year's official schedule is stored; otherwise the year is provisional. */
  boolean isKnownYear(int year) {
    return years.containsKey(year);
  }

  Set<Integer> knownYears() {
    return new TreeSet<>(years.keySet());
  }

  /** The stored schedule of the year, or its provisional calendar (warned about the first time). */
  YearSchedule schedule(int year) {
    YearSchedule schedule = years.get(year);
    if (schedule != null) {
      return schedule;
    }
    warnOnce(year);
    return provisional.computeIfAbsent(year, ProvisionalYear::of);
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    return isWorkingDay(schedule(date.getYear()), date);
  }

  static boolean isWorkingDay(YearSchedule schedule, LocalDate date) {
    if (schedule.workingDays().containsKey(date)) {
      return true;
    }
    return !schedule.holidays().containsKey(date) && !YearScheduleParser.isWeekend(date);
  }

  @Override
  public LocalDate plusWorkingDays(LocalDate from, int n) {
    if (n < 0 || n > MAX_WORKING_DAYS) {
      throw new IllegalArgumentException("working days must be within 0.." + MAX_WORKING_DAYS + ", got " + n);
    }
    LocalDate date = from;
    int counted = 0;
    while (counted < n) {
      date = date.plusDays(1);
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    return date;
  }

  @Override
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  private void warnOnce(int year) {
    if (warnedYears.add(year)) {
      log.warn("PROVISIONAL calendar for {}: no official holiday schedule is stored, so working days are counted as "
          + "Monday to Friday minus the fixed statutory holidays (01-01, 05-01..05-02, 10-01..10-03); 春节, 清明, 端午, "
          + "中秋 and 调休 are not known until an administrator enters the year (PUT /api/calendar/years/{}). "
          + "尚未录入 {} 年节假日安排，暂按临时日历计算。", year, year, year);
    }
  }
}
