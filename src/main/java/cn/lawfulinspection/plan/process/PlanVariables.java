package cn.lawfulinspection.plan.process;

import static cn.lawfulinspection.plan.process.InspectionPlanProcessIds.*;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.plan.PlanContent;
import cn.lawfulinspection.plan.PlanType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads the plan's process variables in the shapes Tasklist and the REST API send them: numbers as Integer, Long or
 * numeric strings, dates as {@code yyyy-MM-dd} strings (Camunda Forms' date picker) or dates, the item list as a JSON
 * array (Spin), a Java collection or a comma-separated string.
 */
final class PlanVariables {

  private PlanVariables() {}

  static PlanContent content(VariableScope scope) {
    return new PlanContent(
        PlanType.parse(string(scope, PLAN_TYPE)).orElse(null),
        integer(scope, PLAN_YEAR),
        string(scope, PLAN_TITLE),
        stringList(scope.getVariable(PLAN_ITEMS)),
        string(scope, INSPECTION_METHOD),
        string(scope, OBJECT_SCOPE),
        date(scope, WINDOW_START),
        date(scope, WINDOW_END),
        integer(scope, ANNUAL_CAP));
  }

  static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  static Long longValue(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Number n) {
      return n.longValue();
    }
    return value == null || value.toString().isBlank() ? null : Long.valueOf(value.toString().trim());
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
      return Integer.valueOf(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new RuleViolationException("R-PL-2", name, "请填写整数：" + value);
    }
  }

  static LocalDate date(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof java.util.Date d) {
      return LocalDate.ofInstant(d.toInstant(), java.time.ZoneId.of("Asia/Shanghai"));
    }
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    String text = value.toString().trim();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new RuleViolationException("R-PL-2", name, "日期格式应为 yyyy-MM-dd：" + text);
    }
  }

  /** The user the engine runs this step for, or {@code fallback} (a timer job or a test runs without one). */
  static String actor(VariableScope scope, org.camunda.bpm.engine.IdentityService identity, String fallback) {
    var auth = identity.getCurrentAuthentication();
    return auth != null && auth.getUserId() != null ? auth.getUserId() : fallback;
  }

  static List<String> stringList(Object value) {
    List<String> result = new ArrayList<>();
    if (value instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(e -> result.add(e.isString() ? e.stringValue() : e.toString()));
    } else if (value instanceof Collection<?> c) {
      c.forEach(e -> result.add(String.valueOf(e)));
    } else if (value != null && value.toString().trim().startsWith("[")) {
      return stringList(org.camunda.spin.Spin.JSON(value.toString().trim()));
    } else if (value != null && !value.toString().isBlank()) {
      for (String part : value.toString().split("[,，;；\\s]+")) {
        if (!part.isBlank()) {
          result.add(part.trim());
        }
      }
    }
    return result;
  }
}
