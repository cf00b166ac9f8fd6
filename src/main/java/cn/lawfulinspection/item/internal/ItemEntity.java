package cn.lawfulinspection.item.internal;

import cn.lawfulinspection.item.InspectionItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "insp_inspection_item")
class ItemEntity {

  @Id
  @Column(name = "code", length = 32)
  private String code;

  @Column(name = "agency_code", length = 32, nullable = false)
  private String agencyCode;

  @Column(name = "name", length = 200, nullable = false)
  private String name;

  @Column(name = "legal_basis", length = 1000)
  private String legalBasis;

  @Column(name = "compliance_standard", length = 1000)
  private String complianceStandard;

  @Column(name = "off_site_checkable", nullable = false)
  private boolean offSiteCheckable;

  @Column(name = "first_violation_exempt", nullable = false)
  private boolean firstViolationExempt;

  protected ItemEntity() {}

  ItemEntity(String code) {
    this.code = code;
  }

  void update(InspectionItem item) {
    this.agencyCode = item.agencyCode();
    this.name = item.name();
    this.legalBasis = item.legalBasis();
    this.complianceStandard = item.complianceStandard();
    this.offSiteCheckable = item.offSiteCheckable();
    this.firstViolationExempt = item.firstViolationExempt();
  }

  InspectionItem toItem() {
    return new InspectionItem(code, agencyCode, name, legalBasis, complianceStandard, offSiteCheckable,
        firstViolationExempt);
  }
}
