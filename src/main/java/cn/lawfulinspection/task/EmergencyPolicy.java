package cn.lawfulinspection.task;

import cn.lawfulinspection.common.Verdict;

/**
 * R-TK-4 (JY 2(2) 情况紧急): only a triggered task whose stated reason is urgent — a chosen category (risk to life,
 * property, public safety or the environment) and a reason in words — may be an emergency (inspected first, approved
 * afterwards); a planned task never is.
 */
public final class EmergencyPolicy {

  static final String RULE = "R-TK-4";

  public Verdict check(TaskRequest r) {
    if (!r.emergency()) {
      return Verdict.allow();
    }
    if (r.origin() != TaskOrigin.TRIGGERED) {
      return Verdict.refuse(RULE, "emergency", "有计划检查不能按“情况紧急”先行检查：情况紧急仅适用于因投诉举报、转办交办等触发、"
          + "且危及生命、财产、公共安全或生态环境的检查。请取消“情况紧急”，按计划报单位负责人审批。");
    }
    if (r.urgency() == null) {
      return Verdict.refuse(RULE, "urgency", "情况紧急须选择紧急情形（危及生命安全、财产安全、公共安全或生态环境），"
          + "否则请取消“情况紧急”，先报单位负责人审批。");
    }
    if (r.urgencyReason() == null || r.urgencyReason().isBlank()) {
      return Verdict.refuse(RULE, "urgencyReason", "情况紧急须写明为何需要当场实施检查（紧急情况的具体事实），"
          + "事后将连同检查结果向单位负责人书面报告并补办审批。");
    }
    return Verdict.allow();
  }
}
