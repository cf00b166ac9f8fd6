package cn.lawfulinspection.numbering;

/** The kinds of numbers that have their own counter per agency and year. */
public enum NumberKind {
  /** 检查任务编号, e.g. {@code RW-SCJG-2026-0001}. */
  TASK,
  /** 检查计划编号, e.g. {@code JH-SCJG-2026-001}. */
  PLAN
}
