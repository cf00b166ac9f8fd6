package cn.lawfulinspection.task.process;

/** IDs of {@code bpmn/InspectionTaskProcess.bpmn} and the names of the process variables that Java reads or writes. */
public final class InspectionTaskProcessIds {

  public static final String PROCESS_KEY = "InspectionTaskProcess";

  // elements
  public static final String START_EVENT = "StartEvent_TaskRegistrationStarted";
  public static final String REGISTER_TASK = "ServiceTask_RegisterTask";
  public static final String EMERGENCY = "Gateway_Emergency";
  public static final String START_POST_HOC = "ServiceTask_StartPostHoc";
  public static final String POST_HOC_APPROVAL = "CallActivity_PostHocApproval";
  public static final String POST_HOC_APPROVED_GATEWAY = "Gateway_PostHocApproved";
  public static final String POST_HOC_REFUSED = "EndEvent_PostHocRefused";
  public static final String HEAD_APPROVAL = "CallActivity_HeadApproval";
  public static final String TASK_APPROVED_GATEWAY = "Gateway_TaskApproved";
  public static final String INSPECTOR_SCANNED_IN = "IntermediateCatchEvent_InspectorScannedIn";
  /** Joins the planned path (after the scan-in) and the emergency path (after the post-hoc approval). */
  public static final String BACKFILL_MERGE = "Gateway_BackfillMerge";
  /** 回填检查结果: the called ResultBackfillProcess (module result, R-RS-1). */
  public static final String RESULT_BACKFILL = "CallActivity_ResultBackfill";
  public static final String PROBLEMS_FOUND_GATEWAY = "Gateway_ProblemsFound";
  public static final String CLOSE_TASK = "ServiceTask_CloseTask";
  public static final String INSPECTION_CLOSED = "EndEvent_InspectionClosed";
  public static final String OPEN_RECTIFICATION = "ServiceTask_OpenRectification";
  /** 整改跟踪: the called FollowUpProcess (module rectification, R-RS-4); out: {@link #FOLLOW_UP_OUTCOME}. */
  public static final String FOLLOW_UP = "CallActivity_FollowUp";
  public static final String RECTIFIED_GATEWAY = "Gateway_Rectified";
  /** RECTIFIED (整改到位) or NOT_RECTIFIED (still not rectified at the re-check). */
  public static final String FOLLOW_UP_OUTCOME = "followUpOutcome";
  public static final String HAND_OVER_TO_CASE = "ServiceTask_HandOverToCase";
  /** R-RS-4: not rectified at the re-check; handed over to case handling (移交立案处理). */
  public static final String HANDED_OVER_TO_CASE = "EndEvent_HandedOverToCase";
  public static final String EMERGENCY_SCANNED_IN = "IntermediateCatchEvent_EmergencyScannedIn";
  /** 等待入企: the event-based gateway the approved spine waits at (scan-in message or window passed). */
  public static final String AWAIT_SCAN_IN = "Gateway_AwaitScanIn";
  /** 等待紧急入企: the same for an emergency, before any approval (R-TK-4). */
  public static final String AWAIT_EMERGENCY_SCAN_IN = "Gateway_AwaitEmergencyScanIn";
  /** R-SC-1: the window passed without a scan-in (timer at 00:00 after windowEnd), planned and emergency paths. */
  public static final String SCAN_IN_WINDOW_PASSED = "IntermediateCatchEvent_ScanInWindowPassed";
  public static final String NOT_SCANNED_IN = "EndEvent_NotScannedIn";
  public static final String EMERGENCY_WINDOW_PASSED = "IntermediateCatchEvent_EmergencyWindowPassed";
  public static final String EMERGENCY_NOT_SCANNED_IN = "EndEvent_EmergencyNotScannedIn";
  public static final String TASK_REFUSED = "EndEvent_TaskRefused";
  /** 发送检查预告 (R-NT-1..R-NT-3), a thin delegate calling the notice module's NoticeService. */
  public static final String SEND_NOTICE = "ServiceTask_SendNotice";
  public static final String NOTICE_TOO_LATE_BOUNDARY = "BoundaryEvent_NoticeTooLate";
  public static final String NOTICE_TOO_LATE = "EndEvent_NoticeTooLate";

  // errors
  /** R-NT-2: the notice can no longer go out noticeLeadWorkingDays working days before the window. */
  public static final String ERR_NOTICE_TOO_LATE = "Err_NoticeTooLate";

  // messages
  /** The inspectors scanned in (R-SC-1) or recorded why they could not (R-SC-2); correlated by business key. */
  public static final String MSG_INSPECTOR_SCANNED_IN = "Msg_InspectorScannedIn";

  // variables: the registration fields (REST request, 登记检查任务's chosen values, a Java API start)
  public static final String INITIATOR = "initiator";
  public static final String ENTERPRISE_CODE = "enterpriseCode";
  public static final String ORIGIN = "origin";
  public static final String PLAN_NUMBER = "planNumber";
  public static final String PLAN_VERSION = "planVersion";
  public static final String TRIGGER_REASON = "triggerReason";
  public static final String TRIGGER_DESCRIPTION = "triggerDescription";
  public static final String KIND = "kind";
  public static final String ITEM_CODES = "itemCodes";
  public static final String INSPECTORS = "inspectors";
  public static final String WINDOW_START = "windowStart";
  public static final String WINDOW_END = "windowEnd";
  public static final String EMERGENCY_FLAG = "emergency";
  public static final String SURPRISE = "surprise";
  public static final String FREQUENCY_CHANGE = "frequencyChange";
  /** R-TK-10: the id or number of the linked trigger record. */
  public static final String TRIGGER_RECORD = "triggerRecord";
  /** R-TK-4: UrgencyCategory name and the stated reason of an emergency. */
  public static final String URGENCY = "urgency";
  public static final String URGENCY_REASON = "urgencyReason";
  /** R-NT-3: SurpriseReason name and the stated reason of a surprise. */
  public static final String SURPRISE_REASON = "surpriseReason";
  public static final String SURPRISE_REASON_TEXT = "surpriseReasonText";
  /** R-TK-7: QuietExemptionReason name and the stated reason, where the profile lists such situations (YH 2(3)). */
  public static final String QUIET_EXEMPTION = "quietExemption";
  public static final String QUIET_EXEMPTION_TEXT = "quietExemptionText";
  /** R-SV-2: the number of the justice bureau's over-inspection exception. */
  public static final String OVER_INSPECTION_EXCEPTION = "overInspectionException";
  // variables: copied from the registered task for forms, candidate groups and gateways (no step reads its task from
  // them: TaskBinding finds it through the process instance)
  public static final String TASK_NUMBER = "taskNumber";
  public static final String AGENCY_CODE = "agencyCode";
  public static final String REGISTRANT = "registrant";
  public static final String QUIET_EXCEPTION = "quietException";
  // variables: the outcome of HeadApprovalProcess
  public static final String APPROVAL_DECISION = "approvalDecision";
  public static final String APPROVAL_REASON = "approvalReason";
  // variables: the outcome of the notice step (NoticeOutcome name)
  public static final String NOTICE_OUTCOME = "noticeOutcome";
  // variables: the outcome of ResultBackfillProcess (R-RS-1, R-RS-4)
  /** Boolean: some item's outcome is PROBLEM_FOUND. */
  public static final String PROBLEMS_FOUND = "problemsFound";
  /** String yyyy-MM-dd, or null when no problem was found. */
  public static final String RECTIFICATION_DEADLINE = "rectificationDeadline";

  private InspectionTaskProcessIds() {}
}
