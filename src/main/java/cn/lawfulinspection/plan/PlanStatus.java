package cn.lawfulinspection.plan;

/** Where one version of a plan stands. */
public enum PlanStatus {
  /** being written, not yet submitted. */
  DRAFT("草稿"),
  /** submitted, waiting for the head (单位负责人). */
  SUBMITTED("待负责人审批"),
  /** approved by the head, waiting for the justice bureau's filing (备案). */
  APPROVED("待司法局备案"),
  /** filed with the justice bureau and published: the version in force (R-PL-3, R-PL-4). */
  FILED("已备案"),
  /** returned by the head or the justice bureau; kept as a record, a resubmission is a new version. */
  RETURNED("已退回"),
  /** was filed, replaced by a later filed version of the same plan. */
  SUPERSEDED("已被新版本取代");

  private final String label;

  PlanStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
