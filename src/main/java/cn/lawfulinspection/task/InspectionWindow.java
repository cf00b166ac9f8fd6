package cn.lawfulinspection.task;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days on which an inspection may take place (检查时间), both ends included.
 *
 * @param opens the first day
 * @param closes the last day, not before {@code opens}
 */
public record InspectionWindow(LocalDate opens, LocalDate closes) {

  public InspectionWindow {
    Objects.requireNonNull(opens, "opens");
    Objects.requireNonNull(closes, "closes");
    if (closes.isBefore(opens)) {
      throw new IllegalArgumentException("window closes " + closes + " before it opens " + opens);
    }
  }

  /** A window of one day. */
  public static InspectionWindow on(LocalDate day) {
    return new InspectionWindow(day, day);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(opens) && !date.isAfter(closes);
  }

  /** "2026年3月16日至2026年3月20日", or one date for a one-day window. */
  public String label() {
    return opens.equals(closes)
        ? ChineseDates.format(opens)
        : ChineseDates.format(opens) + "至" + ChineseDates.format(closes);
  }
}
