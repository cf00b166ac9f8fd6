package cn.lawfulinspection.task.process;

/** IDs of {@code bpmn/PostHocApprovalProcess.bpmn} and its variables (R-TK-4, see also {@link InspectionTaskProcessIds}). */
public final class PostHocApprovalProcessIds {

  public static final String PROCESS_KEY = "PostHocApprovalProcess";

  // elements
  public static final String START_EVENT = "StartEvent_PostHocApprovalRequested";
  public static final String REPORT_EMERGENCY = "UserTask_ReportEmergency";
  public static final String APPROVE_POST_HOC = "UserTask_ApprovePostHoc";
  public static final String POST_HOC_OVERDUE = "BoundaryEvent_PostHocApprovalOverdue";
  public static final String REPORT_OVERDUE = "ServiceTask_ReportOverduePostHoc";
  public static final String POST_HOC_DECISION = "Gateway_PostHocDecision";
  public static final String REVIEW_MERGE = "Gateway_ReviewMerge";
  public static final String REVIEW_POST_HOC = "UserTask_ReviewPostHoc";
  public static final String APPROVED = "EndEvent_PostHocApproved";
  public static final String REVIEWED = "EndEvent_EmergencyReviewed";

  // forms
  public static final String FORM_REPORT = "report-emergency";
  public static final String FORM_APPROVE = "approve-post-hoc";
  public static final String FORM_REVIEW = "review-post-hoc";

  // report-emergency
  public static final String EMERGENCY_REASON = "emergencyReason";
  public static final String EMERGENCY_RESULT = "emergencyResult";
  public static final String BODY_CAMERA = "bodyCameraReference";
  /** the report as the head and the justice bureau read it, set when the report is completed */
  public static final String EMERGENCY_REPORT = "emergencyReport";
  // approve-post-hoc (also passed back to the spine)
  public static final String POST_HOC_DECISION_VAR = "postHocDecision";
  public static final String POST_HOC_REASON = "postHocReason";
  /** why the emergency reached the justice bureau (refused or overdue); local on each review task */
  public static final String POST_HOC_FINDING = "postHocFinding";
  // review-post-hoc
  public static final String SUPERVISION_NOTE = "supervisionNote";

  private PostHocApprovalProcessIds() {}
}
