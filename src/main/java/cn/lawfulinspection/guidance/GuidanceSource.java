package cn.lawfulinspection.guidance;

/** How a guidance request reached the agency. */
public enum GuidanceSource {
  /** The enterprise on its own page, with its enterprise service link (企业服务链接). */
  ENTERPRISE_PAGE("企业通过服务链接提出"),
  /** The agency's staff registered a request the enterprise made by phone (电话受理); not the enterprise's consent. */
  PHONE("电话受理，工作人员登记");

  private final String label;

  GuidanceSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
