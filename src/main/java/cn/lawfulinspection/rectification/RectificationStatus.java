package cn.lawfulinspection.rectification;

/** Where a rectification (整改) stands (R-RS-4). */
public enum RectificationStatus {
  /** opened with a deadline; waiting for the enterprise's report. */
  OPEN("待企业整改"),
  /** the enterprise reported what it fixed; waiting for the inspector's verification. */
  REPORTED("企业已报告整改，待执法人员核查"),
  /** the deadline passed without a report; waiting for the inspector's verification. */
  OVERDUE("整改期限届满未报告，待执法人员核查"),
  /** the inspector scheduled an on-site re-check (复查). */
  RECHECK_SCHEDULED("已安排现场复查"),
  /** rectified (整改到位): closed. */
  VERIFIED("整改到位"),
  /** still not rectified after the re-check: handed to case handling (移交立案处理), closed. */
  NOT_RECTIFIED("仍未整改，已移交立案处理");

  private final String label;

  RectificationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the rectification is over: nothing more can be reported or checked. */
  public boolean closed() {
    return this == VERIFIED || this == NOT_RECTIFIED;
  }

  /** Whether the inspector may verify now: after a report, or once the deadline has passed. */
  public boolean verifiable() {
    return this == REPORTED || this == OVERDUE;
  }
}
