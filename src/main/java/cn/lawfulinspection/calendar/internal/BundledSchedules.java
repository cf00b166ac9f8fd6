package cn.lawfulinspection.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the schedules shipped on the class path ({@code calendar/cn-<year>.yml}); each file states the State Council
 * notice it comes from. A file that does not pass {@link YearScheduleParser} stops the start-up.
 */
final class BundledSchedules {

  static final String PATTERN = "classpath*:calendar/cn-*.yml";

  private BundledSchedules() {}

  static List<YearSchedule> load() {
    try {
      List<YearSchedule> schedules = new ArrayList<>();
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(PATTERN)) {
        try (InputStream in = resource.getInputStream()) {
          schedules.add(parse(in, resource.getDescription()));
        }
      }
      return schedules;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled holiday schedules " + PATTERN, e);
    }
  }

  @SuppressWarnings("unchecked")
  static YearSchedule parse(InputStream in, String what) {
    Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    try {
      int year = ((Number) doc.get("year")).intValue();
      List<DayEntry> holidays = new ArrayList<>();
      for (Map<String, Object> period : (List<Map<String, Object>>) doc.getOrDefault("holidays", List.of())) {
        String name = (String) period.get("name");
        LocalDate from = date(period.containsKey("date") ? period.get("date") : period.get("from"));
        LocalDate to = period.containsKey("to") ? date(period.get("to")) : from;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
          holidays.add(new DayEntry(d, name));
        }
      }
      List<DayEntry> workingDays = new ArrayList<>();
      for (Map<String, Object> day : (List<Map<String, Object>>) doc.getOrDefault("workingDays", List.of())) {
        workingDays.add(new DayEntry(date(day.get("date")), (String) day.get("name")));
      }
      YearScheduleParser.Result result =
          YearScheduleParser.parse(year, (String) doc.get("source"), holidays, workingDays);
      if (result.verdict().refused()) {
        throw new IllegalStateException(
            "holiday schedule " + what + " is invalid at " + result.verdict().field() + ": " + result.verdict().message());
      }
      return result.schedule();
    } catch (ClassCastException | NullPointerException e) {
      throw new IllegalStateException("holiday schedule " + what + " is malformed: " + e.getMessage(), e);
    }
  }

  private static LocalDate date(Object value) {
    if (value instanceof Date d) { // an unquoted YAML date
      return d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }
    return LocalDate.parse(value.toString());
  }
}
