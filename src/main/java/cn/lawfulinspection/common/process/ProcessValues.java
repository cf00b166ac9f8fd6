package cn.lawfulinspection.common.process;

import cn.lawfulinspection.common.RuleViolationException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads process variables as a Camunda Form, the REST API or Java code may have set them (numbers as text, dates as
 * {@code yyyy-MM-dd} or {@link Date}, lists as JSON, Java lists or comma-separated text). Unreadable input is refused
 * with a Chinese message naming the field and, where given, the rule.
 */
public final class ProcessValues {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private ProcessValues() {}

  /** The text, stripped; {@code null} when absent or blank. */
  public static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  public static Long longValue(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Number n) {
      return n.longValue();
    }
    return value == null || value.toString().isBlank() ? null : Long.valueOf(value.toString().strip());
  }

  public static Integer integer(VariableScope scope, String name, String ruleId) {
    Object value = scope.getVariable(name);
    if (value instanceof Number n) {
      return n.intValue();
    }
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.toString().strip());
    } catch (NumberFormatException e) {
      throw new RuleViolationException(ruleId, name, "请填写整数：" + value);
    }
  }

  public static boolean bool(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value instanceof Boolean b ? b : value != null && "true".equalsIgnoreCase(value.toString().strip());
  }

  /** A date; a date-time text or a {@link Date} counts by its day in China. */
  public static LocalDate date(VariableScope scope, String name, String ruleId) {
    Object value = scope.getVariable(name);
    if (value instanceof Date d) {
      return LocalDate.ofInstant(d.toInstant(), CHINA);
    }
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    String text = value.toString().strip();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new RuleViolationException(ruleId, name, "日期格式应为 yyyy-MM-dd：" + text);
    }
  }

  public static <E extends Enum<E>> E enumValue(Class<E> type, VariableScope scope, String name) {
    String value = string(scope, name);
    if (value == null) {
      return null;
    }
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst()
        .orElseThrow(() -> new RuleViolationException(null, name, "无法识别的选项：" + value));
  }

  /** A list from a JSON array, a Java collection or text separated by commas, semicolons, 、 or blanks. */
  public static List<String> list(Object value) {
    List<String> result = new ArrayList<>();
    if (value instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(e -> result.add(e.isString() ? e.stringValue() : e.toString()));
    } else if (value instanceof Collection<?> c) {
      c.forEach(e -> result.add(String.valueOf(e)));
    } else if (value != null && value.toString().strip().startsWith("[")) {
      return list(Spin.JSON(value.toString().strip()));
    } else if (value != null && !value.toString().isBlank()) {
      for (String part : value.toString().split("[,，;；、\\s]+")) {
        if (!part.isBlank()) {
          result.add(part.strip());
        }
      }
    }
    return result;
  }

  /** The user the engine runs this step for, or {@code fallback} (a timer job or a test runs without one). */
  public static String actor(IdentityService identity, String fallback) {
    var auth = identity.getCurrentAuthentication();
    return auth != null && auth.getUserId() != null ? auth.getUserId() : fallback;
  }
}
