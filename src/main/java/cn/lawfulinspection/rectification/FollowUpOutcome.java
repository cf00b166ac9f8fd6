package cn.lawfulinspection.rectification;

/** What {@code FollowUpProcess} answers in {@code followUpOutcome} (R-RS-4). */
public enum FollowUpOutcome {
  /** 整改到位. */
  RECTIFIED("整改到位"),
  /** 逾期或复查仍未整改: handed to case handling (移交立案处理). */
  NOT_RECTIFIED("仍未整改，移交立案处理");

  private final String label;

  FollowUpOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
