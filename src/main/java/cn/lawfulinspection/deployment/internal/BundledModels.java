package cn.lawfulinspection.deployment.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The models of {@code bpmn/} and the forms of {@code forms/} that ship with this build of the platform, by their
 * stable resource names ({@code bpmn/InspectionPlanProcess.bpmn}, {@code forms/approve-plan.form}), whether the classes
 * come from a jar, a classes directory or the test class path. Read once: they cannot change while the platform runs.
 */
@Component
public class BundledModels {

  private static final List<String> PATTERNS =
      List.of("classpath*:bpmn/**/*.bpmn", "classpath*:bpmn/**/*.dmn", "classpath*:forms/**/*.form");

  private final Map<String, byte[]> resources;
  private final Map<String, String> formResourceById = new LinkedHashMap<>();
  private final Map<String, String> resourceByProcessKey = new LinkedHashMap<>();
  private final Map<String, ModelFile.ProcessModel> processByKey = new LinkedHashMap<>();

  public BundledModels() {
    this(load());
  }

  /** Given resources instead of the class path's (a test plays a release whose models changed). */
  public BundledModels(Map<String, byte[]> resources) {
    this.resources = Collections.unmodifiableMap(new LinkedHashMap<>(resources));
    ObjectMapper json = new ObjectMapper();
    resources.forEach((name, bytes) -> {
      if (name.endsWith(".form")) {
        formResourceById.put(formId(json, name, bytes), name);
      } else if (name.endsWith(".bpmn")) {
        for (ModelFile.ProcessModel process : ModelFile.parse(bytes).processes()) {
          resourceByProcessKey.put(process.key(), name);
          processByKey.put(process.key(), process);
        }
      }
    });
  }

  /** Every bundled resource, stable name → content, in class-path order. */
  public Map<String, byte[]> resources() {
    return resources;
  }

  /** The bundled form whose {@code id} is {@code formId}: its resource name. */
  public Optional<String> formResource(String formId) {
    return Optional.ofNullable(formResourceById.get(formId));
  }

  /** The bundled file that holds the process {@code key}. */
  public Optional<String> resourceOf(String processKey) {
    return Optional.ofNullable(resourceByProcessKey.get(processKey));
  }

  /** The bundled process {@code key} as parsed (its ids), if the platform ships it. */
  public Optional<ModelFile.ProcessModel> process(String processKey) {
    return Optional.ofNullable(processByKey.get(processKey));
  }

  /** The bundled process keys, in class-path order. */
  public List<String> processKeys() {
    return List.copyOf(processByKey.keySet());
  }

  /** The {@code id} of a Camunda form (the value a {@code camunda:formRef} names); the file name when it has none. */
  static String formId(ObjectMapper json, String name, byte[] bytes) {
    try {
      return json.readTree(bytes).path("id").asText(name);
    } catch (IOException e) {
      throw new IllegalArgumentException("unreadable form " + name, e);
    }
  }

  private static Map<String, byte[]> load() {
    ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    Map<String, byte[]> loaded = new LinkedHashMap<>();
    try {
      for (String pattern : PATTERNS) {
        for (Resource resource : resolver.getResources(pattern)) {
          String name = stableName(resource);
          if (!loaded.containsKey(name)) {
            try (InputStream in = resource.getInputStream()) {
              loaded.put(name, in.readAllBytes());
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("models under bpmn/ and forms/ unreadable", e);
    }
    if (loaded.isEmpty()) {
      throw new IllegalStateException("no models found under bpmn/ and forms/ on the class path");
    }
    return loaded;
  }

  /** {@code .../BOOT-INF/classes!/bpmn/X.bpmn} and {@code .../target/classes/bpmn/X.bpmn} both become {@code bpmn/X.bpmn}. */
  static String stableName(Resource resource) throws IOException {
    String url = resource.getURL().toString();
    int at = Math.max(url.lastIndexOf("/bpmn/"), url.lastIndexOf("/forms/"));
    if (at < 0) {
      throw new IllegalStateException("model outside bpmn/ or forms/: " + url);
    }
    return url.substring(at + 1);
  }
}
