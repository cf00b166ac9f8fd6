package cn.lawfulinspection.common.csv;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/** Lenient-on-format, strict-on-value readers for CSV cells. */
public final class CsvValues {

  private static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT);

  private CsvValues() {}

  /** 是/否, Y/N, true/false, 1/0 (blank = false); empty when the cell says something else. */
  public static Optional<Boolean> bool(String cell) {
    String v = cell == null ? "" : cell.trim().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "", "否", "n", "no", "false", "0" -> Optional.of(false);
      case "是", "y", "yes", "true", "1" -> Optional.of(true);
      default -> Optional.empty();
    };
  }

  /** A date written {@code 2025-01-31} or {@code 2025/1/31}; empty when it is no real date. */
  public static Optional<LocalDate> date(String cell) {
    String v = cell == null ? "" : cell.trim();
    for (DateTimeFormatter f : new DateTimeFormatter[] {DASHED, SLASHED}) {
      try {
        return Optional.of(LocalDate.parse(v, f));
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return Optional.empty();
  }
}
