package cn.lawfulinspection.filing.process;

import cn.lawfulinspection.calendar.WorkingDayCalendar;
import cn.lawfulinspection.common.PlatformClock;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * When the monthly filing runs (R-SV-1): on the first working day (首个工作日) of the month at 08:00. A timer start
 * event's cron cannot name the first working day (it knows no holidays) and runs in the server's time zone, so the
 * model starts at midnight of the 1st (server time) and waits on {@code ${monthlyFilingSchedule.firstWorkingDayOfThisMonth()}}, which asks our working-day calendar.
 */
@Component("monthlyFilingSchedule")
public class MonthlyFilingSchedule {

  /** The hour the run starts on its day. */
  static final LocalTime RUN_AT = LocalTime.of(8, 0);

  private final WorkingDayCalendar calendar;
  private final Clock clock;

  MonthlyFilingSchedule(WorkingDayCalendar calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The first working day of {@code month}: its 1st when that is one, else the next working day. */
  public LocalDate firstWorkingDay(YearMonth month) {
    LocalDate first = month.atDay(1);
    return calendar.isWorkingDay(first) ? first : calendar.plusWorkingDays(first, 1);
  }

  /** The timer date: this month's first working day at 08:00, Beijing time (past already: fires at once). */
  public Date firstWorkingDayOfThisMonth() {
    LocalDate day = firstWorkingDay(YearMonth.now(clock));
    return Date.from(day.atTime(RUN_AT).atZone(PlatformClock.CHINA).toInstant());
  }
}
