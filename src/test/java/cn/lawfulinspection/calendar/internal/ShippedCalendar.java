package cn.lawfulinspection.calendar.internal;

import cn.lawfulinspection.calendar.WorkingDayCalendar;
import java.util.HashSet;

/**
 * Test support for other modules' unit tests: the real working-day calendar over the 2025 and 2026 schedules the
 * calendar module ships, without Spring or a database.
 */
public final class ShippedCalendar {

  private static final WorkingDayCalendar CALENDAR = new ScheduleCalendar(BundledSchedules.load(), new HashSet<>());

  private ShippedCalendar() {}

  public static WorkingDayCalendar calendar() {
    return CALENDAR;
  }
}
