package cn.lawfulinspection.qr;

/** What a signed code stands for; its one-letter tag is part of the signed text. */
public enum CodeKind {
  /** 检查码: an approved inspection task the inspector shows (R-SC-3). */
  INSPECTION_TASK('T', "检查码"),
  /** 企业专属二维码: the enterprise's own code the inspector scans on arrival (R-SC-1). */
  ENTERPRISE('E', "企业专属二维码");

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
