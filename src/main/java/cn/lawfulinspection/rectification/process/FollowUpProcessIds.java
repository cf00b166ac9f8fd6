package cn.lawfulinspection.rectification.process;

/** IDs of {@code bpmn/FollowUpProcess.bpmn} (整改跟踪, R-RS-4) and the names of its variables. */
public final class FollowUpProcessIds {

  public static final String PROCESS_KEY = "FollowUpProcess";

  // elements
  public static final String START_EVENT = "StartEvent_FollowUpStarted";
  public static final String OPEN_RECTIFICATION = "ServiceTask_OpenRectification";
  public static final String AWAIT_REPORT = "Gateway_AwaitReport";
  public static final String RECTIFICATION_REPORTED = "IntermediateCatchEvent_RectificationReported";
  public static final String DEADLINE_PASSED = "TimerEvent_RectificationDeadline";
  public static final String RECORD_DEADLINE_PASSED = "ServiceTask_RecordDeadlinePassed";
  public static final String JOIN_TO_VERIFY = "Gateway_JoinToVerify";
  public static final String VERIFY_RECTIFICATION = "UserTask_VerifyRectification";
  public static final String VERIFICATION_OVERDUE = "BoundaryEvent_VerificationOverdue";
  public static final String REMIND_HEAD_OF_VERIFICATION = "ServiceTask_RemindHeadOfVerification";
  public static final String VERIFICATION_HEAD_REMINDED = "EndEvent_VerificationHeadReminded";
  public static final String VERIFICATION_LONG_OVERDUE = "BoundaryEvent_VerificationLongOverdue";
  public static final String REPORT_OVERDUE_VERIFICATION = "ServiceTask_ReportOverdueVerification";
  public static final String OVERDUE_VERIFICATION_REPORTED = "EndEvent_OverdueVerificationReported";
  public static final String VERIFICATION_VERDICT = "Gateway_VerificationVerdict";
  public static final String RECTIFIED = "EndEvent_Rectified";
  public static final String RECHECK_DATE = "TimerEvent_RecheckDate";
  public static final String RECHECK_RECTIFICATION = "UserTask_RecheckRectification";
  public static final String RECHECK_OVERDUE = "BoundaryEvent_RecheckOverdue";
  public static final String REMIND_HEAD_OF_RECHECK = "ServiceTask_RemindHeadOfRecheck";
  public static final String RECHECK_HEAD_REMINDED = "EndEvent_RecheckHeadReminded";
  public static final String RECHECK_LONG_OVERDUE = "BoundaryEvent_RecheckLongOverdue";
  public static final String REPORT_OVERDUE_RECHECK = "ServiceTask_ReportOverdueRecheck";
  public static final String OVERDUE_RECHECK_REPORTED = "EndEvent_OverdueRecheckReported";
  public static final String RECHECK_RESULT = "Gateway_RecheckResult";
  public static final String RECTIFIED_ON_RECHECK = "EndEvent_RectifiedOnRecheck";
  public static final String NOT_RECTIFIED = "EndEvent_NotRectified";

  // messages
  /** The enterprise reported its rectification on the public page; correlated by business key (task number). */
  public static final String MSG_RECTIFICATION_REPORTED = "Msg_RectificationReported";

  // forms
  public static final String FORM_VERIFY = "verify-rectification";
  public static final String FORM_RECHECK = "recheck-rectification";

  // input variables (the spine's call activity passes them for the forms and candidate groups; business key = task
  // number; every step finds its task through TaskBinding, R-IG-3)
  public static final String TASK_NUMBER = "taskNumber";
  public static final String AGENCY_CODE = "agencyCode";
  public static final String REGISTRANT = "registrant";
  /** yyyy-MM-dd, set by the inspector when backfilling the problems found. */
  public static final String RECTIFICATION_DEADLINE = "rectificationDeadline";

  // variables set by the process
  /** the moment the deadline has passed (start of the day after it, China time), the deadline timer's date */
  public static final String RECTIFICATION_DUE_AT = "rectificationDueAt";
  /** the enterprise's report as the verify form shows it, or that there was none by the deadline */
  public static final String RECTIFICATION_REPORT = "rectificationReport";
  /** verify-rectification: RECTIFIED or RECHECK */
  public static final String VERDICT = "rectificationVerdict";
  public static final String VERIFICATION_REMARK = "verificationRemark";
  /** verify-rectification: the re-check day, yyyy-MM-dd, for RECHECK */
  public static final String RECHECK_DAY = "recheckDate";
  /** the start of the re-check day (China time), the re-check timer's date */
  public static final String RECHECK_AT = "recheckAt";
  /** recheck-rectification: RECTIFIED or NOT_RECTIFIED */
  public static final String RECHECK_RESULT_VALUE = "recheckResult";
  public static final String RECHECK_REMARK = "recheckRemark";
  /** set by an overdue check: the reminder or report text */
  public static final String CHECK_REMINDER = "rectificationCheckReminder";
  /** the output: RECTIFIED or NOT_RECTIFIED ({@link cn.lawfulinspection.rectification.FollowUpOutcome}) */
  public static final String FOLLOW_UP_OUTCOME = "followUpOutcome";

  private FollowUpProcessIds() {}
}
