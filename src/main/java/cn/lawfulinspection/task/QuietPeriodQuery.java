package cn.lawfulinspection.task;

import java.time.LocalDate;

/**
 * What {@link QuietPeriodPolicy} needs to know of a task.
 *
 * @param kind the kind of inspection
 * @param trigger the trigger of a triggered task, {@code null} otherwise
 * @param window the inspection window
 * @param decidedOn the day the exception is decided (normally the head's approval); the filing with the justice
 *     bureau is due {@code quietFilingDays} working days after it
 */
public record QuietPeriodQuery(InspectionKind kind, TriggerReason trigger, InspectionWindow window,
    LocalDate decidedOn) {}
