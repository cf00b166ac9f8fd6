package cn.lawfulinspection.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Row of {@code insp_plan_binding}: a plan process instance and the plan it acts on (R-IG-3), bound by the platform
 * when the process saves the plan's first version or when an amendment is started.
 */
@Entity
@Table(name = "insp_plan_binding")
public class PlanBindingEntity {

  @Id
  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;
  @Column(name = "plan_id", nullable = false)
  private long planId;
  @Column(name = "amendment", nullable = false)
  private boolean amendment;

  protected PlanBindingEntity() {}

  public PlanBindingEntity(String processInstanceId, long planId, boolean amendment) {
    this.processInstanceId = processInstanceId;
    this.planId = planId;
    this.amendment = amendment;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public long planId() {
    return planId;
  }

  public boolean amendment() {
    return amendment;
  }
}
