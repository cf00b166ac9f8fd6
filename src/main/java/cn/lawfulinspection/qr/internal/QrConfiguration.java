package cn.lawfulinspection.qr.internal;

import cn.lawfulinspection.qr.CodeSettings;
import cn.lawfulinspection.qr.SignedCode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The signing key of all codes (R-SC-3) from {@code inspection.qr.secret} (environment {@code INSPECTION_QR_SECRET}):
 * its UTF-8 bytes, at least 32. The embedded default ships a fixed demo key (logged as a warning); the {@code mysql}
 * profile has no default, so production refuses to start without a key of its own.
 */
@Configuration
class QrConfiguration {

  private static final Logger log = LoggerFactory.getLogger(QrConfiguration.class);
  /** The key of the embedded default (application.yml); anyone can read it, so it only serves demonstrations. */
  static final String DEMO_SECRET = SignedCode.DEMO_KEY;

  @Bean
  SignedCode signedCode(@Value("${inspection.qr.secret:}") String secret) {
    return new SignedCode(key(secret));
  }

  @Bean
  CodeSettings codeSettings(
      @Value("${inspection.qr.inspection-code-validity:P30D}") Duration inspectionCodeValidity,
      @Value("${inspection.qr.enterprise-code-validity:P1825D}") Duration enterpriseCodeValidity,
      @Value("${inspection.qr.base-url:}") String baseUrl) {
    if (inspectionCodeValidity.isNegative() || inspectionCodeValidity.isZero()
        || enterpriseCodeValidity.isNegative() || enterpriseCodeValidity.isZero()) {
      throw new IllegalStateException("inspection.qr.*-validity must be positive durations such as P30D");
    }
    String base = baseUrl == null ? "" : baseUrl.strip();
    if (!base.isEmpty() && !(base.startsWith("http://") || base.startsWith("https://"))) {
      throw new IllegalStateException("inspection.qr.base-url (INSPECTION_PUBLIC_URL) must be an address such as "
          + "https://jc.example.gov.cn or http://192.168.1.20:8080, not \"" + base + "\"");
    }
    return new CodeSettings(inspectionCodeValidity, enterpriseCodeValidity,
        base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
  }

  /** The key bytes, or a start-up failure that says what to set. */
  static byte[] key(String secret) {
    if (secret == null || secret.isBlank()) {
      throw new IllegalStateException("inspection.qr.secret is not set: set the environment variable "
          + "INSPECTION_QR_SECRET to a random secret of at least 32 bytes (e.g. `openssl rand -base64 48`); "
          + "it signs every inspection code and enterprise QR code");
    }
    byte[] key = secret.getBytes(StandardCharsets.UTF_8);
    if (key.length < 32) {
      throw new IllegalStateException("inspection.qr.secret (INSPECTION_QR_SECRET) is too short: " + key.length
          + " bytes, at least 32 are required (e.g. `openssl rand -base64 48`)");
    }
    if (DEMO_SECRET.equals(secret)) {
      log.warn("QR codes are signed with the public demo key: the platform serves only this computer (loopback) "
          + "until INSPECTION_QR_SECRET is set");
    }
    return key;
  }
}
