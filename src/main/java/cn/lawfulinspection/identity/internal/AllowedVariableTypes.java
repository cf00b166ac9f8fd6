package cn.lawfulinspection.identity.internal;

import cn.lawfulinspection.common.RuleViolationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.runtime.WhitelistingDeserializationTypeValidator;

/**
 * The classes an object-typed process variable may have (R-IG-4): strings, numbers, booleans, dates, and the lists,
 * sets and maps of {@code java.util}, plus what an administrator adds with Camunda's own settings
 * {@code deserializationAllowedClasses} and {@code deserializationAllowedPackages}. Narrower than Camunda's default
 * validator, which lets through all of {@code java.lang} ({@code ProcessBuilder}, {@code Thread}, ...).
 *
 * <p>The engine asks it before it deserializes a stored value ({@code deserializationTypeValidationEnabled}); the
 * {@link VariableTypeGuardPlugin} asks it before a value is stored at all, so a type outside the list is never
 * written, loaded or instantiated.
 */
class AllowedVariableTypes implements WhitelistingDeserializationTypeValidator {

  static final Set<String> BASE = Set.of(
      "java.lang.String", "java.lang.Boolean", "java.lang.Character", "java.lang.Byte", "java.lang.Short",
      "java.lang.Integer", "java.lang.Long", "java.lang.Float", "java.lang.Double", "java.lang.Number",
      "java.lang.Object", "java.math.BigDecimal", "java.math.BigInteger", "java.util.Date",
      "java.util.Collection", "java.util.List", "java.util.Set", "java.util.Map",
      "java.util.ArrayList", "java.util.Arrays$ArrayList", "java.util.LinkedList",
      "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet",
      "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap");
  private static final Set<String> PRIMITIVES = Set.of(
      "boolean", "char", "byte", "short", "int", "long", "float", "double", "Z", "C", "B", "S", "I", "J", "F", "D");

  private volatile List<String> classes = List.of();
  private volatile List<String> packages = List.of();

  @Override
  public void setAllowedClasses(String commaSeparated) {
    classes = split(commaSeparated);
  }

  @Override
  public void setAllowedPackages(String commaSeparated) {
    packages = split(commaSeparated).stream().map(p -> p.endsWith(".") ? p : p + ".").toList();
  }

  @Override
  public boolean validate(String className) {
    return className != null && (BASE.contains(className) || classes.contains(className)
        || packages.stream().anyMatch(className::startsWith));
  }

  /**
   * Refuses a variable whose type name (as Camunda and Spin write it, e.g. {@code java.util.ArrayList<java.lang.String>}
   * or {@code [Ljava.lang.String;}) names any class outside the list: a {@link BadUserRequestException} (HTTP 400 in
   * Camunda's REST API) carrying the {@link RuleViolationException} (our 422 problem, kept for supervision).
   */
  void requireAllowed(String variable, String typeName) {
    List<String> refused = classesIn(typeName).stream().filter(c -> !validate(c)).toList();
    if (!refused.isEmpty()) {
      String message = "流程变量“" + variable + "”的对象类型 " + String.join("、", refused) + " 不在允许的类型清单中，"
          + "平台不会保存、也不会创建这种对象。对象类型的流程变量只能是字符串、数字、布尔值、日期以及 java.util 的列表、集合和映射；"
          + "确需其他类型时，由系统管理员在 deserializationAllowedClasses 或 deserializationAllowedPackages 中加入。";
      throw new BadUserRequestException(message, new RuleViolationException("R-IG-4", variable, message));
    }
  }

  /** The class names in a type name; primitives are left out. */
  static List<String> classesIn(String typeName) {
    List<String> names = new ArrayList<>();
    if (typeName == null) {
      return names;
    }
    for (String part : typeName.split("[<>,]")) {
      String name = part.strip();
      while (name.endsWith("[]")) {
        name = name.substring(0, name.length() - 2).strip();
      }
      while (name.startsWith("[")) {
        name = name.substring(1);
      }
      if (name.startsWith("L") && name.endsWith(";")) {
        name = name.substring(1, name.length() - 1);
      }
      if (!name.isEmpty() && !PRIMITIVES.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  private static List<String> split(String commaSeparated) {
    return commaSeparated == null ? List.of()
        : Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
