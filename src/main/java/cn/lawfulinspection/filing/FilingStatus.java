package cn.lawfulinspection.filing;

/** Where a monthly filing of triggered inspections stands (R-SV-1). */
public enum FilingStatus {
  /** summarized by the platform; the agency's head has not submitted it yet. */
  AWAITING_SUBMISSION("待报送"),
  /** submitted by the head; the justice bureau has not acknowledged it yet. */
  SUBMITTED("已报送，待司法局备案"),
  /** acknowledged by the justice bureau. */
  FILED("已备案");

  private final String label;

  FilingStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
