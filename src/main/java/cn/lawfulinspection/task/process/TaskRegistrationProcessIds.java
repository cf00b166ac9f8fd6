package cn.lawfulinspection.task.process;

/**
 * IDs of {@code bpmn/TaskRegistrationProcess.bpmn} (登记检查任务, registration in Tasklist by choosing) and the names of
 * the process variables that Java reads or writes. The chosen values keep the names of the registration fields
 * ({@link InspectionTaskProcessIds}), so one reader turns both into a registration request.
 */
public final class TaskRegistrationProcessIds {

  public static final String PROCESS_KEY = "TaskRegistrationProcess";

  // elements
  public static final String START_EVENT = "StartEvent_RegistrationStarted";
  public static final String FIND_ENTERPRISES = "ServiceTask_FindEnterprises";
  public static final String FILL_TASK = "UserTask_FillTask";
  public static final String SEARCH_AGAIN_GATEWAY = "Gateway_SearchAgain";
  public static final String REGISTER_CHOSEN_TASK = "ServiceTask_RegisterChosenTask";
  public static final String TASK_REGISTERED = "EndEvent_TaskRegistered";

  // forms
  public static final String FORM_START = "search-enterprise";
  public static final String FORM_FILL = "fill-task";

  // variables: what the person typed or chose
  public static final String ENTERPRISE_KEYWORD = "enterpriseKeyword";
  public static final String SEARCH_AGAIN = "searchAgain";

  // variables: what the forms offer (JSON lists of {label, value}, read by Camunda Forms' valuesKey)
  public static final String ENTERPRISE_OPTIONS = "enterpriseOptions";
  public static final String ENTERPRISE_FOUND = "enterpriseFound";
  public static final String PLAN_OPTIONS = "planOptions";
  public static final String ITEM_OPTIONS = "itemOptions";
  public static final String INSPECTOR_OPTIONS = "inspectorOptions";
  /** R-TK-10: the agency's open trigger records of the enterprises found. */
  public static final String TRIGGER_RECORD_OPTIONS = "triggerRecordOptions";
  /** R-TK-4: the urgency categories of an emergency. */
  public static final String URGENCY_OPTIONS = "urgencyOptions";
  /** R-NT-3: the surprise reasons the profile's seed lists. */
  public static final String SURPRISE_REASON_OPTIONS = "surpriseReasonOptions";
  public static final String QUIET_EXEMPTION_OPTIONS = "quietExemptionOptions";
  public static final String KIND_OPTIONS = "kindOptions";
  public static final String FREQUENCY_CHANGE_OPTIONS = "frequencyChangeOptions";
  public static final String AGENCY_CODE = "agencyCode";
  public static final String AGENCY_NAME = "agencyName";

  /** At most this many enterprises are offered; a narrower keyword finds the rest. */
  public static final int MAX_ENTERPRISES = 50;

  private TaskRegistrationProcessIds() {}
}
