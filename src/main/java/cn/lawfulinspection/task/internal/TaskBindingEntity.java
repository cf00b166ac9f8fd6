package cn.lawfulinspection.task.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code insp_task_binding}: a process instance that acts on a task, and in which role (R-IG-3). */
@Entity
@Table(name = "insp_task_binding")
public class TaskBindingEntity {

  /** What the bound process is to the task. */
  public enum Role {
    /** InspectionTaskProcess, with the processes it calls. */
    SPINE,
    /** QuietExceptionFilingProcess, started beside the spine by the approval. */
    QUIET_FILING
  }

  @Id
  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;
  @Column(name = "task_id", nullable = false)
  private long taskId;
  @Column(name = "task_number", nullable = false, length = 40)
  private String taskNumber;
  @Enumerated(EnumType.STRING)
  @Column(name = "binding_role", nullable = false, length = 16)
  private Role role;

  protected TaskBindingEntity() {}

  public TaskBindingEntity(String processInstanceId, long taskId, String taskNumber, Role role) {
    this.processInstanceId = processInstanceId;
    this.taskId = taskId;
    this.taskNumber = taskNumber;
    this.role = role;
  }

  /** The task's number: the business key of every process instance bound to it. */
  public String taskNumber() {
    return taskNumber;
  }

  public long taskId() {
    return taskId;
  }

  public Role role() {
    return role;
  }
}
