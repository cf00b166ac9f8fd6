package cn.lawfulinspection.qr;

import java.time.Instant;
import java.util.Objects;

/**
 * What a signed code says.
 *
 * @param kind what the id names
 * @param id the task's or enterprise's id; any text without line breaks, short enough for a QR code
 * @param expiresAt the instant the code stops being valid (kept to the second)
 */
public record CodePayload(CodeKind kind, String id, Instant expiresAt) {

  public CodePayload {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (id == null || id.isBlank() || id.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("a code id must be non-blank text without control characters");
    }
    expiresAt = Instant.ofEpochSecond(expiresAt.getEpochSecond());
  }
}
