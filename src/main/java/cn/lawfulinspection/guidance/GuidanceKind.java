package cn.lawfulinspection.guidance;

/** What the enterprise asks for (R-TK-9: 行政指导、走访、观摩 are not inspections). */
public enum GuidanceKind {
  /** 行政指导: advice on compliance, answered in writing; a visit only with the enterprise's consent. */
  GUIDANCE("行政指导", false),
  /** 邀约走访: the enterprise invites the agency to visit (JJ 14 邀约制度). */
  VISIT_INVITATION("邀约走访指导", true),
  /** 观摩邀请: the enterprise invites the agency to observe (观摩). */
  OBSERVATION_INVITATION("邀请观摩", true);

  private final String label;
  private final boolean invitation;

  GuidanceKind(String label, boolean invitation) {
    this.label = label;
    this.invitation = invitation;
  }

  public String label() {
    return label;
  }

  /** Whether the request itself, made by the enterprise, invites a visit. */
  public boolean invitation() {
    return invitation;
  }
}
