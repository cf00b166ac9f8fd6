package cn.lawfulinspection.numbering;

/** The kinds of numbers that have their own counter per agency and year. */
public enum NumberKind {
  /** 检查任务编号, e.g. {@code RW-SCJG-2026-0001}. */
  TASK,
  /** 检查计划编号, e.g. {@code JH-SCJG-2026-001}. */
  PLAN,
  /** 触发记录编号 (R-TK-10), e.g. {@code CF-SCJG-2026-0001}. */
  TRIGGER,
  /** 过度检查例外编号 (R-SV-2), granted by the justice bureau, e.g. {@code LW-SFJ-2026-0001}. */
  OVER_INSPECTION
}
