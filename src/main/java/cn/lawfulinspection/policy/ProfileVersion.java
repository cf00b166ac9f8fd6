package cn.lawfulinspection.policy;

import java.time.Instant;
import java.util.List;

/**
 * One version of a profile and the audit of the change that made it (who, when, why, old → new); version 1 is the
 * shipped file (changedBy "system", no changes).
 */
public record ProfileVersion(String name, int version, String changedBy, Instant changedAt, String reason,
    List<Change> changes, PolicyProfile profile) {

  /** One value changed: its key in the file, the old and the new value (as JSON text). */
  public record Change(String key, String oldValue, String newValue) {}
}
