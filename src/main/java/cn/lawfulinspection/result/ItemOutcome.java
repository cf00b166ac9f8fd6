package cn.lawfulinspection.result;

/** The outcome of one item of an inspection (检查结论). */
public enum ItemOutcome {
  COMPLIANT("合规"),
  PROBLEM_FOUND("发现问题"),
  /** not checked on site; the findings give the reason. */
  NOT_CHECKED("未检查");

  private final String label;

  ItemOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the inspector must write findings: the problem, or why the item was not checked. */
  public boolean needsFindings() {
    return this != COMPLIANT;
  }
}
