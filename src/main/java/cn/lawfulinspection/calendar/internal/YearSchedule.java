package cn.lawfulinspection.calendar.internal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One year of China's official schedule: the public holidays (节假日, weekend days inside a holiday period included)
 * and the adjusted working days (调休上班日, weekend days that are worked), each with a name. Built only through
 * {@link YearScheduleParser}, which refuses inconsistent input.
 *
 * @param year the calendar year
 * @param source the notice the dates come from (e.g. 国办发明电〔2025〕7号)
 * @param holidays day → name of the holiday
 * @param workingDays day → name of the adjusted working day
 */
record YearSchedule(int year, String source, SortedMap<LocalDate, String> holidays,
    SortedMap<LocalDate, String> workingDays) {

  YearSchedule {
    holidays = Collections.unmodifiableSortedMap(new TreeMap<>(holidays));
    workingDays = Collections.unmodifiableSortedMap(new TreeMap<>(workingDays));
  }
}
