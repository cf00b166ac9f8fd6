package cn.lawfulinspection.task;

/**
 * The kind of an inspection task (检查类别): routine kinds avoid the quiet period (R-TK-7) and always get a notice
 * (R-NT-1); special and superior-assigned ones may enter the quiet period with the head's approval and a filing.
 */
public enum InspectionKind {
  /** 日常检查. */
  ROUTINE("日常检查", true),
  /** 双随机抽查: a routine inspection whose objects and inspectors were drawn at random (R-PL-5). */
  DOUBLE_RANDOM("双随机抽查", true),
  /** 专项检查. */
  SPECIAL("专项检查", false),
  /** 上级交办检查. */
  SUPERIOR_ASSIGNED("上级交办检查", false),
  /** 临时检查: an unplanned inspection started by a {@link TriggerReason}. */
  AD_HOC("临时检查", false);

  private final String label;
  private final boolean routine;

  InspectionKind(String label, boolean routine) {
    this.label = label;
    this.routine = routine;
  }

  /** The Chinese name a person reads. */
  public String label() {
    return label;
  }

  /** Routine (日常, double-random included): refused inside the quiet period, always noticed. */
  public boolean routine() {
    return routine;
  }
}
