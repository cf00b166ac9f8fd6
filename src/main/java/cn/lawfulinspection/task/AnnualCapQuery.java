package cn.lawfulinspection.task;

import cn.lawfulinspection.enterprise.CreditTier;

/**
 * What {@link AnnualCapPolicy} needs to know about one more on-site inspection of an enterprise by an agency.
 *
 * @param tier the enterprise's credit tier (R-MD-5); {@code null} when not yet graded (the profile's default cap
 *     applies)
 * @param whiteListed on the white list (白名单库): the tier cap is lowered one step (e.g. C is capped like B)
 * @param keySupervision on the key-supervision list (重点监管对象库): the tier cap is raised one step
 * @param countedThisYear on-site inspections of this enterprise by this agency this calendar year that count
 *     against the cap: planned and routine ones, not those whose trigger is outside the cap
 * @param planCap the per-enterprise annual cap stated by the task's plan (R-PL-2), {@code null} for none
 * @param trigger the trigger of a triggered task, {@code null} for a planned or routine one
 */
public record AnnualCapQuery(
    CreditTier tier,
    boolean whiteListed,
    boolean keySupervision,
    int countedThisYear,
    Integer planCap,
    TriggerReason trigger) {

  /** A planned (routine) inspection, with the plan's cap if it states one. */
  public static AnnualCapQuery planned(CreditTier tier, int countedThisYear, Integer planCap) {
    return new AnnualCapQuery(tier, false, false, countedThisYear, planCap, null);
  }

  /** A triggered inspection. */
  public static AnnualCapQuery triggered(CreditTier tier, int countedThisYear, TriggerReason trigger) {
    return new AnnualCapQuery(tier, false, false, countedThisYear, null, trigger);
  }

  /** The same query with the list flags set. */
  public AnnualCapQuery withLists(boolean whiteListed, boolean keySupervision) {
    return new AnnualCapQuery(tier, whiteListed, keySupervision, countedThisYear, planCap, trigger);
  }
}
