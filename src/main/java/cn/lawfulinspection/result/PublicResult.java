package cn.lawfulinspection.result;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the enterprise reads through the inspection code (R-RS-2): whether the result is backfilled, the task's
 * status, each item's outcome and findings, the first-violation exemption (R-RS-5) and the rectification deadline.
 * Nothing internal (inspectors' accounts, evidence, lateness).
 */
public record PublicResult(boolean backfilled, Instant backfilledAt, String statusLabel, List<Item> items,
    LocalDate rectificationDeadline) {

  /** One item as the enterprise reads it. */
  public record Item(String itemCode, String itemName, ItemOutcome outcome, String outcomeLabel, String findings,
      boolean firstViolationExempt) {}
}
