package cn.lawfulinspection.item;

/**
 * An inspection item (检查事项) of an agency.
 *
 * @param code unique code (e.g. {@code SCJG-001})
 * @param agencyCode the agency that may inspect it
 * @param name what is checked
 * @param legalBasis the law behind it (法定依据); blank makes the item unusable (R-MD-3)
 * @param complianceStandard what compliance looks like (合规标准); blank makes the item unusable (R-MD-3)
 * @param offSiteCheckable whether it can be checked off-site (非现场检查)
 * @param firstViolationExempt on the first-violation exemption list (首违不罚清单, R-RS-5): a first minor violation
 *     of this item is not punished
 */
public record InspectionItem(
    String code, String agencyCode, String name, String legalBasis, String complianceStandard,
    boolean offSiteCheckable, boolean firstViolationExempt) {

  /** An item not on the first-violation exemption list. */
  public InspectionItem(String code, String agencyCode, String name, String legalBasis, String complianceStandard,
      boolean offSiteCheckable) {
    this(code, agencyCode, name, legalBasis, complianceStandard, offSiteCheckable, false);
  }

  /**
   * How a form offers the item for choosing, its legal basis shown (R-MD-3): 名称（编号）依据：法定依据. The same label in
   * every form that offers items (plans, tasks).
   */
  public String choiceLabel() {
    return name + "（" + code + "）依据：" + legalBasis;
  }

  /** R-MD-3: an item without legal basis or compliance standard cannot be used in a plan or task. */
  public boolean usable() {
    return legalBasis != null && !legalBasis.isBlank() && complianceStandard != null && !complianceStandard.isBlank();
  }
}
