package cn.lawfulinspection.notice.internal;

import cn.lawfulinspection.notice.Notice;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Row of {@code insp_notice}: the one notice of a task (unique on the task). */
@Entity
@Table(name = "insp_notice")
public class NoticeEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "task_id", nullable = false, unique = true)
  private long taskId;
  @Column(name = "task_number", nullable = false, length = 32)
  private String taskNumber;
  @Column(name = "enterprise_code", nullable = false, length = 18)
  private String enterpriseCode;
  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;
  @Column(name = "window_start", nullable = false)
  private LocalDate windowStart;
  @Column(name = "window_end", nullable = false)
  private LocalDate windowEnd;
  @Column(name = "summary", nullable = false, length = 2000)
  private String summary;
  @Column(name = "channel", nullable = false, length = 32)
  private String channel;

  protected NoticeEntity() {}

  public NoticeEntity(long taskId, String taskNumber, String enterpriseCode, Instant sentAt, LocalDate windowStart,
      LocalDate windowEnd, String summary, String channel) {
    this.taskId = taskId;
    this.taskNumber = taskNumber;
    this.enterpriseCode = enterpriseCode;
    this.sentAt = sentAt;
    this.windowStart = windowStart;
    this.windowEnd = windowEnd;
    this.summary = summary;
    this.channel = channel;
  }

  public Notice toNotice() {
    return new Notice(id, taskId, taskNumber, enterpriseCode, sentAt, windowStart, windowEnd, summary, channel);
  }
}
