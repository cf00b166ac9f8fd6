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
 * @param trigger the trigger of a triggered task
 * @param triggerDescription what happened (e.g. the complaint), required for a triggered task
 * @param kind the kind of inspection (R-TK-7)
 * @param itemCodes the items to inspect (R-MD-3, R-TK-8)
 * @param inspectors the assigned inspectors: inspector ids ({@code scjg-002}) or their user ids ({@code liuyang})
 * @param windowStart first day of the inspection window
 * @param windowEnd last day of the inspection window
 * @param emergency 情况紧急 (R-TK-4): inspected first, approved afterwards
 * @param surprise 突击检查: no prior notice (R-NT-3, later)
 * @param frequencyChange lowering the frequency or exempting from on-site inspection (R-TK-6), {@code null} for none
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
    FrequencyChange frequencyChange) {

  public TaskRequest {
    itemCodes = itemCodes == null ? List.of() : List.copyOf(itemCodes);
    inspectors = inspectors == null ? List.of() : List.copyOf(inspectors);
  }
}
