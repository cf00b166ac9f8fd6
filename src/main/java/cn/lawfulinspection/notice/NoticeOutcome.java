package cn.lawfulinspection.notice;

/** What the notice step did for a task. */
public enum NoticeOutcome {
  /** sent through the port and stored (R-NT-1, R-NT-2). */
  SENT,
  /** a surprise special inspection: skipped with the head's consent (R-NT-3). */
  SKIPPED_WITH_HEAD_CONSENT,
  /** superior-assigned or ad-hoc (triggered) inspection: not bound to a notice. */
  NOT_REQUIRED,
  /** too late: fewer than noticeLeadWorkingDays working days before the window (R-NT-2); the task ends. */
  TOO_LATE
}
