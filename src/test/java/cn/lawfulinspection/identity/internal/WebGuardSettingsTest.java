package cn.lawfulinspection.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class WebGuardSettingsTest {

  static WebGuardSettings bind(Map<String, Object> environment) {
    StandardEnvironment env = new StandardEnvironment();
    MutablePropertySources sources = env.getPropertySources();
    sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
    sources.addFirst(new SystemEnvironmentPropertySource("env", environment));
    return new Binder(ConfigurationPropertySources.get(env)).bindOrCreate("inspection", WebGuardSettings.class);
  }

  @Test
  @DisplayName("INSPECTION_TRUSTED_PROXIES and INSPECTION_ALLOWED_ORIGINS set the guards; unset, there is no proxy, no extra origin, and 20 refusals per minute")
  void environment() {
    WebGuardSettings set = bind(Map.of("INSPECTION_TRUSTED_PROXIES", "10.0.0.5, 10.1.0.0/16",
        "INSPECTION_ALLOWED_ORIGINS", "https://modeler.example.org"));
    WebGuardSettings unset = bind(Map.of());

    assertThat(set.trustedProxies()).containsExactly("10.0.0.5", "10.1.0.0/16");
    assertThat(set.allowedOrigins()).containsExactly("https://modeler.example.org");
    assertThat(unset.trustedProxies()).isEmpty();
    assertThat(unset.allowedOrigins()).isEmpty();
    assertThat(unset.rateLimit()).isEqualTo(new WebGuardSettings.RateLimit(20, Duration.ofMinutes(1)));
  }
}
