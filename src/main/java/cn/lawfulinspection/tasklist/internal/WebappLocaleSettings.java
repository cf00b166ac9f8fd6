package cn.lawfulinspection.tasklist.internal;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The one setting for the language of Tasklist and the Welcome page ({@code inspection.webapps.locale}, environment
 * {@code INSPECTION_WEBAPPS_LOCALE}).
 *
 * @param locale {@code zh} (default): Chinese whatever the browser's language; {@code en}: English for everyone;
 *     {@code browser}: the browser's first language when it is Chinese or English, Chinese otherwise
 */
@ConfigurationProperties("inspection.webapps")
record WebappLocaleSettings(@DefaultValue("zh") String locale) {

  static final String BROWSER = "browser";
  /** The languages the webapps have a complete translation for: our zh.json and the webjar's en.json. */
  static final List<String> TRANSLATED = List.of("zh", "en");

  WebappLocaleSettings {
    locale = locale == null ? "" : locale.strip().toLowerCase(Locale.ROOT);
    if (!TRANSLATED.contains(locale) && !BROWSER.equals(locale)) {
      throw new IllegalStateException("inspection.webapps.locale (INSPECTION_WEBAPPS_LOCALE) must be zh, en or "
          + "browser, not '" + locale + "'");
    }
  }

  /** The languages the webapps may choose from: the configured one only, or every translated one. */
  List<String> availableLocales() {
    return BROWSER.equals(locale) ? TRANSLATED : List.of(locale);
  }

  /** The language of a browser whose language is not available. */
  String fallbackLocale() {
    return BROWSER.equals(locale) ? "zh" : locale;
  }
}
