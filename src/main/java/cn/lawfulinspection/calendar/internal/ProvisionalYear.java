package cn.lawfulinspection.calendar.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The calendar of a year whose official schedule is not stored yet (the State Council General Office publishes next
 * year's holidays and 调休 each autumn; until an administrator enters it): Monday to Friday are worked, and the public
 * holidays whose dates the law itself fixes are off — 《全国年节及纪念日放假办法》 art. 2 as amended in 2024 (国务院令第
 * 795号, in force from 2025): 元旦 1 January, 劳动节 1–2 May, 国庆节 1–3 October.
 *
 * <p>Nothing else is assumed: 春节 (除夕 and the first three days of the lunar year), 清明节, 端午节 and 中秋节 follow the
 * lunar calendar or a solar term, and the bridging days and worked weekends (调休) are only known from the notice.
 * The platform does not guess them; the year stays flagged as provisional (logs, calendar API) until the notice is
 * entered with {@code PUT /api/calendar/years/{year}}, which replaces it at once.
 */
final class ProvisionalYear {

  /** What {@code source} says for a provisional year (kept within {@link YearScheduleParser#MAX_SOURCE}). */
  static final String SOURCE = "临时日历（尚未录入国务院办公厅的节假日安排）：周一至周五上班；仅按《全国年节及纪念日放假办法》第二条的"
      + "固定日期放假（元旦1月1日，劳动节5月1日、2日，国庆节10月1日至3日）；春节、清明节、端午节、中秋节及调休上班日尚未计入";

  /** The statutory holidays on fixed Gregorian dates, in order. */
  static final Map<MonthDay, String> FIXED_HOLIDAYS = Map.of(
      MonthDay.of(1, 1), "元旦",
      MonthDay.of(5, 1), "劳动节",
      MonthDay.of(5, 2), "劳动节",
      MonthDay.of(10, 1), "国庆节",
      MonthDay.of(10, 2), "国庆节",
      MonthDay.of(10, 3), "国庆节");

  private ProvisionalYear() {}

  /** The provisional schedule of {@code year}: the fixed statutory holidays, no adjusted working days. */
  static YearSchedule of(int year) {
    List<DayEntry> holidays = new ArrayList<>();
    FIXED_HOLIDAYS.keySet().stream().sorted()
        .forEach(day -> holidays.add(new DayEntry(day.atYear(year), FIXED_HOLIDAYS.get(day))));
    YearScheduleParser.Result parsed = YearScheduleParser.parse(year, SOURCE, holidays, List.of());
    parsed.verdict().orThrow();
    return parsed.schedule();
  }

  /** The days of the year whose working status differs between the provisional calendar and {@code official}. */
  static List<LocalDate> differences(YearSchedule official) {
    YearSchedule provisional = of(official.year());
    List<LocalDate> changed = new ArrayList<>();
    for (LocalDate d = LocalDate.of(official.year(), 1, 1); d.getYear() == official.year(); d = d.plusDays(1)) {
      if (ScheduleCalendar.isWorkingDay(provisional, d) != ScheduleCalendar.isWorkingDay(official, d)) {
        changed.add(d);
      }
    }
    return changed;
  }
}
