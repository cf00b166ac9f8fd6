package cn.lawfulinspection.deployment.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The element ids (and message names, error codes) that Java relies on, per process key, derived from the code: the
 * {@code public static final String} constants of every {@code *ProcessIds} class in a {@code process} package whose
 * value has the form {@code Type_Name} ({@code UserTask_ApproveTask}, {@code Msg_InspectorScannedIn}), assigned to the
 * processes that class names ({@code PROCESS_KEY}, {@code *_PROCESS_KEY}) whose bundled model holds that id. Nobody
 * keeps a list by hand: a constant added for a new element is required as soon as the model has the element.
 */
@Component
public class JavaReliedIds {

  static final String CLASSES = "classpath*:cn/lawfulinspection/**/process/*ProcessIds.class";
  /** {@code Type_Name}: a PascalCase type, an underscore, a PascalCase name (not {@code NOT_RECTIFIED}, not a variable). */
  static final Pattern ELEMENT_ID = Pattern.compile("[A-Z][a-z][A-Za-z]*_[A-Z][A-Za-z0-9]*");
  /** {@code camelCase}: a process variable or form field key ({@code approvalDecision}). */
  static final Pattern VARIABLE = Pattern.compile("[a-z][A-Za-z0-9]*");

  /** A constant that names an element or definition, and where it is declared. */
  public record Constant(String className, String field, String value) {}

  private final Map<String, Set<String>> required;
  private final Map<String, Set<String>> variables;
  private final List<Constant> unmatched;

  public JavaReliedIds(BundledModels bundled) {
    Map<String, Set<String>> byKey = new TreeMap<>();
    Map<String, Set<String>> variablesByKey = new TreeMap<>();
    List<Constant> notFound = new ArrayList<>();
    for (Class<?> ids : idClasses()) {
      List<String> keys = new ArrayList<>();
      List<Constant> constants = new ArrayList<>();
      List<String> variableNames = new ArrayList<>();
      for (Field field : ids.getDeclaredFields()) {
        String value = constantValue(field);
        if (value == null) {
          continue;
        }
        if (field.getName().equals("PROCESS_KEY") || field.getName().endsWith("_PROCESS_KEY")) {
          keys.add(value);
        } else if (ELEMENT_ID.matcher(value).matches()) {
          constants.add(new Constant(ids.getSimpleName(), field.getName(), value));
        } else if (VARIABLE.matcher(value).matches()) {
          variableNames.add(value);
        }
      }
      for (String key : keys) {
        variablesByKey.computeIfAbsent(key, k -> new TreeSet<>()).addAll(variableNames);
      }
      for (Constant constant : constants) {
        boolean found = false;
        for (String key : keys) {
          ModelFile.ProcessModel process = bundled.process(key).orElse(null);
          Set<String> names = bundled.resourceOf(key).map(r -> ModelFile.parse(bundled.resources().get(r)))
              .map(ModelFile::definitionNames).orElse(Set.of());
          if (process != null && (process.ids().contains(constant.value()) || names.contains(constant.value()))) {
            byKey.computeIfAbsent(key, k -> new TreeSet<>()).add(constant.value());
            found = true;
          }
        }
        if (!found) {
          notFound.add(constant);
        }
      }
    }
    byKey.replaceAll((key, set) -> Collections.unmodifiableSet(set));
    variablesByKey.replaceAll((key, set) -> Collections.unmodifiableSet(set));
    this.required = Collections.unmodifiableMap(byKey);
    this.variables = Collections.unmodifiableMap(variablesByKey);
    this.unmatched = List.copyOf(notFound);
  }

  /** Process key → the ids and names Java relies on in it. */
  public Map<String, Set<String>> required() {
    return required;
  }

  /**
   * Process key → the process variables and form field keys Java reads or writes in it (the {@code camelCase}
   * constants of the class that names the process): a model or form that renames one breaks a delegate, a listener
   * or the allow-list of form fields (R-IG-3), although the deployment itself is accepted.
   */
  public Map<String, Set<String>> variables() {
    return variables;
  }

  /** Constants of the form {@code Type_Name} that no bundled model of their class holds (a drift to fix). */
  public List<Constant> unmatched() {
    return unmatched;
  }

  private static String constantValue(Field field) {
    int m = field.getModifiers();
    if (!Modifier.isStatic(m) || !Modifier.isFinal(m) || !Modifier.isPublic(m) || field.getType() != String.class) {
      return null;
    }
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      return null;
    }
  }

  private static List<Class<?>> idClasses() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    MetadataReaderFactory readers = new CachingMetadataReaderFactory(resolver);
    List<Class<?>> classes = new ArrayList<>();
    try {
      for (Resource resource : resolver.getResources(CLASSES)) {
        String name = readers.getMetadataReader(resource).getClassMetadata().getClassName();
        classes.add(ClassUtils.forName(name, JavaReliedIds.class.getClassLoader()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    classes.sort((a, b) -> a.getName().compareTo(b.getName()));
    return classes;
  }
}
