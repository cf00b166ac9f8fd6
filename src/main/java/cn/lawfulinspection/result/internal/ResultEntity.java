package cn.lawfulinspection.result.internal;

import cn.lawfulinspection.result.InspectionResult;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Row of {@code insp_result}: the one backfilled result of a task (unique on the task), with its item rows. */
@Entity
@Table(name = "insp_result")
public class ResultEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "task_id", nullable = false, unique = true)
  private long taskId;

  @Column(name = "task_number", nullable = false, length = 40)
  private String taskNumber;

  @Column(name = "enterprise_code", nullable = false, length = 18)
  private String enterpriseCode;

  @Column(name = "agency_code", nullable = false, length = 32)
  private String agencyCode;

  @Column(name = "backfilled_by", nullable = false, length = 64)
  private String backfilledBy;

  @Column(name = "backfilled_at", nullable = false)
  private Instant backfilledAt;

  @Column(name = "scanned_in_at", nullable = false)
  private Instant scannedInAt;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "late", nullable = false)
  private boolean late;

  @Column(name = "problems_found", nullable = false)
  private boolean problemsFound;

  @Column(name = "rectification_deadline")
  private LocalDate rectificationDeadline;

  @Column(name = "remarks", length = 1000)
  private String remarks;

  @OneToMany(mappedBy = "result", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<ResultItemEntity> items = new ArrayList<>();

  protected ResultEntity() {}

  public ResultEntity(long taskId, String taskNumber, String enterpriseCode, String agencyCode, String backfilledBy,
      Instant backfilledAt, Instant scannedInAt, LocalDate dueOn, boolean late, boolean problemsFound,
      LocalDate rectificationDeadline, String remarks) {
    this.taskId = taskId;
    this.taskNumber = taskNumber;
    this.enterpriseCode = enterpriseCode;
    this.agencyCode = agencyCode;
    this.backfilledBy = backfilledBy;
    this.backfilledAt = backfilledAt;
    this.scannedInAt = scannedInAt;
    this.dueOn = dueOn;
    this.late = late;
    this.problemsFound = problemsFound;
    this.rectificationDeadline = rectificationDeadline;
    this.remarks = remarks;
  }

  public void add(ResultItemEntity item) {
    item.belongsTo(this, items.size());
    items.add(item);
  }

  public InspectionResult toResult() {
    return new InspectionResult(taskId, taskNumber, enterpriseCode, backfilledBy, backfilledAt, scannedInAt, dueOn,
        late, problemsFound, rectificationDeadline, remarks, items.stream().map(ResultItemEntity::toItem).toList());
  }
}
