package cn.lawfulinspection.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** R-PL-6: a partner agency (联合检查单位) of a joint plan version, with its name when the version was submitted. */
@Embeddable
public class PlanPartnerRef {

  @Column(name = "agency_code", nullable = false, length = 32)
  private String agencyCode;

  @Column(name = "agency_name", nullable = false, length = 200)
  private String agencyName;

  protected PlanPartnerRef() {}

  public PlanPartnerRef(String agencyCode, String agencyName) {
    this.agencyCode = agencyCode;
    this.agencyName = agencyName;
  }

  public String agencyCode() {
    return agencyCode;
  }

  public String agencyName() {
    return agencyName;
  }
}
