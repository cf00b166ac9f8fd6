package cn.lawfulinspection.tasklist.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebappConfigControllerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "zh      | {\"availableLocales\":[\"zh\"],\"fallbackLocale\":\"zh\"}",
      "' ZH '  | {\"availableLocales\":[\"zh\"],\"fallbackLocale\":\"zh\"}",
      "en      | {\"availableLocales\":[\"en\"],\"fallbackLocale\":\"en\"}",
      "browser | {\"availableLocales\":[\"zh\",\"en\"],\"fallbackLocale\":\"zh\"}"})
  @DisplayName("the one setting decides the languages every webapp config.js offers")
  void rendersTheSetting(String setting, String locales) throws Exception {
    WebappConfigController controller =
        new WebappConfigController(new WebappLocaleSettings(setting), new ObjectMapper());

    for (String app : new String[] {"tasklist", "welcome"}) {
      assertThat(controller.config(app).getBody()).contains("locales: " + locales).doesNotContain("__LOCALES__");
    }
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"fr", "zh-CN", ""})
  @DisplayName("a language the webapps are not translated into is refused at start-up")
  void refusesUnknownLanguages(String setting) {
    assertThatThrownBy(() -> new WebappLocaleSettings(setting))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("INSPECTION_WEBAPPS_LOCALE");
  }
}
