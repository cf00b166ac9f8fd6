package cn.lawfulinspection.filing.internal;

import cn.lawfulinspection.filing.FilingStatus;
import cn.lawfulinspection.filing.TriggeredFiling;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Row of {@code insp_triggered_filing} with its task lines (R-SV-1). Its status changes only through the service. */
@Entity
@Table(name = "insp_triggered_filing")
public class FilingEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "filing_number", nullable = false, length = 40)
  private String filingNumber;
  @Column(name = "agency_code", nullable = false, length = 32)
  private String agencyCode;
  @Column(name = "agency_name", nullable = false, length = 100)
  private String agencyName;
  @Column(name = "filing_month", nullable = false, length = 7)
  private String month;
  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 32)
  private FilingStatus status;
  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;
  @Column(name = "submit_due", nullable = false)
  private LocalDate submitDue;
  @Column(name = "submitted_by", length = 64)
  private String submittedBy;
  @Column(name = "submitted_at")
  private Instant submittedAt;
  @Column(name = "report_remarks", length = 1000)
  private String reportRemarks;
  @Column(name = "acknowledge_due")
  private LocalDate acknowledgeDue;
  @Column(name = "acknowledged_by", length = 64)
  private String acknowledgedBy;
  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;
  @Column(name = "filing_remarks", length = 1000)
  private String filingRemarks;
  @Column(name = "submission_overdue_at")
  private Instant submissionOverdueAt;
  @Column(name = "acknowledgement_overdue_at")
  private Instant acknowledgementOverdueAt;
  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "insp_triggered_filing_task", joinColumns = @JoinColumn(name = "filing_id"))
  @OrderColumn(name = "line_no")
  private List<Line> lines = new ArrayList<>();

  protected FilingEntity() {}

  public FilingEntity(String filingNumber, String agencyCode, String agencyName, YearMonth month, Instant openedAt,
      LocalDate submitDue, List<TriggeredFiling.Line> tasks) {
    this.filingNumber = filingNumber;
    this.agencyCode = agencyCode;
    this.agencyName = agencyName;
    this.month = month.toString();
    this.status = FilingStatus.AWAITING_SUBMISSION;
    this.openedAt = openedAt;
    this.submitDue = submitDue;
    tasks.forEach(t -> lines.add(new Line(t)));
  }

  public long id() {
    return id;
  }

  public String filingNumber() {
    return filingNumber;
  }

  public String agencyCode() {
    return agencyCode;
  }

  public FilingStatus status() {
    return status;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public void bind(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public void submitted(String userId, Instant at, String remarks, LocalDate acknowledgeDue) {
    this.status = FilingStatus.SUBMITTED;
    this.submittedBy = userId;
    this.submittedAt = at;
    this.reportRemarks = remarks;
    this.acknowledgeDue = acknowledgeDue;
  }

  public void acknowledged(String userId, Instant at, String remarks) {
    this.status = FilingStatus.FILED;
    this.acknowledgedBy = userId;
    this.acknowledgedAt = at;
    this.filingRemarks = remarks;
  }

  public void submissionOverdue(Instant at) {
    this.submissionOverdueAt = at;
  }

  public void acknowledgementOverdue(Instant at) {
    this.acknowledgementOverdueAt = at;
  }

  public TriggeredFiling toFiling() {
    return new TriggeredFiling(id, filingNumber, agencyCode, agencyName, YearMonth.parse(month), status, openedAt,
        submitDue, submittedBy, submittedAt, reportRemarks, acknowledgeDue, acknowledgedBy, acknowledgedAt,
        filingRemarks, submissionOverdueAt, acknowledgementOverdueAt, lines.stream().map(Line::toLine).toList());
  }

  /** One row of {@code insp_triggered_filing_task}. */
  @Embeddable
  public static class Line {
    @Column(name = "task_number", nullable = false, length = 40)
    private String taskNumber;
    @Column(name = "trigger_label", nullable = false, length = 32)
    private String trigger;
    @Column(name = "trigger_description", length = 1000)
    private String triggerDescription;
    @Column(name = "enterprise_code", nullable = false, length = 18)
    private String enterpriseCode;
    @Column(name = "enterprise_name", nullable = false, length = 200)
    private String enterpriseName;
    @Column(name = "window_start", nullable = false)
    private LocalDate windowStart;
    @Column(name = "window_end", nullable = false)
    private LocalDate windowEnd;
    @Column(name = "task_status", nullable = false, length = 64)
    private String status;

    protected Line() {}

    Line(TriggeredFiling.Line l) {
      this.taskNumber = l.taskNumber();
      this.trigger = l.trigger();
      this.triggerDescription = l.triggerDescription();
      this.enterpriseCode = l.enterpriseCode();
      this.enterpriseName = l.enterpriseName();
      this.windowStart = l.windowStart();
      this.windowEnd = l.windowEnd();
      this.status = l.status();
    }

    TriggeredFiling.Line toLine() {
      return new TriggeredFiling.Line(taskNumber, trigger, triggerDescription, enterpriseCode, enterpriseName,
          windowStart, windowEnd, status);
    }
  }
}
