package cn.lawfulinspection.identity.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the guards in front of every request ({@code inspection.trusted-proxies},
 * {@code inspection.allowed-origins}, {@code inspection.rate-limit.*}; from the environment
 * {@code INSPECTION_TRUSTED_PROXIES}, {@code INSPECTION_ALLOWED_ORIGINS}, {@code INSPECTION_RATE_LIMIT_REFUSALS},
 * {@code INSPECTION_RATE_LIMIT_WINDOW}).
 *
 * @param trustedProxies reverse proxies (IP addresses or CIDR ranges, e.g. {@code 10.0.0.5, 10.1.0.0/16}) whose
 *     {@code X-Forwarded-For} names the client; empty: the client is always the socket's remote address
 * @param allowedOrigins origins besides the platform's own (e.g. {@code https://modeler.example.gov.cn}) whose
 *     browser pages may send state-changing requests to {@code /api} and {@code /engine-rest}
 * @param rateLimit how many refused anonymous requests one client may cause within a window
 */
@ConfigurationProperties("inspection")
record WebGuardSettings(
    @DefaultValue List<String> trustedProxies,
    @DefaultValue List<String> allowedOrigins,
    @DefaultValue RateLimit rateLimit) {

  WebGuardSettings {
    trustedProxies = nonBlank(trustedProxies);
    allowedOrigins = nonBlank(allowedOrigins);
  }

  /**
   * @param refusals refused anonymous requests (failed logins, forged codes...) a client may cause per window
   * @param window the window, e.g. {@code PT1M}
   */
  record RateLimit(@DefaultValue("20") int refusals, @DefaultValue("PT1M") Duration window) {

    RateLimit {
      if (refusals < 1 || window == null || window.isNegative() || window.isZero()) {
        throw new IllegalStateException("inspection.rate-limit needs refusals >= 1 and a positive window "
            + "(INSPECTION_RATE_LIMIT_REFUSALS, INSPECTION_RATE_LIMIT_WINDOW such as PT1M)");
      }
    }
  }

  private static List<String> nonBlank(List<String> values) {
    return values == null ? List.of() : values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
  }
}
