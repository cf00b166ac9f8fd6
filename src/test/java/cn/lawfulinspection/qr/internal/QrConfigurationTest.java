package cn.lawfulinspection.qr.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QrConfigurationTest {

  final QrConfiguration configuration = new QrConfiguration();

  @Test
  @DisplayName("R-SC-3 without a signing key (profile mysql: INSPECTION_QR_SECRET unset) start-up fails and says what to set")
  void missingKey() {
    assertThatThrownBy(() -> configuration.signedCode(""))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("INSPECTION_QR_SECRET");
    assertThatThrownBy(() -> configuration.signedCode("   "))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 32 bytes");
  }

  @Test
  @DisplayName("R-SC-3 a signing key shorter than 32 bytes is refused at start-up")
  void shortKey() {
    assertThatThrownBy(() -> configuration.signedCode("short-key"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("too short: 9 bytes");
  }

  @Test
  @DisplayName("R-SC-3 codes signed with one key do not verify with another (the demo key is not the production key)")
  void keysDiffer() {
    var demo = configuration.signedCode(QrConfiguration.DEMO_SECRET);
    var production = configuration.signedCode("a-production-key-nobody-else-knows-0123456789");
    java.time.Instant now = java.time.Instant.parse("2026-03-18T02:00:00Z");
    String code = demo.sign(new cn.lawfulinspection.qr.CodePayload(cn.lawfulinspection.qr.CodeKind.INSPECTION_TASK,
        "1", now.plusSeconds(600)));
    assertThat(demo.verify(code, now).valid()).isTrue();
    assertThat(production.verify(code, now).valid()).isFalse();
  }

  @Test
  @DisplayName("validities must be positive; the base URL loses a trailing slash")
  void settings() {
    assertThat(configuration.codeSettings(Duration.ofDays(30), Duration.ofDays(1825), "https://jc.example.cn/")
        .baseUrl()).isEqualTo("https://jc.example.cn");
    assertThatThrownBy(() -> configuration.codeSettings(Duration.ZERO, Duration.ofDays(1), ""))
        .isInstanceOf(IllegalStateException.class);
  }
}
