package cn.lawfulinspection.policy.internal;

import cn.lawfulinspection.policy.PolicyProfile;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The shipped profiles (version 1): one JSON file per locality under {@code classpath:policy-profiles/}, bound with
 * Jackson to {@link PolicyProfile}. In a file every value is written {@code {"value": …, "basis": "<seed clause>"}};
 * the binder takes the value for the record and keeps the clause in {@link PolicyProfile#basis()} under the value's
 * key ({@code annualCap.mode}). A file that misses a component, has an unknown key or a value without its clause
 * stops the start-up.
 */
final class ProfileFiles {

  /** The profiles in the order of the table in RULES.md. */
  static final List<String> NAMES = List.of("default", "jiangyan", "yangquan", "jiujiang", "yunhe", "shanghai");
  /** Keys written plainly, without a clause. */
  static final List<String> PLAIN = List.of("name", "locality", "seed");

  static final ObjectMapper JSON = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .build();

  /** The shipped profiles by name, in the order of {@link #NAMES}. */
  static final Map<String, PolicyProfile> SHIPPED = load();

  private ProfileFiles() {}

  private static Map<String, PolicyProfile> load() {
    Map<String, PolicyProfile> profiles = new LinkedHashMap<>();
    for (String name : NAMES) {
      profiles.put(name, read(name));
    }
    return Collections.unmodifiableMap(profiles);
  }

  /** Reads {@code policy-profiles/<name>.json} as version 1. */
  static PolicyProfile read(String name) {
    String path = "policy-profiles/" + name + ".json";
    try (InputStream in = ProfileFiles.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("policy profile file missing: " + path);
      }
      PolicyProfile profile = bind(JSON.readTree(in), 1, path);
      if (!name.equals(profile.name())) {
        throw new IllegalStateException(path + ": name '" + profile.name() + "' differs from the file's name");
      }
      return profile;
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": " + e.getMessage(), e);
    }
  }

  /** Binds a file's tree: values with clauses unwrapped, clauses collected into {@code basis}. */
  static PolicyProfile bind(JsonNode file, int version, String where) {
    Map<String, String> basis = new TreeMap<>();
    ObjectNode values = JSON.createObjectNode();
    Iterator<Map.Entry<String, JsonNode>> fields = file.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (PLAIN.contains(field.getKey())) {
        values.set(field.getKey(), field.getValue());
      } else {
        values.set(field.getKey(), unwrap(field.getKey(), field.getValue(), basis, where));
      }
    }
    values.put("version", version);
    values.set("basis", JSON.valueToTree(basis));
    try {
      return JSON.treeToValue(values, PolicyProfile.class);
    } catch (IOException e) {
      throw new IllegalStateException(where + ": " + e.getMessage(), e);
    }
  }

  private static JsonNode unwrap(String key, JsonNode node, Map<String, String> basis, String where) {
    if (isValue(node)) {
      String clause = node.get("basis").asText();
      if (clause.isBlank()) {
        throw new IllegalStateException(where + ": " + key + " has an empty basis (its seed clause)");
      }
      basis.put(key, clause);
      return node.get("value");
    }
    if (!node.isObject()) {
      throw new IllegalStateException(where + ": " + key + " must be {\"value\": …, \"basis\": \"<seed clause>\"}");
    }
    ObjectNode inner = JSON.createObjectNode();
    node.fields().forEachRemaining(e -> inner.set(e.getKey(), unwrap(key + "." + e.getKey(), e.getValue(), basis,
        where)));
    return inner;
  }

  private static boolean isValue(JsonNode node) {
    return node.isObject() && node.size() == 2 && node.has("value") && node.has("basis");
  }

  /** The profile's values as a tree without name, version and basis: what an administrator may change. */
  static ObjectNode values(PolicyProfile profile) {
    ObjectNode tree = JSON.valueToTree(profile);
    tree.remove(List.of("name", "locality", "seed", "version", "basis"));
    return tree;
  }

  /** A profile to JSON text (stored versions). */
  static String write(PolicyProfile profile) {
    try {
      return JSON.writeValueAsString(profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A stored version back from JSON text. */
  static PolicyProfile parse(String json) {
    try {
      return JSON.readValue(json, PolicyProfile.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
