package cn.lawfulinspection.guidance;

/** Where a guidance request stands. */
public enum GuidanceStatus {
  AWAITING_REPLY("待答复"),
  ANSWERED("已答复"),
  VISITED("已走访指导");

  private final String label;

  GuidanceStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
