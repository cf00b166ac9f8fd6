package cn.lawfulinspection.common.csv;

import java.util.List;

/**
 * A column a CSV import understands.
 *
 * @param name canonical English header (also the {@code field} of errors)
 * @param chinese the Chinese header names accepted for it (the first one is shown in messages)
 * @param required whether the header must be present
 */
public record CsvColumn(String name, List<String> chinese, boolean required) {

  public static CsvColumn required(String name, String... chinese) {
    return new CsvColumn(name, List.of(chinese), true);
  }

  public static CsvColumn optional(String name, String... chinese) {
    return new CsvColumn(name, List.of(chinese), false);
  }

  /** The header people read, e.g. {@code 名称(name)}. */
  public String label() {
    return chinese.get(0) + "(" + name + ")";
  }

  boolean matches(String header) {
    String h = header.trim();
    return h.equalsIgnoreCase(name) || chinese.contains(h);
  }
}
