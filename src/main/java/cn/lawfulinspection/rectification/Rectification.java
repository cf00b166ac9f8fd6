package cn.lawfulinspection.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The rectification (整改) of a task, R-RS-4: the deadline, where it stands, and its rounds.
 *
 * @param recheckDate the day of the on-site re-check, once scheduled
 * @param rounds round 1 holds the enterprise's report and the verification (核查), round 2 the re-check (复查)
 */
public record Rectification(long taskId, String taskNumber, String agencyCode, LocalDate deadline,
    RectificationStatus status, Instant openedAt, LocalDate recheckDate, Instant closedAt, List<Round> rounds) {

  /**
   * One round: what the enterprise reported (text, evidence references, when, from which device) and the inspector's
   * check (verdict, remark, who, when); any part may still be missing.
   */
  public record Round(int number, String report, List<String> evidence, Instant reportedAt, String device,
      CheckVerdict verdict, String remark, String checkedBy, Instant checkedAt) {

    public boolean reported() {
      return reportedAt != null;
    }
  }

  /** The round in progress (the last one). */
  public Round currentRound() {
    return rounds.get(rounds.size() - 1);
  }
}
