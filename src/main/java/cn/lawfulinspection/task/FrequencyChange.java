package cn.lawfulinspection.task;

/** A change to how often an enterprise is inspected on site, R-TK-6. */
public enum FrequencyChange {
  /** 降低检查频次. */
  LOWER_FREQUENCY("降低检查频次"),
  /** 免于现场检查. */
  EXEMPT_FROM_ON_SITE("免于现场检查");

  private final String label;

  FrequencyChange(String label) {
    this.label = label;
  }

  /** The Chinese name a person reads. */
  public String label() {
    return label;
  }
}
