package cn.lawfulinspection.guidance.internal;

import cn.lawfulinspection.guidance.Consent;
import cn.lawfulinspection.guidance.GuidanceKind;
import cn.lawfulinspection.guidance.GuidanceRequest;
import cn.lawfulinspection.guidance.GuidanceSource;
import cn.lawfulinspection.guidance.GuidanceStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Row of {@code insp_guidance} (R-TK-9, R-NT-4). No result, violation or rectification column: a guidance record is
 * not an inspection. Changed only through {@code GuidanceService}.
 */
@Entity
@Table(name = "insp_guidance")
public class GuidanceEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "request_number", length = 40)
  private String requestNumber;
  @Column(name = "agency_code", nullable = false, length = 32)
  private String agencyCode;
  @Column(name = "agency_name", nullable = false, length = 100)
  private String agencyName;
  @Column(name = "enterprise_code", nullable = false, length = 18)
  private String enterpriseCode;
  @Column(name = "enterprise_name", nullable = false, length = 200)
  private String enterpriseName;
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 32)
  private GuidanceKind kind;
  @Enumerated(EnumType.STRING)
  @Column(name = "source", nullable = false, length = 32)
  private GuidanceSource source;
  @Column(name = "subject", nullable = false, length = 1000)
  private String subject;
  @Column(name = "contact", length = 100)
  private String contact;
  @Column(name = "registered_by", nullable = false, length = 64)
  private String registeredBy;
  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;
  @Column(name = "profile_name", nullable = false, length = 32)
  private String profileName;
  @Column(name = "reply_working_days")
  private Integer replyWorkingDays;
  @Column(name = "reply_due_at")
  private Instant replyDueAt;
  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 32)
  private GuidanceStatus status;
  @Column(name = "answer", length = 2000)
  private String answer;
  @Column(name = "visit_proposed", nullable = false)
  private boolean visitProposed;
  @Column(name = "answered_by", length = 64)
  private String answeredBy;
  @Column(name = "answered_at")
  private Instant answeredAt;
  @Column(name = "reply_overdue_at")
  private Instant replyOverdueAt;
  @Enumerated(EnumType.STRING)
  @Column(name = "consent", length = 32)
  private Consent consent;
  @Column(name = "consent_at")
  private Instant consentAt;
  @Column(name = "visited_by", length = 64)
  private String visitedBy;
  @Column(name = "visited_at")
  private Instant visitedAt;
  @Column(name = "visit_notes", length = 2000)
  private String visitNotes;
  @Column(name = "inspection_task_number", length = 40)
  private String inspectionTaskNumber;
  @Column(name = "linked_by", length = 64)
  private String linkedBy;
  @Column(name = "linked_at")
  private Instant linkedAt;
  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  protected GuidanceEntity() {}

  public GuidanceEntity(String agencyCode, String agencyName, String enterpriseCode, String enterpriseName,
      GuidanceKind kind, GuidanceSource source, String subject, String contact, String registeredBy,
      Instant requestedAt, String profileName, Integer replyWorkingDays, Instant replyDueAt, Consent consent) {
    this.agencyCode = agencyCode;
    this.agencyName = agencyName;
    this.enterpriseCode = enterpriseCode;
    this.enterpriseName = enterpriseName;
    this.kind = kind;
    this.source = source;
    this.subject = subject;
    this.contact = contact;
    this.registeredBy = registeredBy;
    this.requestedAt = requestedAt;
    this.profileName = profileName;
    this.replyWorkingDays = replyWorkingDays;
    this.replyDueAt = replyDueAt;
    this.status = GuidanceStatus.AWAITING_REPLY;
    this.consent = consent;
    this.consentAt = consent == null ? null : requestedAt;
  }

  public Long id() {
    return id;
  }

  public String requestNumber() {
    return requestNumber;
  }

  public String enterpriseCode() {
    return enterpriseCode;
  }

  public String agencyCode() {
    return agencyCode;
  }

  public GuidanceStatus status() {
    return status;
  }

  public Consent consent() {
    return consent;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public String inspectionTaskNumber() {
    return inspectionTaskNumber;
  }

  public void numbered(String number) {
    this.requestNumber = number;
  }

  public void bind(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public void replyDue(Instant due) {
    this.replyDueAt = due;
  }

  public void answered(String answer, boolean visitProposed, String by, Instant at) {
    this.answer = answer;
    this.visitProposed = visitProposed;
    this.answeredBy = by;
    this.answeredAt = at;
    this.status = GuidanceStatus.ANSWERED;
  }

  public void replyOverdue(Instant at) {
    this.replyOverdueAt = at;
  }

  public void consent(Consent consent, Instant at) {
    this.consent = consent;
    this.consentAt = at;
  }

  public void visited(String by, Instant at, String notes) {
    this.visitedBy = by;
    this.visitedAt = at;
    this.visitNotes = notes;
    this.status = GuidanceStatus.VISITED;
  }

  public void linkTask(String taskNumber, String by, Instant at) {
    this.inspectionTaskNumber = taskNumber;
    this.linkedBy = by;
    this.linkedAt = at;
  }

  public GuidanceRequest toRequest() {
    return new GuidanceRequest(id, requestNumber, agencyCode, agencyName, enterpriseCode, enterpriseName, kind,
        source, subject, contact, registeredBy, requestedAt, profileName, replyWorkingDays, replyDueAt, status,
        answer, visitProposed, answeredBy, answeredAt, replyOverdueAt, consent, consentAt, visitedBy, visitedAt,
        visitNotes, inspectionTaskNumber);
  }
}
