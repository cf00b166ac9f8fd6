package cn.lawfulinspection.calendar.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A year whose schedule is stored (table {@code insp_calendar_year}). */
@Entity
@Table(name = "insp_calendar_year")
class CalendarYearRecord {

  /** Where a stored year came from. */
  enum Origin { BUNDLED, ADMIN }

  @Id
  @Column(name = "cal_year", nullable = false)
  private Integer year;

  @Column(name = "source", length = 500, nullable = false)
  private String source;

  @Column(name = "origin", length = 16, nullable = false)
  private String origin;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", length = 64, nullable = false)
  private String updatedBy;

  protected CalendarYearRecord() {}

  CalendarYearRecord(int year, String source, Origin origin, Instant updatedAt, String updatedBy) {
    this.year = year;
    this.source = source;
    this.origin = origin.name();
    this.updatedAt = updatedAt;
    this.updatedBy = updatedBy;
  }

  int year() {
    return year;
  }

  String source() {
    return source;
  }

  String origin() {
    return origin;
  }

  Instant updatedAt() {
    return updatedAt;
  }

  String updatedBy() {
    return updatedBy;
  }
}
