package cn.lawfulinspection.inspectioncode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a genuine inspection code shows the enterprise (R-SC-3): the task is real, who inspects, what and on which
 * legal basis, when, and the enterprise's rights. Nothing internal (warnings, trace, accounts) is included.
 *
 * @param followUp {@code true} when the page was opened through the enterprise's follow-up link (检查结果告知链接),
 *     with which it may evaluate and report its rectification; {@code false} for the inspection code the inspector
 *     shows, which only verifies and reads (R-IG-7)
 */
public record VerifiedTask(
    String taskNumber, String status, String agencyName, String enterpriseName, String enterpriseCode,
    String kind, boolean emergency, LocalDate windowStart, LocalDate windowEnd, String window,
    List<Inspector> inspectors, List<Item> items, Instant codeExpiresAt, boolean followUp, List<Right> rights) {

  /** An inspector: name and enforcement certificate number (执法证号). */
  public record Inspector(String name, String certificateNumber) {}

  /** An item with its legal basis (检查依据). */
  public record Item(String code, String name, String legalBasis) {}

  /** One of the enterprise's rights, with a short explanation. */
  public record Right(String name, String explanation) {}
}
