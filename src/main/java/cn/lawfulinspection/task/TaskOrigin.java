package cn.lawfulinspection.task;

/** Whether a task comes from a filed plan (有计划检查) or from a trigger (触发式检查), R-TK-1. */
public enum TaskOrigin {
  /** 有计划检查: belongs to a filed version of an inspection plan. */
  PLANNED("有计划检查"),
  /** 触发式检查: names a {@link TriggerReason}. */
  TRIGGERED("触发式检查");

  private final String label;

  TaskOrigin(String label) {
    this.label = label;
  }

  /** The Chinese name a person reads. */
  public String label() {
    return label;
  }
}
