package cn.lawfulinspection.guidance;

/** The enterprise's word on a visit (R-TK-9): only {@link #INVITED} or {@link #CONSENTED} allow one. */
public enum Consent {
  /** The enterprise's own request invited the visit (邀约走访 / 邀请观摩 from its page). */
  INVITED("企业邀约"),
  /** The enterprise agreed to the visit on its page. */
  CONSENTED("企业同意"),
  /** The enterprise declined the visit on its page. */
  DECLINED("企业不同意");

  private final String label;

  Consent(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean allowsVisit() {
    return this != DECLINED;
  }
}
