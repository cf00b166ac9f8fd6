package cn.lawfulinspection.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The bundled 2025 and 2026 schedules with real dates (国办发明电〔2024〕12号, 国办发明电〔2025〕7号), and the provisional
 * calendar of a year not entered yet.
 */
class ScheduleCalendarTest {

  private final Set<Integer> warned = new HashSet<>();
  private final ScheduleCalendar calendar = new ScheduleCalendar(BundledSchedules.load(), warned);

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  @DisplayName("both bundled years are loaded from the class path with their source notice")
  void bundledYears() {
    List<YearSchedule> schedules = BundledSchedules.load();
    assertThat(schedules).extracting(YearSchedule::year).containsExactlyInAnyOrder(2025, 2026);
    assertThat(schedules).filteredOn(s -> s.year() == 2025).first()
        .satisfies(s -> assertThat(s.source()).contains("国办发明电〔2024〕12号"));
    assertThat(schedules).filteredOn(s -> s.year() == 2026).first()
        .satisfies(s -> assertThat(s.source()).contains("国办发明电〔2025〕7号"));
  }

  @Test
  @DisplayName("2025: 28 holiday days, 5 adjusted working Sundays/Saturdays")
  void counts2025() {
    YearSchedule y2025 = BundledSchedules.load().stream().filter(s -> s.year() == 2025).findFirst().orElseThrow();
    // 1 + 8 + 3 + 5 + 3 + 8
    assertThat(y2025.holidays()).hasSize(28);
    assertThat(y2025.workingDays().keySet())
        .containsExactly(d("2025-01-26"), d("2025-02-08"), d("2025-04-27"), d("2025-09-28"), d("2025-10-11"));
  }

  @Test
  @DisplayName("2025-01-26 is a working Sunday (春节调休)")
  void workingSunday2025() {
    assertThat(d("2025-01-26").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    assertThat(calendar.isWorkingDay(d("2025-01-26"))).isTrue();
  }

  @Test
  @DisplayName("2025-10-08 (a Wednesday) is a holiday; 2025-10-09 is back to work; 2025-10-11 Saturday is worked")
  void nationalDay2025() {
    assertThat(calendar.isWorkingDay(d("2025-10-08"))).isFalse();
    assertThat(calendar.isWorkingDay(d("2025-10-09"))).isTrue();
    assertThat(calendar.isWorkingDay(d("2025-10-11"))).isTrue();
    assertThat(calendar.isWorkingDay(d("2025-10-12"))).isFalse();
  }

  @Test
  @DisplayName("plain weekdays and weekends of 2025 behave as usual")
  void ordinaryDays() {
    assertThat(calendar.isWorkingDay(d("2025-03-12"))).isTrue(); // Wednesday
    assertThat(calendar.isWorkingDay(d("2025-03-15"))).isFalse(); // Saturday
    assertThat(calendar.isWorkingDay(d("2025-05-05"))).isFalse(); // Monday inside 劳动节
    assertThat(calendar.isWorkingDay(d("2025-06-02"))).isFalse(); // Monday, 端午节
  }

  @Test
  @DisplayName("2026-02-14 Saturday is a working day; 2026-02-23 Monday is still a holiday")
  void springFestival2026() {
    assertThat(d("2026-02-14").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(calendar.isWorkingDay(d("2026-02-14"))).isTrue();
    assertThat(calendar.isWorkingDay(d("2026-02-23"))).isFalse();
    assertThat(calendar.isWorkingDay(d("2026-02-28"))).isTrue();
  }

  @Test
  @DisplayName("2026-10-09 + 1 working day = 2026-10-10 (an adjusted working Saturday)")
  void plusOneOntoWorkingSaturday() {
    assertThat(calendar.plusWorkingDays(d("2026-10-09"), 1)).isEqualTo(d("2026-10-10"));
  }

  @Test
  @DisplayName("plusWorkingDays over the 2026 Spring Festival: Friday 2026-02-13 + 2 = 2026-02-24")
  void plusOverSpringFestival() {
    // 02-14 (Sat, worked) is the first; 02-15..02-23 off; 02-24 (Tue) is the second
    assertThat(calendar.plusWorkingDays(d("2026-02-13"), 1)).isEqualTo(d("2026-02-14"));
    assertThat(calendar.plusWorkingDays(d("2026-02-13"), 2)).isEqualTo(d("2026-02-24"));
    assertThat(calendar.plusWorkingDays(d("2026-02-13"), 0)).isEqualTo(d("2026-02-13"));
  }

  @Test
  @DisplayName("plusWorkingDays over New Year 2026: 2025-12-31 + 1 = 2026-01-04 (a worked Sunday)")
  void plusOverNewYear() {
    assertThat(calendar.plusWorkingDays(d("2025-12-31"), 1)).isEqualTo(d("2026-01-04"));
    assertThat(calendar.plusWorkingDays(d("2025-12-31"), 2)).isEqualTo(d("2026-01-05"));
  }

  @Test
  @DisplayName("workingDaysBetween across National Day 2026: (09-30, 10-12] has 3 working days")
  void betweenAcrossHoliday() {
    // 10-08 Thu, 10-09 Fri, 10-10 Sat (worked); 10-01..10-07 off, 10-11 Sun off, 10-12 Mon worked
    assertThat(calendar.workingDaysBetween(d("2026-09-30"), d("2026-10-10"))).isEqualTo(3);
    assertThat(calendar.workingDaysBetween(d("2026-09-30"), d("2026-10-12"))).isEqualTo(4);
    assertThat(calendar.workingDaysBetween(d("2026-10-12"), d("2026-09-30"))).isZero();
    assertThat(calendar.workingDaysBetween(d("2026-10-01"), d("2026-10-01"))).isZero();
  }

  @Test
  @DisplayName("workingDaysBetween and plusWorkingDays agree over the whole of 2025 and 2026")
  void consistent() {
    LocalDate start = d("2024-12-31");
    int n = calendar.workingDaysBetween(start, d("2026-12-31"));
    assertThat(calendar.plusWorkingDays(start, n)).isBeforeOrEqualTo(d("2026-12-31"));
    assertThat(calendar.plusWorkingDays(start, n + 1)).isAfter(d("2026-12-31"));
  }

  @Test
  @DisplayName("each of 2025 and 2026 has 248 working days: 365 - 104 weekend days - 13 statutory holidays")
  void workingDaysPerYear() {
    assertThat(calendar.workingDaysBetween(d("2024-12-31"), d("2025-12-31"))).isEqualTo(248);
    assertThat(calendar.workingDaysBetween(d("2025-12-31"), d("2026-12-31"))).isEqualTo(248);
  }

  @Test
  @DisplayName("a year without a schedule (2027) counts on the provisional calendar: Monday to Friday minus the fixed statutory days, and warns once")
  void provisionalYear() {
    assertThat(calendar.isKnownYear(2027)).isFalse();
    assertThat(calendar.isWorkingDay(d("2027-01-01"))).isFalse(); // a Friday: 元旦, fixed by law
    assertThat(calendar.isWorkingDay(d("2027-01-02"))).isFalse(); // Saturday
    assertThat(calendar.isWorkingDay(d("2027-10-01"))).isFalse(); // a Friday: 国庆节
    assertThat(calendar.isWorkingDay(d("2027-02-08"))).isTrue(); // a Monday: lunar holidays are not guessed
    assertThat(calendar.plusWorkingDays(d("2026-12-31"), 2)).isEqualTo(d("2027-01-05"));
    assertThat(warned).containsExactly(2027);
  }

  @Test
  @DisplayName("year end: 2026-12-30 + 5 working days = 2027-01-07 on the provisional 2027 (元旦 off), 5 working days in (2026-12-30, 2027-01-07]")
  void yearEndIntoProvisionalYear() {
    assertThat(calendar.plusWorkingDays(d("2026-12-30"), 5)).isEqualTo(d("2027-01-07"));
    assertThat(calendar.workingDaysBetween(d("2026-12-30"), d("2027-01-07"))).isEqualTo(5);
    assertThat(calendar.workingDaysBetween(d("2026-12-30"), d("2027-01-06"))).isEqualTo(4);
  }

  @Test
  @DisplayName("the provisional 2027 has 259 working days: 365 - 104 weekend days - 01-01 and 10-01 (the fixed statutory days on weekdays); nothing else is assumed")
  void provisionalYearAssumesOnlyTheLaw() {
    YearSchedule provisional = ProvisionalYear.of(2027);
    assertThat(provisional.holidays().keySet()).containsExactly(d("2027-01-01"), d("2027-05-01"), d("2027-05-02"),
        d("2027-10-01"), d("2027-10-02"), d("2027-10-03"));
    assertThat(provisional.workingDays()).isEmpty();
    assertThat(provisional.source()).contains("临时日历", "全国年节及纪念日放假办法");
    assertThat(calendar.workingDaysBetween(d("2026-12-31"), d("2027-12-31"))).isEqualTo(259);
  }

  @Test
  @DisplayName("entering the official year lists the days whose status differs from the provisional calendar")
  void differencesFromProvisional() {
    YearSchedule entered = YearScheduleParser.parse(2027, "测试用安排",
        List.of(new DayEntry(d("2027-01-01"), "元旦"), new DayEntry(d("2027-02-08"), "春节")),
        List.of(new DayEntry(d("2027-02-06"), "春节调休上班"))).schedule();

    // 02-06 Saturday now worked, 02-08 Monday now off; 05-01..05-02 and 10-01 are no holidays in this made-up year
    assertThat(ProvisionalYear.differences(entered))
        .containsExactly(d("2027-02-06"), d("2027-02-08"), d("2027-10-01"));
  }

  @Test
  @DisplayName("a negative number of working days is refused")
  void negative() {
    assertThatThrownBy(() -> calendar.plusWorkingDays(d("2026-01-05"), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
