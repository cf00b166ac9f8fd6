package cn.lawfulinspection.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An inspection plan (检查计划) of one agency and year, with all its versions (oldest first).
 *
 * @param id technical id
 * @param planNumber 计划编号, e.g. {@code JH-SCJG-2026-001}
 */
public record InspectionPlan(
    long id, String planNumber, String agencyCode, String agencyName, int year, PlanType type, String title,
    Instant uploadedAt, String uploadedBy, List<PlanVersion> versions) {

  /** The filed version in force, if any (R-PL-3). */
  public Optional<PlanVersion> filedVersion() {
    return versions.stream().filter(v -> v.status() == PlanStatus.FILED).findFirst();
  }

  public Optional<PlanVersion> version(int versionNo) {
    return versions.stream().filter(v -> v.version() == versionNo).findFirst();
  }

  public PlanVersion latestVersion() {
    return versions.get(versions.size() - 1);
  }
}
