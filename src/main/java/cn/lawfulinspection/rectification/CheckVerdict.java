package cn.lawfulinspection.rectification;

/** The inspector's verdict on a check of a rectification (核查 or 复查), R-RS-4. */
public enum CheckVerdict {
  /** 整改到位. */
  RECTIFIED("整改到位"),
  /** 安排复查: not (yet) verifiable, an on-site re-check follows on a set day. */
  RECHECK("安排复查"),
  /** 仍未整改: handed to case handling (移交立案处理). */
  NOT_RECTIFIED("仍未整改，移交立案处理");

  private final String label;

  CheckVerdict(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
