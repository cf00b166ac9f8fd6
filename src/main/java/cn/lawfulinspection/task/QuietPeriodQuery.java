package cn.lawfulinspection.task;

import cn.lawfulinspection.enterprise.CreditTier;
import java.time.LocalDate;

/**
 * What {@link QuietPeriodPolicy} needs to know of a task.
 *
 * @param kind the kind of inspection
 * @param trigger the trigger of a triggered task, {@code null} otherwise
 * @param window the inspection window
 * @param decidedOn the day the exception is decided (normally the head's approval); the filing is due
 *     {@code quietFilingDays} working days after it
 * @param tier the enterprise's credit tier (YH: B tier has a longer quiet period); {@code null} when unknown
 * @param seriouslyDishonest the enterprise is on the serious-dishonesty list (YH: exempt)
 * @param emergency 情况紧急 (YH: 突发事件, exempt)
 * @param statedReason a situation the registrant stated (YH 2(3): 生命财产安全、重大公共利益 …), exempt where the
 *     profile lists it ({@code quietExemptReasons}); {@code null} for none
 */
public record QuietPeriodQuery(InspectionKind kind, TriggerReason trigger, InspectionWindow window,
    LocalDate decidedOn, CreditTier tier, boolean seriouslyDishonest, boolean emergency,
    QuietExemptionReason statedReason) {

  /** A task that states no exempting situation. */
  public QuietPeriodQuery(InspectionKind kind, TriggerReason trigger, InspectionWindow window, LocalDate decidedOn,
      CreditTier tier, boolean seriouslyDishonest, boolean emergency) {
    this(kind, trigger, window, decidedOn, tier, seriouslyDishonest, emergency, null);
  }

  /** A task whose enterprise is of no particular tier or list, not an emergency. */
  public QuietPeriodQuery(InspectionKind kind, TriggerReason trigger, InspectionWindow window, LocalDate decidedOn) {
    this(kind, trigger, window, decidedOn, null, false, false, null);
  }
}
