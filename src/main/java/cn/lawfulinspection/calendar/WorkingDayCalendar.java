package cn.lawfulinspection.calendar;

import java.time.LocalDate;

/**
 * China's official working days (工作日): weekends and public holidays off, adjusted working days (调休) on.
 * Implemented by the calendar work.
 */
public interface WorkingDayCalendar {

  boolean isWorkingDay(LocalDate date);

  /** The date {@code n} working days after {@code from} ({@code from} itself not counted); n ≥ 0. */
  LocalDate plusWorkingDays(LocalDate from, int n);

  /** Working days in (from, to]: 0 when {@code to} is not after {@code from}. */
  int workingDaysBetween(LocalDate from, LocalDate to);
}
