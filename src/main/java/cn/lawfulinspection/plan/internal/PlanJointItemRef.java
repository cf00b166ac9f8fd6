package cn.lawfulinspection.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * R-PL-6: an item a partner agency brings into a joint plan (联合检查事项); it stays owned by that agency (R-MD-3 is
 * checked against the owner).
 */
@Embeddable
public class PlanJointItemRef {

  @Column(name = "agency_code", nullable = false, length = 32)
  private String agencyCode;

  @Column(name = "item_code", nullable = false, length = 64)
  private String itemCode;

  @Column(name = "item_name", nullable = false, length = 200)
  private String itemName;

  protected PlanJointItemRef() {}

  public PlanJointItemRef(String agencyCode, String itemCode, String itemName) {
    this.agencyCode = agencyCode;
    this.itemCode = itemCode;
    this.itemName = itemName;
  }

  public String agencyCode() {
    return agencyCode;
  }

  public String itemCode() {
    return itemCode;
  }

  public String itemName() {
    return itemName;
  }
}
