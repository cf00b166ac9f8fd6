package cn.lawfulinspection.qr;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The address that links in codes and notices start with (QR codes, verification, scan-in and follow-up links): the
 * configured public address {@code inspection.qr.base-url} ({@code INSPECTION_PUBLIC_URL}) or, when that is unset,
 * this server's own local address {@code http://localhost:<port>}. Never the request's {@code Host} or
 * {@code X-Forwarded-Host} header: whoever sends a request must not choose where an enterprise's link points.
 */
@Component
public class PublicAddress {

  private final CodeSettings settings;
  private final Environment environment;

  PublicAddress(CodeSettings settings, Environment environment) {
    this.settings = settings;
    this.environment = environment;
  }

  /** E.g. {@code https://jc.example.gov.cn} or {@code http://localhost:8080}, without a trailing slash. */
  public String base() {
    String configured = settings.baseUrl();
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    // the port the server really listens on (a random one in tests), known once it has started
    String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    String contextPath = environment.getProperty("server.servlet.context-path", "");
    return "http://localhost:" + port + (contextPath.endsWith("/") ? contextPath.substring(0, contextPath.length() - 1)
        : contextPath);
  }
}
