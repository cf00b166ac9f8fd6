package cn.lawfulinspection.task;

import cn.lawfulinspection.policy.PolicyProfile;

/**
 * Why an unplanned (触发式) inspection is started, R-TK-1: the kind of trigger. Which kinds are outside the annual cap
 * (R-TK-5) and exempt from the quiet period (R-TK-7) is the locality's, in its policy profile
 * ({@code annualCap.exemptTriggers}, {@code quietExemptTriggers}; docs/policy-profiles.md).
 */
public enum TriggerReason {
  /** 投诉举报. */
  COMPLAINT("投诉举报"),
  /** 转办交办. */
  REFERRAL("转办交办"),
  /** 执法办案. */
  CASE_HANDLING("执法办案"),
  /** 数据监测 (a data anomaly, 数据异常). */
  DATA_MONITORING("数据监测"),
  /** 企业申请. */
  ENTERPRISE_REQUEST("企业申请"),
  /** 媒体曝光. */
  MEDIA_EXPOSURE("媒体曝光"),
  /** 上级交办. */
  SUPERIOR_ASSIGNMENT("上级交办"),
  /** 公共安全紧急. */
  PUBLIC_SAFETY_EMERGENCY("公共安全紧急");

  private final String label;

  TriggerReason(String label) {
    this.label = label;
  }

  /** The Chinese name a person reads. */
  public String label() {
    return label;
  }

  /** R-TK-5: under this profile, inspections with this trigger are not counted against, nor limited by, the cap. */
  public boolean outsideAnnualCap(PolicyProfile profile) {
    return profile.annualCap().exempts(name());
  }

  /** R-TK-7: under this profile, inspections with this trigger may take place inside the quiet period. */
  public boolean exemptFromQuietPeriod(PolicyProfile profile) {
    return profile.quietExempt(name());
  }
}
