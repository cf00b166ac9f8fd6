package cn.lawfulinspection.task;

/**
 * R-TK-4 (JY 2(2) 情况紧急): what an emergency inspection must prevent; a required choice, with a reason text, for a
 * triggered task that inspects first and is approved afterwards.
 */
public enum UrgencyCategory {
  /** 危及生命安全. */
  LIFE("危及生命安全"),
  /** 危及财产安全. */
  PROPERTY("危及财产安全"),
  /** 危及公共安全. */
  PUBLIC_SAFETY("危及公共安全"),
  /** 危及生态环境. */
  ENVIRONMENT("危及生态环境");

  private final String label;

  UrgencyCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
