package cn.lawfulinspection.guidance;

import java.time.Instant;

/**
 * A guidance request (行政指导请求) as recorded, apart from inspections. It has no result and no violation on purpose
 * (R-TK-9): a problem found during guidance leads to an inspection task the staff register, referenced here by
 * {@code inspectionTaskNumber}.
 *
 * @param replyWorkingDays the profile's answer period when the request was made (R-NT-4); {@code null} where the
 *     locality sets none
 * @param replyDueAt when the answer is due; {@code null} without an answer period
 * @param replyOverdueAt when the platform found the answer late and escalated it to the head
 */
public record GuidanceRequest(long id, String requestNumber, String agencyCode, String agencyName,
    String enterpriseCode, String enterpriseName, GuidanceKind kind, GuidanceSource source, String subject,
    String contact, String registeredBy, Instant requestedAt, String profileName, Integer replyWorkingDays,
    Instant replyDueAt, GuidanceStatus status, String answer, boolean visitProposed, String answeredBy,
    Instant answeredAt, Instant replyOverdueAt, Consent consent, Instant consentAt, String visitedBy,
    Instant visitedAt, String visitNotes, String inspectionTaskNumber) {

  /** Timeliness of the answer (R-NT-4) as supervision reads it. */
  public enum Timeliness {
    ON_TIME("按时答复"),
    LATE("逾期答复"),
    OVERDUE("逾期未答复"),
    PENDING("待答复（未到期）"),
    NO_PERIOD("本地未规定答复时限");

    private final String label;

    Timeliness(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** On time, late, overdue, pending or without a period, at {@code now}. */
  public Timeliness timeliness(Instant now) {
    if (replyDueAt == null) {
      return Timeliness.NO_PERIOD;
    }
    if (answeredAt != null) {
      return answeredAt.isAfter(replyDueAt) ? Timeliness.LATE : Timeliness.ON_TIME;
    }
    return now.isAfter(replyDueAt) ? Timeliness.OVERDUE : Timeliness.PENDING;
  }
}
