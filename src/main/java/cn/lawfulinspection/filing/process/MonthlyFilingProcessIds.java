package cn.lawfulinspection.filing.process;

/** IDs and variable names of {@code bpmn/MonthlyTriggeredFilingProcess.bpmn} that Java reads (R-SV-1). */
public final class MonthlyFilingProcessIds {

  public static final String PROCESS_KEY = "MonthlyTriggeredFilingProcess";
  /** Timer start event: midnight of the 1st of each month, in the server's time zone. */
  public static final String MONTH_BEGINS = "StartEvent_MonthBegins";
  /** Waits until the month's first working day 08:00. */
  public static final String FIRST_WORKING_DAY = "Timer_FirstWorkingDay";
  public static final String OPEN_FILINGS = "ServiceTask_OpenFilings";
  public static final String FILINGS_OPENED = "EndEvent_FilingsOpened";
  /** The message that starts one agency's filing; sent by the monthly run only. */
  public static final String MSG_AGENCY_FILING_OPENED = "Msg_AgencyFilingOpened";
  public static final String SUBMIT_FILING = "UserTask_SubmitFiling";
  public static final String ACKNOWLEDGE_FILING = "UserTask_AcknowledgeFiling";
  public static final String SUBMISSION_OVERDUE = "BoundaryEvent_SubmissionOverdue";
  public static final String ACKNOWLEDGEMENT_OVERDUE = "BoundaryEvent_AcknowledgementOverdue";
  public static final String FILING_ACKNOWLEDGED = "EndEvent_FilingAcknowledged";

  /** Copies for the forms and the candidate group; no step reads its filing from them (R-IG-3). */
  public static final String FILING_NUMBER = "filingNumber";
  public static final String AGENCY_CODE = "agencyCode";
  public static final String FILING_SUMMARY = "filingSummary";
  /** Form fields: the head's 报送说明 and the justice bureau's 备案意见. */
  public static final String REPORT_REMARKS = "reportRemarks";
  public static final String FILING_REMARKS = "filingRemarks";

  private MonthlyFilingProcessIds() {}
}
