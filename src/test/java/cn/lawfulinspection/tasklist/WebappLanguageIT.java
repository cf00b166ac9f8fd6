package cn.lawfulinspection.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The webapps' configuration as an English browser loads it: Chinese is the only language offered by default. */
@IntegrationTest
class WebappLanguageIT {

  @LocalServerPort
  int port;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "welcome"})
  @DisplayName("an English browser loading the webapp's config.js is offered Chinese only (inspection.webapps.locale=zh)")
  void chineseWhateverTheBrowser(String app) throws Exception {
    // given an English browser, which loads config.js with a cache-busting parameter as the webapp does
    HttpRequest request = HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/camunda/app/" + app + "/scripts/config.js?bust=1700000000000"))
        .header("Accept-Language", "en-US,en;q=0.9")
        .header("Accept", "*/*")
        .build();

    // when
    HttpResponse<String> response = HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

    // then our configuration, with Chinese as the only and the fallback language
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/javascript"));
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
    assertThat(response.body())
        .contains("vendor: '规范涉企行政检查平台'")
        .contains("locales: {\"availableLocales\":[\"zh\"],\"fallbackLocale\":\"zh\"}")
        .doesNotContain("__LOCALES__", "'en'", "\"en\"");
  }
}
