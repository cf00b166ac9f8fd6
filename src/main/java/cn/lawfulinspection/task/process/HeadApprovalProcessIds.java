package cn.lawfulinspection.task.process;

/** IDs of {@code bpmn/HeadApprovalProcess.bpmn} and its variables (see also {@link InspectionTaskProcessIds}). */
public final class HeadApprovalProcessIds {

  public static final String PROCESS_KEY = "HeadApprovalProcess";

  // elements
  public static final String START_EVENT = "StartEvent_ApprovalRequested";
  public static final String PREPARE_APPROVAL = "ServiceTask_PrepareApproval";
  public static final String APPROVE_MERGE = "Gateway_ApproveMerge";
  public static final String APPROVE_TASK = "UserTask_ApproveTask";
  public static final String APPROVAL_OVERDUE = "BoundaryEvent_ApprovalOverdue";
  public static final String REMIND_HEAD = "ServiceTask_RemindHead";
  public static final String HEAD_REMINDED = "EndEvent_HeadReminded";
  public static final String APPROVAL_LONG_OVERDUE = "BoundaryEvent_ApprovalLongOverdue";
  public static final String REPORT_OVERDUE = "ServiceTask_ReportOverdueApproval";
  public static final String OVERDUE_REPORTED = "EndEvent_OverdueApprovalReported";
  public static final String HEAD_DECISION = "Gateway_HeadDecision";
  public static final String REVISE_TASK = "UserTask_ReviseTask";
  public static final String RESUBMIT_TASK = "ServiceTask_ResubmitTask";
  public static final String QUIET_EXCEPTION_GATEWAY = "Gateway_QuietException";
  /** R-TK-7: starts {@link #FILING_PROCESS_KEY} beside the inspection, then the approval ends. */
  public static final String START_QUIET_FILING = "ServiceTask_StartQuietFiling";
  public static final String APPROVED_FILING_STARTED = "EndEvent_ApprovedFilingStarted";
  public static final String APPROVED = "EndEvent_TaskApproved";
  public static final String REFUSED = "EndEvent_TaskRefused";

  // bpmn/QuietExceptionFilingProcess.bpmn (安静期例外检查备案), started by START_QUIET_FILING
  public static final String FILING_PROCESS_KEY = "QuietExceptionFilingProcess";
  public static final String FILE_QUIET_EXCEPTION = "UserTask_FileQuietException";
  public static final String APPROVED_AND_FILED = "EndEvent_QuietExceptionFiled";

  // forms
  public static final String FORM_APPROVE = "approve-task";
  public static final String FORM_REVISE = "revise-task";
  public static final String FORM_FILE_QUIET = "file-quiet-exception";

  // variables set by ServiceTask_PrepareApproval, shown on approve-task
  public static final String TASK_SUMMARY = "taskSummary";
  public static final String TASK_WARNINGS = "taskWarnings";
  /** the reason of the latest return, shown on revise-task */
  public static final String RETURN_REASON = "returnReason";
  /** revise-task's options (the task's agency's, set on a return), the same lists as fill-task's */
  public static final String ITEM_OPTIONS = TaskRegistrationProcessIds.ITEM_OPTIONS;
  public static final String INSPECTOR_OPTIONS = TaskRegistrationProcessIds.INSPECTOR_OPTIONS;
  // file-quiet-exception form
  public static final String FILING_REMARKS = "filingRemarks";
  /** the filing office's group: supervisor (司法局, JY) or countyOffice (县综合执法办, YH), set by START_QUIET_FILING */
  public static final String QUIET_FILING_GROUP = "quietFilingGroup";
  // set by the overdue escalation
  public static final String APPROVAL_REMINDER = "approvalReminder";

  private HeadApprovalProcessIds() {}
}
