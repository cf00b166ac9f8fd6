package cn.lawfulinspection.qr;

/** What a signed code stands for; its one-letter tag is part of the signed text. */
public enum CodeKind {
  /** 检查码: an approved inspection task the inspector shows (R-SC-3). */
  INSPECTION_TASK('T', "检查码"),
  /**
   * 企业专属二维码: the enterprise's own code the inspector scans on arrival (R-SC-1); only administrators print it
   * (R-IG-7).
   */
  ENTERPRISE('E', "企业专属二维码"),
  /**
   * 检查结果告知链接: the code in the link the platform sends the enterprise with the result (R-RS-2); only it files the
   * enterprise's evaluation (R-RS-3) and rectification report (R-RS-4), never the inspector's code (R-IG-7).
   */
  ENTERPRISE_FOLLOW_UP('F', "检查结果告知链接"),
  /**
   * 企业服务链接: the code in the link the platform sends the enterprise itself (never to staff) for its own page: it asks
   * for guidance or invites a visit, reads the answers and consents to a visit (R-TK-9, R-NT-4, R-IG-7).
   */
  ENTERPRISE_SERVICE('S', "企业服务链接");

  private final char tag;
  private final String label;

  CodeKind(char tag, String label) {
    this.tag = tag;
    this.label = label;
  }

  char tag() {
    return tag;
  }

  /** The Chinese name a person reads. */
  public String label() {
    return label;
  }

  static CodeKind ofTag(char tag) {
    for (CodeKind kind : values()) {
      if (kind.tag == tag) {
        return kind;
      }
    }
    return null;
  }
}
