package cn.lawfulinspection.task;

import java.time.LocalDate;
import java.util.List;

/**
 * What a registrant submits to register (登记) or revise an inspection task. One task inspects one enterprise.
 *
 * @param enterpriseCode the enterprise's unified social credit code
 * @param origin planned (有计划检查) or triggered (触发式检查), R-TK-1
 * @param planId the plan of a planned task (or give {@code planNumber})
 * @param planNumber the plan number, e.g. {@code JH-SCJG-2026-001}, when {@code planId} is not given
 * @param planVersion the filed version; {@code null} = the filed version in force
 * @param trigger ignored for a triggered task: its trigger comes from {@code triggerRecord} (R-TK-10); kept for
 *     compatibility of older clients
 * @param triggerDescription ignored as a trigger (free text alone is not a trigger, R-TK-10); the task's description is
 *     the record's summary
 * @param kind the kind of inspection (R-TK-7)
 * @param itemCodes the items to inspect (R-MD-3, R-TK-8)
 * @param inspectors the assigned inspectors: inspector ids ({@code scjg-002}) or their user ids ({@code liuyang})
 * @param windowStart first day of the inspection window
 * @param windowEnd last day of the inspection window
 * @param emergency 情况紧急 (R-TK-4): inspected first, approved afterwards; only a triggered task with an urgency
 * @param surprise 突击检查: no prior notice (R-NT-3); only a special inspection with a surprise reason
 * @param frequencyChange lowering the frequency or exempting from on-site inspection (R-TK-6), {@code null} for none
 * @param triggerRecord R-TK-10: the id or number of the agency's trigger record (e.g. {@code CF-SCJG-2026-0001}),
 *     required for a triggered task
 * @param urgency R-TK-4: what the emergency must prevent, required for an emergency
 * @param urgencyReason R-TK-4: why it is urgent, required for an emergency
 * @param surpriseReason R-NT-3: the seed's reason for a surprise, required for a surprise
 * @param surpriseReasonText R-NT-3: the stated reason in words, required for a surprise
 * @param overInspectionException R-SV-2: the number of the justice bureau's exception, when one was granted
 * @param quietExemption R-TK-7: a stated situation exempting the task from the quiet period where the profile lists it
 *     (YH 2(3)); {@code null} for none
 * @param quietExemptionText the registrant's reason for the stated situation, required with it
 */
public record TaskRequest(
    String enterpriseCode,
    TaskOrigin origin,
    Long planId,
    String planNumber,
    Integer planVersion,
    TriggerReason trigger,
    String triggerDescription,
    InspectionKind kind,
    List<String> itemCodes,
    List<String> inspectors,
    LocalDate windowStart,
    LocalDate windowEnd,
    boolean emergency,
    boolean surprise,
    FrequencyChange frequencyChange,
    String triggerRecord,
    UrgencyCategory urgency,
    String urgencyReason,
    SurpriseReason surpriseReason,
    String surpriseReasonText,
    String overInspectionException,
    QuietExemptionReason quietExemption,
    String quietExemptionText) {

  public TaskRequest {
    itemCodes = itemCodes == null ? List.of() : List.copyOf(itemCodes);
    inspectors = inspectors == null ? List.of() : List.copyOf(inspectors);
  }

  /** The request without the fields of R-TK-10, R-TK-4, R-NT-3 and R-SV-2 (add them with the {@code with…} methods). */
  public TaskRequest(String enterpriseCode, TaskOrigin origin, Long planId, String planNumber, Integer planVersion,
      TriggerReason trigger, String triggerDescription, InspectionKind kind, List<String> itemCodes,
      List<String> inspectors, LocalDate windowStart, LocalDate windowEnd, boolean emergency, boolean surprise,
      FrequencyChange frequencyChange) {
    this(enterpriseCode, origin, planId, planNumber, planVersion, trigger, triggerDescription, kind, itemCodes,
        inspectors, windowStart, windowEnd, emergency, surprise, frequencyChange, null, null, null, null, null, null,
        null, null);
  }

  /** The same request linking the trigger record (R-TK-10). */
  public TaskRequest withTriggerRecord(String record) {
    return new TaskRequest(enterpriseCode, origin, planId, planNumber, planVersion, trigger, triggerDescription, kind,
        itemCodes, inspectors, windowStart, windowEnd, emergency, surprise, frequencyChange, record, urgency,
        urgencyReason, surpriseReason, surpriseReasonText, overInspectionException,
        quietExemption, quietExemptionText);
  }

  /** The same request as an emergency with its stated urgency (R-TK-4). */
  public TaskRequest withUrgency(UrgencyCategory category, String reason) {
    return new TaskRequest(enterpriseCode, origin, planId, planNumber, planVersion, trigger, triggerDescription, kind,
        itemCodes, inspectors, windowStart, windowEnd, true, surprise, frequencyChange, triggerRecord, category,
        reason, surpriseReason, surpriseReasonText, overInspectionException, quietExemption, quietExemptionText);
  }

  /** The same request as a surprise with its stated reason (R-NT-3). */
  public TaskRequest withSurprise(SurpriseReason reason, String text) {
    return new TaskRequest(enterpriseCode, origin, planId, planNumber, planVersion, trigger, triggerDescription, kind,
        itemCodes, inspectors, windowStart, windowEnd, emergency, true, frequencyChange, triggerRecord, urgency,
        urgencyReason, reason, text, overInspectionException, quietExemption, quietExemptionText);
  }

  /** The same request using the justice bureau's over-inspection exception (R-SV-2). */
  public TaskRequest withOverInspectionException(String number) {
    return new TaskRequest(enterpriseCode, origin, planId, planNumber, planVersion, trigger, triggerDescription, kind,
        itemCodes, inspectors, windowStart, windowEnd, emergency, surprise, frequencyChange, triggerRecord, urgency,
        urgencyReason, surpriseReason, surpriseReasonText, number, quietExemption, quietExemptionText);
  }

  /** The same request stating a situation that exempts it from the quiet period where the profile lists it (R-TK-7). */
  public TaskRequest withQuietExemption(QuietExemptionReason reason, String text) {
    return new TaskRequest(enterpriseCode, origin, planId, planNumber, planVersion, trigger, triggerDescription, kind,
        itemCodes, inspectors, windowStart, windowEnd, emergency, surprise, frequencyChange, triggerRecord, urgency,
        urgencyReason, surpriseReason, surpriseReasonText, overInspectionException, reason, text);
  }
}
