package cn.lawfulinspection.task;

/** Where a step of a task came from, for the trace (R-SC-4). */
public enum Channel {
  /** our REST API {@code /api/**}. */
  REST,
  /** Camunda Tasklist (its forms, through {@code /camunda/api/**}). */
  TASKLIST,
  /** Camunda's REST API {@code /engine-rest/**}. */
  ENGINE_REST,
  /** the engine itself: a timer, a job, start-up demo data. */
  ENGINE,
  /** a public page anyone opens without logging in, e.g. the enterprise verifying an inspection code (R-SC-3). */
  PUBLIC_PAGE,
  /** the inspectors' mobile page, e.g. scan-in (扫码入企, R-SC-1) at {@code /public/scan.html}. */
  MOBILE_PAGE
}
