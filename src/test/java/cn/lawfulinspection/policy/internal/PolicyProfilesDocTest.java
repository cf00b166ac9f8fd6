package cn.lawfulinspection.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.policy.PolicyProfile;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * docs/policy-profiles.md: the table of values is generated from the shipped files, one cell per profile and setting
 * with its value and its seed clause. The test writes the table between the markers and fails when the committed page
 * differed (run it again after committing the regenerated page).
 */
class PolicyProfilesDocTest {

  private static final Path PAGE = Path.of("docs/policy-profiles.md");
  static final String START = "<!-- generated from src/main/resources/policy-profiles/*.json by PolicyProfilesDocTest -->";
  static final String END = "<!-- end of generated table -->";

  @Test
  @DisplayName("docs/policy-profiles.md shows every value of every shipped profile with its seed clause, generated from the files")
  void pageIsGenerated() throws Exception {
    // given
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    assertThat(page).contains(START, END);

    // when
    String updated = page.substring(0, page.indexOf(START) + START.length()) + table()
        + page.substring(page.indexOf(END));
    if (!updated.equals(page)) {
      Files.writeString(PAGE, updated, StandardCharsets.UTF_8);
    }

    // then
    assertThat(updated).as("docs/policy-profiles.md was out of date and has been regenerated: commit it")
        .isEqualTo(page);
  }

  static String table() {
    List<PolicyProfile> profiles = ProfileFiles.NAMES.stream().map(ProfileFiles.SHIPPED::get).toList();
    StringBuilder s = new StringBuilder("\n| setting |");
    profiles.forEach(p -> s.append(" ").append(p.name()).append(" ").append(p.locality()).append(" |"));
    s.append("\n|---|").append("---|".repeat(profiles.size())).append("\n");
    for (String key : keys(profiles.get(0))) {
      s.append("| `").append(key).append("` |");
      for (PolicyProfile p : profiles) {
        s.append(" ").append(cell(value(p, key))).append("<br>").append(p.basisOf(key).replace("|", "\\|"))
            .append(" |");
      }
      s.append("\n");
    }
    return s.toString();
  }

  /** The clause keys in the order of the file. */
  private static List<String> keys(PolicyProfile p) {
    List<String> keys = new ArrayList<>();
    collect(ProfileFiles.values(p), "", p.basis(), keys);
    return keys;
  }

  private static void collect(JsonNode node, String prefix, Map<String, String> basis, List<String> keys) {
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      String key = prefix + f.getKey();
      if (basis.containsKey(key)) {
        keys.add(key);
      } else if (f.getValue().isObject()) {
        collect(f.getValue(), key + ".", basis, keys);
      }
    }
  }

  private static JsonNode value(PolicyProfile p, String key) {
    JsonNode node = ProfileFiles.values(p);
    for (String part : key.split("\\.")) {
      node = node.get(part);
    }
    return node;
  }

  private static String cell(JsonNode v) {
    if (v == null || v.isNull()) {
      return "**—**";
    }
    if (v.isArray()) {
      List<String> items = new ArrayList<>();
      v.forEach(i -> items.add(i.asText()));
      return items.isEmpty() ? "**none**" : "**" + String.join(", ", items) + "**";
    }
    if (v.isObject()) {
      List<String> parts = new ArrayList<>();
      v.fields().forEachRemaining(e -> parts.add(e.getKey() + " " + (e.getValue().isNull() ? "∞" : e.getValue())));
      return "**" + String.join(", ", parts) + "**";
    }
    return "**" + v.asText() + "**";
  }
}
