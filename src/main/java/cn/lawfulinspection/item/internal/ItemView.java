package cn.lawfulinspection.item.internal;

import cn.lawfulinspection.item.InspectionItem;

/** An item as the API shows it, with whether it may be used (R-MD-3). */
record ItemView(String code, String agencyCode, String name, String legalBasis, String complianceStandard,
    boolean offSiteCheckable, boolean firstViolationExempt, boolean usable) {

  static ItemView of(InspectionItem i) {
    return new ItemView(i.code(), i.agencyCode(), i.name(), i.legalBasis(), i.complianceStandard(),
        i.offSiteCheckable(), i.firstViolationExempt(), i.usable());
  }
}
