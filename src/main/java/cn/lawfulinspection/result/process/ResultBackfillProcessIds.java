package cn.lawfulinspection.result.process;

/** IDs of {@code bpmn/ResultBackfillProcess.bpmn} and its variables. */
public final class ResultBackfillProcessIds {

  public static final String PROCESS_KEY = "ResultBackfillProcess";

  // elements
  public static final String START_EVENT = "StartEvent_BackfillRequested";
  public static final String PREPARE_BACKFILL = "ServiceTask_PrepareBackfill";
  public static final String BACKFILL_RESULT = "UserTask_BackfillResult";
  public static final String BACKFILL_OVERDUE = "BoundaryEvent_BackfillOverdue";
  public static final String REMIND_HEAD = "ServiceTask_RemindHeadOfBackfill";
  public static final String HEAD_REMINDED = "EndEvent_HeadRemindedOfBackfill";
  public static final String BACKFILL_LONG_OVERDUE = "BoundaryEvent_BackfillLongOverdue";
  public static final String REPORT_OVERDUE = "ServiceTask_ReportOverdueBackfill";
  public static final String OVERDUE_REPORTED = "EndEvent_OverdueBackfillReported";
  public static final String RESULT_BACKFILLED = "EndEvent_ResultBackfilled";

  // forms
  public static final String FORM_BACKFILL = "backfill-result";

  // variables in: taskNumber, agencyCode (see InspectionTaskProcessIds); out: problemsFound,
  // rectificationDeadline
  /** The inspector who scanned in: the user task's assignee (null when none is known). */
  public static final String SCANNED_IN_BY = "scannedInBy";
  /**
   * The form's dynamic list: a JSON array with one object per item of the task, in the task's order ({@code itemCode},
   * {@code itemName}, {@code legalBasis}, {@code outcome}, {@code findings}, {@code minor}, {@code evidence}); the
   * completion sends it back with the outcomes filled in.
   */
  public static final String ITEMS = "items";
  /** Read-only text on the form: the task, the scan-in and the due day. */
  public static final String BACKFILL_INFO = "backfillInfo";
  public static final String RESULT_REMARKS = "resultRemarks";
  /** Set by the overdue escalation. */
  public static final String BACKFILL_REMINDER = "backfillReminder";

  private ResultBackfillProcessIds() {}
}
