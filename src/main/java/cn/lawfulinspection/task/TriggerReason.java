package cn.lawfulinspection.task;

/**
 * Why an unplanned (触发式) inspection is started, R-TK-1, with the two questions other rules ask of it: is it
 * outside the annual cap (R-TK-5), and is it exempt from the quiet period (R-TK-7)?
 */
public enum TriggerReason {
  /** 投诉举报: outside the cap (YQ 4) and exempt from the quiet period. */
  COMPLAINT("投诉举报", true, true),
  /** 转办交办: outside the cap (YQ 4). */
  REFERRAL("转办交办", true, false),
  /** 执法办案: exempt from the quiet period. */
  CASE_HANDLING("执法办案", false, true),
  /** 数据监测 (a data anomaly, 数据异常): outside the cap (YQ 4) and exempt from the quiet period. */
  DATA_MONITORING("数据监测", true, true),
  /** 企业申请: outside the cap (YQ 4). */
  ENTERPRISE_REQUEST("企业申请", true, false),
  /** 媒体曝光. */
  MEDIA_EXPOSURE("媒体曝光", false, false),
  /** 上级交办: inside the quiet period it needs the head's approval and a filing (R-TK-7). */
  SUPERIOR_ASSIGNMENT("上级交办", false, false),
  /** 公共安全紧急: exempt from the quiet period. */
  PUBLIC_SAFETY_EMERGENCY("公共安全紧急", false, true);

  private final String label;
  private final boolean outsideAnnualCap;
  private final boolean exemptFromQuietPeriod;

  TriggerReason(String label, boolean outsideAnnualCap, boolean exemptFromQuietPeriod) {
    this.label = label;
    this.outsideAnnualCap = outsideAnnualCap;
    this.exemptFromQuietPeriod = exemptFromQuietPeriod;
  }

  /** The Chinese name a person reads. */
  public String label() {
    return label;
  }

  /** R-TK-5: inspections with this trigger are not counted against, nor limited by, the annual cap. */
  public boolean outsideAnnualCap() {
    return outsideAnnualCap;
  }

  /** R-TK-7: inspections with this trigger may take place inside the quiet period without approval. */
  public boolean exemptFromQuietPeriod() {
    return exemptFromQuietPeriod;
  }
}
