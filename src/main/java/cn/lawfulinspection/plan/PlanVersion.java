package cn.lawfulinspection.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of a plan: what was submitted and what became of it.
 *
 * @param late R-PL-1: an annual plan uploaded after the deadline
 * @param warning the R-PL-1 warning shown to the head and to supervision, or {@code null}
 * @param returnedStage {@code HEAD} or {@code FILING} when returned
 * @param partners R-PL-6: the partner agencies (联合检查单位) of a joint plan; empty for a plan of one agency
 * @param jointItems R-PL-6: the partners' items that may be inspected jointly (联合检查事项), each with its owner
 */
public record PlanVersion(
    long planId, int version, PlanStatus status, boolean amendment, List<PlanItem> items, String method,
    String objectScope, LocalDate windowStart, LocalDate windowEnd, int annualCap, String notes, boolean late,
    String warning, String submittedBy, Instant submittedAt, String approvedBy, Instant approvedAt,
    String returnedBy, Instant returnedAt, String returnedStage, String returnReason, String filedBy,
    Instant filedAt, Instant publishedAt, Instant supersededAt, String processInstanceId, List<Partner> partners,
    List<JointItem> jointItems) {

  /** A partner agency of a joint plan (联合检查单位). */
  public record Partner(String agencyCode, String agencyName) {}

  /** A partner's item in a joint plan; {@code agencyCode} is the agency that owns it. */
  public record JointItem(String agencyCode, String code, String name) {}

  /** An item (检查事项) of the plan, with its name as it was when the plan was submitted. */
  public record PlanItem(String code, String name) {}
}
