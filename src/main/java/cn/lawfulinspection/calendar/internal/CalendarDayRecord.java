package cn.lawfulinspection.calendar.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A holiday or an adjusted working day (table {@code insp_calendar_day}). */
@Entity
@Table(name = "insp_calendar_day")
class CalendarDayRecord {

  /** What kind of day: a public holiday (节假日) or an adjusted working day (调休上班日). */
  enum Kind { HOLIDAY, WORKING_DAY }

  @Id
  @Column(name = "day_date", nullable = false)
  private LocalDate date;

  @Column(name = "cal_year", nullable = false)
  private Integer year;

  @Column(name = "kind", length = 16, nullable = false)
  private String kind;

  @Column(name = "name", length = 100, nullable = false)
  private String name;

  protected CalendarDayRecord() {}

  CalendarDayRecord(LocalDate date, Kind kind, String name) {
    this.date = date;
    this.year = date.getYear();
    this.kind = kind.name();
    this.name = name;
  }

  LocalDate date() {
    return date;
  }

  int year() {
    return year;
  }

  boolean isHoliday() {
    return Kind.HOLIDAY.name().equals(kind);
  }

  String name() {
    return name;
  }
}
