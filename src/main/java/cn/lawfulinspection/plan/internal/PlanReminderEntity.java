package cn.lawfulinspection.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reminder raised because a plan's approval ran past its due date (kept for supervision). */
@Entity
@Table(name = "insp_plan_reminder")
public class PlanReminderEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Column(name = "plan_id")
  private Long planId;

  @Column(name = "plan_version")
  private Integer planVersion;

  @Column(name = "stage", nullable = false, length = 16)
  private String stage;

  @Column(name = "candidate_group", length = 64)
  private String candidateGroup;

  @Column(name = "reminded_at", nullable = false)
  private Instant remindedAt;

  @Column(name = "message", nullable = false, length = 500)
  private String message;

  protected PlanReminderEntity() {}

  public PlanReminderEntity(String processInstanceId, Long planId, Integer planVersion, String stage,
      String candidateGroup, Instant remindedAt, String message) {
    this.processInstanceId = processInstanceId;
    this.planId = planId;
    this.planVersion = planVersion;
    this.stage = stage;
    this.candidateGroup = candidateGroup;
    this.remindedAt = remindedAt;
    this.message = message;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public Long planId() {
    return planId;
  }

  public String stage() {
    return stage;
  }

  public String candidateGroup() {
    return candidateGroup;
  }

  public Instant remindedAt() {
    return remindedAt;
  }

  public String message() {
    return message;
  }
}
