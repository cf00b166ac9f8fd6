package cn.lawfulinspection.task.process;

import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.task.FrequencyChange;
import cn.lawfulinspection.task.InspectionKind;
import cn.lawfulinspection.task.TaskOrigin;
import cn.lawfulinspection.task.TaskRequest;
import cn.lawfulinspection.task.TriggerReason;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads a task's process variables in the shapes Tasklist and the REST API send them: numbers as numbers or strings,
 * dates as {@code yyyy-MM-dd} strings or dates, lists as JSON arrays, collections or comma-separated text, enums by
 * name.
 */
final class TaskVariables {

  private TaskVariables() {}

  /** The registration request the start form (or revise-task) describes. */
  static TaskRequest request(VariableScope scope) {
    return new TaskRequest(
        string(scope, ENTERPRISE_CODE),
        enumValue(TaskOrigin.class, scope, ORIGIN),
        null,
        string(scope, PLAN_NUMBER),
        integer(scope, PLAN_VERSION),
        enumValue(TriggerReason.class, scope, TRIGGER_REASON),
        string(scope, TRIGGER_DESCRIPTION),
        enumValue(InspectionKind.class, scope, KIND),
        list(scope.getVariable(ITEM_CODES)),
        list(scope.getVariable(INSPECTORS)),
        date(scope, WINDOW_START),
        date(scope, WINDOW_END),
        bool(scope, EMERGENCY_FLAG),
        bool(scope, SURPRISE),
        enumValue(FrequencyChange.class, scope, FREQUENCY_CHANGE));
  }

  static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  static Long longValue(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Number n) {
      return n.longValue();
    }
    return value == null || value.toString().isBlank() ? null : Long.valueOf(value.toString().strip());
  }

  static Integer integer(VariableScope scope, String name) {
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
      throw new RuleViolationException(null, name, "请填写整数：" + value);
    }
  }

  static boolean bool(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value instanceof Boolean b ? b : value != null && "true".equalsIgnoreCase(value.toString().strip());
  }

  static LocalDate date(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Date d) {
      return LocalDate.ofInstant(d.toInstant(), ZoneId.of("Asia/Shanghai"));
    }
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    String text = value.toString().strip();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new RuleViolationException(null, name, "日期格式应为 yyyy-MM-dd：" + text);
    }
  }

  static <E extends Enum<E>> E enumValue(Class<E> type, VariableScope scope, String name) {
    String value = string(scope, name);
    if (value == null) {
      return null;
    }
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst()
        .orElseThrow(() -> new RuleViolationException(null, name, "无法识别的选项：" + value));
  }

  static List<String> list(Object value) {
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
}
