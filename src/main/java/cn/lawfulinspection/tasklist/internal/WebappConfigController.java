package cn.lawfulinspection.tasklist.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves {@code scripts/config.js} of Tasklist and the Welcome page, rendered from our templates under
 * {@code webapps/<app>/config.js} with the languages of {@link WebappLocaleSettings}. A request mapping wins over the
 * webjar's static file at the same path, so the browser always loads this one; the languages are rendered, not read
 * from the browser, because Camunda's webapps take the browser's first language whenever it is listed.
 */
@RestController
class WebappConfigController {

  static final String PLACEHOLDER = "__LOCALES__";
  private static final MediaType JAVASCRIPT = new MediaType("text", "javascript", StandardCharsets.UTF_8);

  private final Map<String, String> scripts = new LinkedHashMap<>();

  WebappConfigController(WebappLocaleSettings settings, ObjectMapper json) throws JsonProcessingException {
    Map<String, Object> locales = new LinkedHashMap<>();
    locales.put("availableLocales", settings.availableLocales());
    locales.put("fallbackLocale", settings.fallbackLocale());
    String rendered = json.writeValueAsString(locales);
    for (String app : new String[] {"tasklist", "welcome"}) {
      String template = template(app);
      if (!template.contains(PLACEHOLDER)) {
        throw new IllegalStateException("webapps/" + app + "/config.js lacks " + PLACEHOLDER);
      }
      scripts.put(app, template.replace(PLACEHOLDER, rendered));
    }
  }

  @GetMapping("/camunda/app/{app:tasklist|welcome}/scripts/config.js")
  ResponseEntity<String> config(@PathVariable String app) {
    // the webapps load it with a cache-busting parameter; no-cache makes a changed setting apply at the next load
    return ResponseEntity.ok().contentType(JAVASCRIPT).cacheControl(CacheControl.noCache()).body(scripts.get(app));
  }

  private static String template(String app) {
    try (var in = new ClassPathResource("webapps/" + app + "/config.js").getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("webapps/" + app + "/config.js is missing", e);
    }
  }
}
