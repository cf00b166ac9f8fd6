package cn.lawfulinspection.task;

/**
 * Where an inspection task (检查任务) stands: registration and approval (R-TK-3, R-TK-4), then the result backfill
 * (R-RS-1) and the close or the rectification (R-RS-4).
 */
public enum TaskStatus {
  /** registered, the approval not yet requested. */
  REGISTERED("已登记"),
  /** waiting for the head's approval of the inspection plan (检查方案). */
  AWAITING_APPROVAL("待负责人审批"),
  /** returned by the head; the registrant revises and resubmits. */
  RETURNED("已退回修改"),
  /** approved by the head (R-TK-3). */
  APPROVED("已批准"),
  /** refused by the head: the task ends with the reason (R-TK-3). */
  REFUSED("不予批准"),
  /** emergency (R-TK-4): inspected first, the head's post-hoc approval (补办审批) follows. */
  IN_PROGRESS_POST_HOC("紧急先行检查，待补办审批"),
  /** emergency (R-TK-4): the head approved afterwards (补办审批同意). */
  APPROVED_POST_HOC("已补办审批"),
  /** emergency (R-TK-4): the head refused the post-hoc approval (不予认可); the justice bureau handles it. */
  POST_HOC_REFUSED("补办审批不予认可"),
  /** approved, but the notice (检查预告) could no longer go out in time (R-NT-2): the task ends uninspected. */
  NOTICE_TOO_LATE("检查预告不足期限"),
  /** inspected; the inspector has backfilled the result (回填检查结果, R-RS-1); the spine decides what follows. */
  RESULT_BACKFILLED("已回填检查结果"),
  /** problems were found: the enterprise rectifies them by the deadline (整改, R-RS-4). */
  RECTIFYING("整改中"),
  /** the inspection is finished (已办结): no problem found, or the rectification verified. */
  CLOSED("已办结"),
  /** R-SC-1: the approved window passed without a scan-in; nobody inspected, the task ends (R-SV-3: not scanned). */
  NOT_SCANNED_IN("逾期未入企"),
  /** R-RS-4: still not rectified at the re-check; handed over to case handling (移交立案处理) outside the platform. */
  HANDED_TO_CASE("整改未到位，已移交立案处理");

  private final String label;

  TaskStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * R-TK-5: a task in this status counts against the annual cap (refused, returned and too-late ones do not; an
   * inspected one, backfilled, rectifying or closed, does).
   */
  public boolean countsAgainstCap() {
    return this != REFUSED && this != RETURNED && this != NOTICE_TOO_LATE && this != NOT_SCANNED_IN;
  }

  /** Whether the inspection has taken place and its result is backfilled (backfilled, rectifying or closed). */
  public boolean inspected() {
    return this == RESULT_BACKFILLED || this == RECTIFYING || this == CLOSED || this == HANDED_TO_CASE;
  }
}
