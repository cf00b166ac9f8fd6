package cn.lawfulinspection.plan.process;

/** IDs of {@code bpmn/InspectionPlanProcess.bpmn} and the names of the process variables that Java reads or writes. */
public final class InspectionPlanProcessIds {

  public static final String PROCESS_KEY = "InspectionPlanProcess";

  // elements
  public static final String START_EVENT = "StartEvent_PlanUploadStarted";
  public static final String PREPARE_DRAFT = "ServiceTask_PreparePlanDraft";
  public static final String FILL_PLAN = "UserTask_FillPlan";
  public static final String REGISTER_PLAN = "ServiceTask_RegisterPlan";
  public static final String APPROVE_PLAN = "UserTask_ApprovePlan";
  public static final String APPROVAL_OVERDUE = "BoundaryEvent_ApprovalOverdue";
  public static final String RECORD_REMINDER = "ServiceTask_RecordApprovalReminder";
  public static final String REMINDER_RECORDED = "EndEvent_ApprovalReminderRecorded";
  public static final String HEAD_APPROVED = "Gateway_HeadApproved";
  public static final String FILE_PLAN = "UserTask_FilePlan";
  public static final String PLAN_FILED = "Gateway_PlanFiled";
  public static final String PUBLISH_PLAN = "ServiceTask_PublishPlan";
  public static final String PLAN_PUBLISHED = "EndEvent_PlanPublished";

  // forms (id = file name under forms/)
  public static final String FORM_START = "start-plan";
  public static final String FORM_FILL = "fill-plan";
  public static final String FORM_APPROVE = "approve-plan";
  public static final String FORM_FILE = "file-plan";

  // variables: start form
  public static final String INITIATOR = "initiator";
  public static final String PLAN_TYPE = "planType";
  public static final String PLAN_YEAR = "planYear";
  public static final String PLAN_TITLE = "planTitle";
  // variables: set by ServiceTask_PreparePlanDraft
  public static final String AGENCY_CODE = "agencyCode";
  public static final String AGENCY_NAME = "agencyName";
  public static final String ITEM_OPTIONS = "itemOptions";
  public static final String PLAN_TYPE_LABEL = "planTypeLabel";
  /** R-PL-6: the other inspecting agencies a joint plan may name, {@code [{label, value}]}. */
  public static final String PARTNER_OPTIONS = "partnerOptions";
  /** R-PL-6: the usable items of those agencies, labelled with their owner, {@code [{label, value}]}. */
  public static final String PARTNER_ITEM_OPTIONS = "partnerItemOptions";
  // variables: fill-plan form
  public static final String PLAN_ITEMS = "planItems";
  public static final String INSPECTION_METHOD = "inspectionMethod";
  public static final String OBJECT_SCOPE = "objectScope";
  public static final String WINDOW_START = "windowStart";
  public static final String WINDOW_END = "windowEnd";
  public static final String ANNUAL_CAP = "annualCap";
  public static final String PLAN_NOTES = "planNotes";
  /** R-PL-6: Json list of partner agency codes (optional). */
  public static final String PARTNER_AGENCIES = "partnerAgencies";
  /** R-PL-6: Json list of the partners' item codes that may be inspected jointly (optional). */
  public static final String PARTNER_ITEMS = "partnerItems";
  /** R-PL-6: candidate group of 备案检查计划, the justice bureau of the plan agency's filing level. */
  public static final String FILING_GROUP = "filingGroup";
  // variables: set by ServiceTask_RegisterPlan
  public static final String PLAN_ID = "planId";
  public static final String PLAN_NUMBER = "planNumber";
  public static final String PLAN_VERSION = "planVersion";
  public static final String PLAN_LATE = "planLate";
  public static final String PLAN_WARNINGS = "planWarnings";
  public static final String PLAN_SUMMARY = "planSummary";
  // variables: approve-plan and file-plan forms
  public static final String HEAD_DECISION = "headDecision";
  public static final String HEAD_RETURN_REASON = "headReturnReason";
  public static final String FILING_DECISION = "filingDecision";
  public static final String FILING_RETURN_REASON = "filingReturnReason";
  /** the reason of the latest return, shown read-only on the fill-plan form */
  public static final String RETURN_REASON = "returnReason";
  // variables: set by ServiceTask_RecordApprovalReminder
  public static final String APPROVAL_OVERDUE_FLAG = "approvalOverdue";
  public static final String APPROVAL_REMINDER = "approvalReminder";

  // decision values
  public static final String APPROVE = "APPROVE";
  public static final String RETURN = "RETURN";
  public static final String FILE = "FILE";

  private InspectionPlanProcessIds() {}
}
