package cn.lawfulinspection.qr;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Unforgeable, expiring codes (R-SC-3): the text {@code <payload>.<mac>}, both URL-safe Base64 without padding, where
 * the payload is {@code <kind tag>:<expiry epoch seconds, base 36>:<id>} in UTF-8 and the MAC is HMAC-SHA256 over
 * the encoded payload with a secret key of at least 32 bytes, truncated to its first 128 bits (enough against
 * forgery, and it keeps the QR code small). The MAC is compared in constant time.
 */
public final class SignedCode {

  /**
   * The public demonstration key of the embedded default ({@code application.yml}): anyone can read it and forge codes
   * with it, so while it is in effect the platform serves only this computer (loopback).
   */
  public static final String DEMO_KEY = "demo-only-inspection-code-key-do-not-use-in-production";

  static final int MIN_KEY_BYTES = 32;
  static final int MAC_BYTES = 16;
  /** No genuine code is this long; longer text is refused before any work is done on it. */
  static final int MAX_TEXT_LENGTH = 512;
  private static final String ALGORITHM = "HmacSHA256";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final SecretKeySpec key;
  private final boolean demoKey;

  /** @param secret the signing key, at least 32 bytes; kept by copy */
  public SignedCode(byte[] secret) {
    if (secret == null || secret.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("the code signing key must have at least " + MIN_KEY_BYTES + " bytes");
    }
    this.key = new SecretKeySpec(Arrays.copyOf(secret, secret.length), ALGORITHM);
    this.demoKey = MessageDigest.isEqual(secret, DEMO_KEY.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether codes are signed with the public {@link #DEMO_KEY}. */
  public boolean usesDemoKey() {
    return demoKey;
  }

  /** The signed text for {@code payload}. */
  public String sign(CodePayload payload) {
    String body = payload.kind().tag() + ":" + Long.toString(payload.expiresAt().getEpochSecond(), 36) + ":"
        + payload.id();
    String encoded = ENCODER.encodeToString(body.getBytes(StandardCharsets.UTF_8));
    return encoded + "." + ENCODER.encodeToString(mac(encoded));
  }

  /** Checks a code of any kind: genuine and not expired at {@code now}. */
  public CodeCheck verify(String text, Instant now) {
    return verify(text, (Set<CodeKind>) null, now);
  }

  /** Checks a code that must be of {@code expected} kind ({@code null}: any kind). */
  public CodeCheck verify(String text, CodeKind expected, Instant now) {
    return verify(text, expected == null ? null : EnumSet.of(expected), now);
  }

  /** Checks a code that must be of one of the {@code accepted} kinds ({@code null}: any kind). */
  public CodeCheck verify(String text, Set<CodeKind> accepted, Instant now) {
    if (text == null || text.length() > MAX_TEXT_LENGTH) {
      return CodeCheck.refused(CodeCheck.Failure.MALFORMED);
    }
    String code = text.strip();
    int dot = code.indexOf('.');
    if (dot <= 0 || dot != code.lastIndexOf('.')) {
      return CodeCheck.refused(CodeCheck.Failure.MALFORMED);
    }
    String encoded = code.substring(0, dot);
    byte[] given;
    try {
      given = DECODER.decode(code.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      return CodeCheck.refused(CodeCheck.Failure.MALFORMED);
    }
    if (!MessageDigest.isEqual(mac(encoded), given)) {
      return CodeCheck.refused(CodeCheck.Failure.FORGED);
    }
    CodePayload payload = parse(encoded);
    if (payload == null) {
      return CodeCheck.refused(CodeCheck.Failure.MALFORMED);
    }
    if (accepted != null && !accepted.contains(payload.kind())) {
      return CodeCheck.refused(CodeCheck.Failure.WRONG_KIND);
    }
    if (!now.isBefore(payload.expiresAt())) {
      return CodeCheck.refused(CodeCheck.Failure.EXPIRED);
    }
    return CodeCheck.valid(payload);
  }

  /** The payload of a correctly signed text; {@code null} if it does not parse (a signing bug, never input). */
  private static CodePayload parse(String encoded) {
    try {
      String body = new String(DECODER.decode(encoded), StandardCharsets.UTF_8);
      String[] parts = body.split(":", 3);
      CodeKind kind = parts.length == 3 && parts[0].length() == 1 ? CodeKind.ofTag(parts[0].charAt(0)) : null;
      if (kind == null) {
        return null;
      }
      return new CodePayload(kind, parts[2], Instant.ofEpochSecond(Long.parseLong(parts[1], 36)));
    } catch (IllegalArgumentException e) { // bad Base64, number or id
      return null;
    }
  }

  private byte[] mac(String encodedPayload) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      byte[] full = mac.doFinal(encodedPayload.getBytes(StandardCharsets.US_ASCII));
      return Arrays.copyOf(full, MAC_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
