package cn.lawfulinspection.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An inspection task (检查任务) as registered and approved: one enterprise, its items, at least two inspectors, the
 * window, the warnings the registration rules raised and the trace of every step (R-SC-4).
 *
 * @param taskNumber 任务编号, e.g. {@code RW-SCJG-2026-0001}
 * @param taskYear the year whose annual cap the task counts against (the window's first day), R-TK-5
 * @param headConsentRequired R-TK-6: the head's approval also consents to lowering the frequency
 * @param quietException R-TK-7: inside the quiet period; after approval it is filed with the justice bureau
 * @param quietFilingDue the filing's due day, set when the exception is approved
 * @param revision 0 when first registered, +1 for every resubmission after a return
 * @param triggerRecordNumber R-TK-10: the trigger record the task links, {@code null} for a planned task
 * @param urgency R-TK-4: what the emergency prevents, {@code null} when not an emergency
 * @param urgencyReason R-TK-4: why it is urgent
 * @param surpriseReason R-NT-3: the seed's reason for a surprise, {@code null} when not a surprise
 * @param surpriseReasonText R-NT-3: the stated reason in words
 * @param overInspectionException R-SV-2: the justice bureau's exception the task used, {@code null} for none
 */
public record InspectionTask(
    long id, String taskNumber, String agencyCode, String agencyName, String enterpriseCode, String enterpriseName,
    TaskOrigin origin, Long planId, String planNumber, Integer planVersion, TriggerReason trigger,
    String triggerDescription, InspectionKind kind, LocalDate windowStart, LocalDate windowEnd, int taskYear,
    boolean emergency, boolean surprise, FrequencyChange frequencyChange, boolean headConsentRequired,
    boolean quietException, LocalDate quietFilingDue, TaskStatus status, String registeredBy, Instant registeredAt,
    int revision, String decidedBy, Instant decidedAt, String decisionReason, String processInstanceId,
    List<Item> items, List<AssignedInspector> inspectors, List<RuleWarning> warnings, List<TraceEntry> trace,
    String triggerRecordNumber, UrgencyCategory urgency, String urgencyReason, SurpriseReason surpriseReason,
    String surpriseReasonText, String overInspectionException) {

  /** An item of the task as it was when registered. */
  public record Item(String code, String name, String legalBasis) {}

  /** An assigned inspector with the certificate that qualified them (R-MD-1). */
  public record AssignedInspector(String inspectorId, String name, String userId, String certificateNumber) {}

  /** One step of the task (R-SC-4): who, when, what, from which channel. */
  public record TraceEntry(Instant at, String actor, String action, String detail, Channel channel) {}

  /** The user ids of the assigned inspectors who have an account. */
  public List<String> inspectorUserIds() {
    return inspectors.stream().map(AssignedInspector::userId).filter(u -> u != null).toList();
  }
}
