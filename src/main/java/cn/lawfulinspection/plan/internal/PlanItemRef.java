package cn.lawfulinspection.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An item of a plan version: its code and its name when the version was submitted. */
@Embeddable
public class PlanItemRef {

  @Column(name = "item_code", nullable = false, length = 64)
  private String itemCode;

  @Column(name = "item_name", nullable = false, length = 200)
  private String itemName;

  protected PlanItemRef() {}

  public PlanItemRef(String itemCode, String itemName) {
    this.itemCode = itemCode;
    this.itemName = itemName;
  }

  public String itemCode() {
    return itemCode;
  }

  public String itemName() {
    return itemName;
  }
}
