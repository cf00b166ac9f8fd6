package cn.lawfulinspection.calendar.internal;

import java.time.LocalDate;

/**
 * One day of a year's schedule as the API and the seed files give it.
 *
 * @param date the day
 * @param name what it is, e.g. 春节 or 春节调休上班; optional on input
 */
record DayEntry(LocalDate date, String name) {}
