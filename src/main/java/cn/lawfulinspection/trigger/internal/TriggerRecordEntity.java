package cn.lawfulinspection.trigger.internal;

import cn.lawfulinspection.task.TriggerReason;
import cn.lawfulinspection.task.TriggerRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Row of {@code insp_trigger_record} (R-TK-10). */
@Entity
@Table(name = "insp_trigger_record")
public class TriggerRecordEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "record_number", nullable = false, length = 40)
  private String recordNumber;
  @Column(name = "agency_code", nullable = false, length = 32)
  private String agencyCode;
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 32)
  private TriggerReason kind;
  @Column(name = "source", nullable = false, length = 200)
  private String source;
  @Column(name = "hotline_ticket", length = 64)
  private String hotlineTicket;
  @Column(name = "received_on", nullable = false)
  private LocalDate receivedOn;
  @Column(name = "content", nullable = false, length = 2000)
  private String content;
  @Column(name = "enterprise_code", nullable = false, length = 18)
  private String enterpriseCode;
  @Column(name = "enterprise_name", nullable = false, length = 200)
  private String enterpriseName;
  @Column(name = "registered_by", nullable = false, length = 64)
  private String registeredBy;
  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;
  @Column(name = "used_by_task_number", length = 40)
  private String usedByTaskNumber;

  protected TriggerRecordEntity() {}

  public TriggerRecordEntity(String recordNumber, String agencyCode, TriggerReason kind, String source,
      String hotlineTicket, LocalDate receivedOn, String content, String enterpriseCode, String enterpriseName,
      String registeredBy, Instant registeredAt) {
    this.recordNumber = recordNumber;
    this.agencyCode = agencyCode;
    this.kind = kind;
    this.source = source;
    this.hotlineTicket = hotlineTicket;
    this.receivedOn = receivedOn;
    this.content = content;
    this.enterpriseCode = enterpriseCode;
    this.enterpriseName = enterpriseName;
    this.registeredBy = registeredBy;
    this.registeredAt = registeredAt;
  }

  public Long id() {
    return id;
  }

  public String usedByTaskNumber() {
    return usedByTaskNumber;
  }

  public void usedBy(String taskNumber) {
    this.usedByTaskNumber = taskNumber;
  }

  public TriggerRecord toRecord() {
    return new TriggerRecord(id, recordNumber, agencyCode, kind, source, hotlineTicket, receivedOn, content,
        enterpriseCode, enterpriseName, registeredBy, usedByTaskNumber);
  }
}
