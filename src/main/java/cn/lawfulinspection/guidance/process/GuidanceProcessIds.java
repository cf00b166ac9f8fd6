package cn.lawfulinspection.guidance.process;

/** IDs and variable names of {@code bpmn/GuidanceRequestProcess.bpmn} (行政指导请求) that Java reads (R-NT-4, R-TK-9). */
public final class GuidanceProcessIds {

  public static final String PROCESS_KEY = "GuidanceRequestProcess";
  public static final String GUIDANCE_REQUESTED = "StartEvent_GuidanceRequested";
  /** Whether the profile in force when the request came sets an answer period (R-NT-4). */
  public static final String REPLY_PERIOD_GATEWAY = "Gateway_ReplyPeriod";
  /** 答复行政指导请求 within the period, with its escalation timer. */
  public static final String ANSWER_GUIDANCE = "UserTask_AnswerGuidance";
  /** 答复行政指导请求 where the locality sets no period: no due date, no timer. */
  public static final String ANSWER_GUIDANCE_NO_PERIOD = "UserTask_AnswerGuidanceNoPeriod";
  public static final String REPLY_OVERDUE = "BoundaryEvent_ReplyOverdue";
  public static final String ESCALATE_REPLY = "ServiceTask_EscalateReply";
  public static final String GUIDANCE_ANSWERED = "EndEvent_GuidanceAnswered";

  /** Copies for the form and the candidate group; no step reads its record from them (R-IG-3). */
  public static final String GUIDANCE_NUMBER = "guidanceNumber";
  public static final String AGENCY_CODE = "agencyCode";
  public static final String GUIDANCE_SUMMARY = "guidanceSummary";
  public static final String REPLY_PERIOD = "replyPeriod";
  /** Form fields: the answer and whether the agency offers a visit (走访指导, only with the enterprise's consent). */
  public static final String GUIDANCE_ANSWER = "guidanceAnswer";
  public static final String VISIT_PROPOSED = "visitProposed";

  private GuidanceProcessIds() {}
}
