package cn.lawfulinspection.task.internal;

import cn.lawfulinspection.task.Channel;
import cn.lawfulinspection.task.InspectionTask;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code insp_task_trace}: one step of a task (R-SC-4). */
@Entity
@Table(name = "insp_task_trace")
public class TraceEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "task_id", nullable = false)
  private long taskId;
  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;
  @Column(name = "actor", nullable = false, length = 64)
  private String actor;
  @Column(name = "action", nullable = false, length = 40)
  private String action;
  @Column(name = "detail", length = 2000)
  private String detail;
  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, length = 16)
  private Channel channel;

  protected TraceEntity() {}

  public TraceEntity(long taskId, Instant occurredAt, String actor, String action, String detail, Channel channel) {
    this.taskId = taskId;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    this.channel = channel;
  }

  public InspectionTask.TraceEntry toEntry() {
    return new InspectionTask.TraceEntry(occurredAt, actor, action, detail, channel);
  }
}
