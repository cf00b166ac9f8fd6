package cn.lawfulinspection.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Simplified Chinese {@code zh.json} of the Camunda webapps against the {@code en.json} of the Camunda 7.24 webjar
 * on the class path: every key translated, placeholders and links kept, nothing left in English.
 */
class WebappTranslationTest {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([\\w.]+)\\s*}}");
  private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
  private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
  /** What may stay in Latin letters inside a Chinese text: names, abbreviations, code and a date pattern. */
  private static final List<Pattern> MAY_STAY_LATIN = List.of(
      Pattern.compile("<[^>]*>"), // HTML tags (their attributes carry URLs)
      Pattern.compile("&[a-z]+;"), // HTML entities such as &lt;
      PLACEHOLDER,
      Pattern.compile("https?://\\S+"),
      Pattern.compile("yyyy-MM-ddTHH:mm:ss"),
      Pattern.compile("#resolve"),
      Pattern.compile("\\b(Camunda|BPMN|CMMN|DMN|ID|CSRF|null|promise)\\b"));

  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "welcome"})
  @DisplayName("zh.json has exactly the keys of the webjar's 7.24 en.json")
  void hasEveryKey(String app) throws IOException {
    Map<String, String> en = labels(read(app, "en", true));
    Map<String, String> zh = labels(read(app, "zh", false));

    assertThat(zh.keySet()).as("%s zh.json labels", app).containsExactlyInAnyOrderElementsOf(en.keySet());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "welcome"})
  @DisplayName("every zh.json text keeps the placeholders and links of its English original")
  void keepsPlaceholdersAndLinks(String app) throws IOException {
    Map<String, String> en = labels(read(app, "en", true));
    Map<String, String> zh = labels(read(app, "zh", false));

    en.forEach((key, english) -> {
      String chinese = zh.getOrDefault(key, "");
      assertThat(all(PLACEHOLDER, chinese)).as("placeholders of %s.%s", app, key)
          .containsExactlyInAnyOrderElementsOf(all(PLACEHOLDER, english));
      assertThat(all(HREF, chinese)).as("links of %s.%s", app, key).isEqualTo(all(HREF, english));
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "welcome"})
  @DisplayName("no zh.json text is left in English")
  void nothingLeftInEnglish(String app) throws IOException {
    Map<String, String> en = labels(read(app, "en", true));
    Map<String, String> zh = labels(read(app, "zh", false));

    Map<String, String> english = new TreeMap<>();
    zh.forEach((key, text) -> {
      String rest = text;
      for (Pattern allowed : MAY_STAY_LATIN) {
        rest = allowed.matcher(rest).replaceAll(" ");
      }
      boolean hasLetters = en.get(key) != null && en.get(key).chars().anyMatch(Character::isLetter);
      if (rest.matches("(?s).*[A-Za-z].*") || (hasLetters && !CJK.matcher(text).find())) {
        english.put(key, text);
      }
    });
    assertThat(english).as("%s texts still in English", app).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "welcome"})
  @DisplayName("the date locale (moment.js) is in Chinese wherever the webjar ships one")
  void datesInChinese(String app) throws IOException {
    JsonNode en = read(app, "en", true).path("dateLocales");
    JsonNode zh = read(app, "zh", false).path("dateLocales");

    assertThat(paths(zh, "")).as("%s dateLocales keys", app).containsExactlyInAnyOrderElementsOf(paths(en, ""));
    for (String names : List.of("months", "monthsShort", "weekdays", "weekdaysShort", "weekdaysMin", "relativeTime")) {
      zh.path(names).elements().forEachRemaining(name ->
          assertThat(name.asText()).as("%s dateLocales.%s", app, names).containsPattern(CJK));
    }
    // literal text of the calendar formats sits in [brackets]; the rest are moment tokens such as LT
    zh.path("calendar").elements().forEachRemaining(format ->
        all(Pattern.compile("\\[([^]]*)]"), format.asText()).forEach(literal ->
            assertThat(literal).as("%s calendar literal", app).containsPattern(CJK)));
  }

  /** The webjar's file (inside a jar) or ours (in the classes directory), read as UTF-8 without a BOM. */
  private JsonNode read(String app, String locale, boolean fromWebjar) throws IOException {
    String resource = LOCALES.formatted(app, locale);
    for (URL url : Collections.list(getClass().getClassLoader().getResources(resource))) {
      if ("jar".equals(url.getProtocol()) == fromWebjar) {
        try (InputStream in = url.openStream()) {
          String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
      }
    }
    throw new IllegalStateException(resource + (fromWebjar ? " is not in the Camunda webjar" : " is not ours"));
  }

  private static Map<String, String> labels(JsonNode locale) {
    Map<String, String> labels = new LinkedHashMap<>();
    locale.path("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
    assertThat(labels).isNotEmpty();
    return labels;
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static List<String> paths(JsonNode node, String prefix) {
    List<String> paths = new ArrayList<>();
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        paths.addAll(paths(e.getValue(), prefix + "/" + e.getKey()));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        paths.addAll(paths(node.get(i), prefix + "/" + i));
      }
    } else if (!node.isMissingNode()) {
      paths.add(prefix);
    }
    return paths;
  }
}
