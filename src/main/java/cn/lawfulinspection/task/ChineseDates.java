package cn.lawfulinspection.task;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as a person reads them in a Chinese message: 2026年3月16日. */
public final class ChineseDates {

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private ChineseDates() {}

  public static String format(LocalDate date) {
    return FORMAT.format(date);
  }
}
