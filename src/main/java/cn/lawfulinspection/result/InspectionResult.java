package cn.lawfulinspection.result;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The backfilled result of a task (检查结果).
 *
 * @param dueOn the last day of the backfill period: resultBackfillWorkingDays working days after the scan-in (R-RS-1)
 * @param late backfilled after {@code dueOn} (R-RS-1 warn; supervision sees it, R-SV-3)
 */
public record InspectionResult(long taskId, String taskNumber, String enterpriseCode, String backfilledBy,
    Instant backfilledAt, Instant scannedInAt, LocalDate dueOn, boolean late, boolean problemsFound,
    LocalDate rectificationDeadline, String remarks, List<Item> items) {

  /**
   * The result of one item.
   *
   * @param firstViolationExempt marked 首违不罚 automatically (R-RS-5)
   */
  public record Item(String itemCode, String itemName, ItemOutcome outcome, String outcomeLabel, String findings,
      boolean minor, boolean firstViolationExempt, List<String> evidence) {}
}
