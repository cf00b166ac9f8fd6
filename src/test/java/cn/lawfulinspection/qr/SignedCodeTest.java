package cn.lawfulinspection.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lawfulinspection.common.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SignedCodeTest {

  private static final byte[] KEY = "test-only signing key, 32+ bytes long!".getBytes(StandardCharsets.UTF_8);
  /** The end of the last day of an inspection window, 2026-03-20 23:59:59 Beijing time. */
  private static final Instant EXPIRES = OffsetDateTime.parse("2026-03-20T23:59:59+08:00").toInstant();
  private static final Instant DURING = OffsetDateTime.parse("2026-03-17T10:30:00+08:00").toInstant();
  private static final CodePayload TASK = new CodePayload(CodeKind.INSPECTION_TASK, "2026000123", EXPIRES);

  private final SignedCode codes = new SignedCode(KEY);

  @Test
  @DisplayName("R-SC-3 a signed inspection code verifies before it expires and gives back its payload")
  void roundTrip() {
    String text = codes.sign(TASK);

    CodeCheck check = codes.verify(text, CodeKind.INSPECTION_TASK, DURING);

    assertThat(check.valid()).isTrue();
    assertThat(check.payload()).isEqualTo(TASK);
    assertThat(check.verdict().allowed()).isTrue();
    assertThat(codes.verify(text, DURING).payload()).isEqualTo(TASK);
  }

  @Test
  @DisplayName("R-SC-3 the text is URL-safe and short enough for a small QR code")
  void compact() {
    String text = codes.sign(TASK);

    assertThat(text).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+").hasSizeLessThan(64);
  }

  @Test
  @DisplayName("R-SC-3 ids with Chinese text and colons round-trip")
  void chineseId() {
    CodePayload payload = new CodePayload(CodeKind.ENTERPRISE, "91321204MA1MXXXX0X:泰州𠮷祥食品", EXPIRES);

    assertThat(codes.verify(codes.sign(payload), CodeKind.ENTERPRISE, DURING).payload()).isEqualTo(payload);
  }

  @Test
  @DisplayName("R-SC-3 a code is expired from its expiry instant on, and valid one second before")
  void expired() {
    String text = codes.sign(TASK);

    assertThat(codes.verify(text, EXPIRES.minusSeconds(1)).valid()).isTrue();
    CodeCheck check = codes.verify(text, EXPIRES);
    assertThat(check.failure()).isEqualTo(CodeCheck.Failure.EXPIRED);
    assertThat(check.payload()).isNull();
    assertThat(check.verdict().ruleId()).isEqualTo("R-SC-3");
    assertThat(check.verdict().message()).contains("已过期");
  }

  @Test
  @DisplayName("R-SC-3 an altered payload (another task id under the old signature) is refused as forged")
  void alteredPayload() {
    String text = codes.sign(TASK);
    String signature = text.substring(text.indexOf('.') + 1);
    String body = "T:" + Long.toString(EXPIRES.getEpochSecond(), 36) + ":2026000124";
    String altered = Base64.getUrlEncoder().withoutPadding().encodeToString(body.getBytes(StandardCharsets.UTF_8))
        + "." + signature;

    CodeCheck check = codes.verify(altered, CodeKind.INSPECTION_TASK, DURING);

    assertThat(check.failure()).isEqualTo(CodeCheck.Failure.FORGED);
    assertThat(check.payload()).isNull();
    assertThat(check.verdict().message()).contains("伪造或篡改");
  }

  @Test
  @DisplayName("R-SC-3 a later expiry written into the payload is refused as forged")
  void extendedExpiry() {
    String text = codes.sign(TASK);
    String signature = text.substring(text.indexOf('.') + 1);
    String body = "T:" + Long.toString(EXPIRES.plusSeconds(86_400 * 365).getEpochSecond(), 36) + ":2026000123";
    String extended = Base64.getUrlEncoder().withoutPadding().encodeToString(body.getBytes(StandardCharsets.UTF_8))
        + "." + signature;

    assertThat(codes.verify(extended, EXPIRES.plusSeconds(60)).failure()).isEqualTo(CodeCheck.Failure.FORGED);
  }

  @Test
  @DisplayName("R-SC-3 a changed signature, or a code signed with another key, is refused as forged")
  void otherSignature() {
    String text = codes.sign(TASK);
    int dot = text.indexOf('.');
    char first = text.charAt(dot + 1);
    String tampered = text.substring(0, dot + 1) + (first == 'A' ? 'B' : 'A') + text.substring(dot + 2);
    SignedCode stranger = new SignedCode("another deployment's key, 32 bytes+".getBytes(StandardCharsets.UTF_8));

    assertThat(codes.verify(tampered, DURING).failure()).isEqualTo(CodeCheck.Failure.FORGED);
    assertThat(codes.verify(stranger.sign(TASK), DURING).failure()).isEqualTo(CodeCheck.Failure.FORGED);
  }

  @Test
  @DisplayName("R-SC-3 a genuine enterprise code shown where an inspection code is expected is refused as foreign")
  void wrongKind() {
    String enterprise = codes.sign(new CodePayload(CodeKind.ENTERPRISE, "91321204MA1MXXXX0X", EXPIRES));

    CodeCheck check = codes.verify(enterprise, CodeKind.INSPECTION_TASK, DURING);

    assertThat(check.failure()).isEqualTo(CodeCheck.Failure.WRONG_KIND);
    assertThat(check.payload()).isNull();
    Verdict verdict = check.verdict();
    assertThat(verdict.message()).contains("类型不符");
  }

  @Test
  @DisplayName("R-IG-7 the enterprise's follow-up link is a kind of its own: accepted where it is listed, foreign where only the inspection code is")
  void followUpKind() {
    String followUp = codes.sign(new CodePayload(CodeKind.ENTERPRISE_FOLLOW_UP, "2026000123", EXPIRES));
    String task = codes.sign(TASK);

    assertThat(followUp).isNotEqualTo(task);
    assertThat(codes.verify(followUp, java.util.EnumSet.of(CodeKind.INSPECTION_TASK, CodeKind.ENTERPRISE_FOLLOW_UP),
        DURING).payload().kind()).isEqualTo(CodeKind.ENTERPRISE_FOLLOW_UP);
    assertThat(codes.verify(followUp, CodeKind.INSPECTION_TASK, DURING).failure())
        .isEqualTo(CodeCheck.Failure.WRONG_KIND);
    assertThat(codes.verify(task, CodeKind.ENTERPRISE_FOLLOW_UP, DURING).failure())
        .isEqualTo(CodeCheck.Failure.WRONG_KIND);
  }

  @ParameterizedTest(name = "R-SC-3 malformed text \"{0}\" is refused")
  @NullAndEmptySource
  @ValueSource(strings = {"2026000123", "https://example.org/", ".abc", "a.b.c", "VDoxOjI.!!!"})
  @DisplayName("R-SC-3 text that is not a code of this platform is refused as malformed")
  void malformed(String text) {
    assertThat(codes.verify(text, DURING).failure()).isEqualTo(CodeCheck.Failure.MALFORMED);
  }

  @Test
  @DisplayName("R-SC-3 overlong text is refused without further work")
  void overlong() {
    assertThat(codes.verify("A".repeat(600) + ".AAAA", DURING).failure()).isEqualTo(CodeCheck.Failure.MALFORMED);
  }

  @Test
  @DisplayName("R-SC-3 a signing key shorter than 32 bytes is refused")
  void shortKey() {
    assertThatThrownBy(() -> new SignedCode(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SignedCode(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("R-SC-3 a payload needs an id without control characters")
  void payloadId() {
    assertThatThrownBy(() -> new CodePayload(CodeKind.INSPECTION_TASK, " ", EXPIRES))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CodePayload(CodeKind.INSPECTION_TASK, "1\n2", EXPIRES))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
