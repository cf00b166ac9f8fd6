package cn.lawfulinspection.rectification.internal;

import cn.lawfulinspection.rectification.Rectification;
import cn.lawfulinspection.rectification.RectificationStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Row of {@code insp_rectification}: the one rectification of a task, with its rounds. */
@Entity
@Table(name = "insp_rectification")
public class RectificationEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "task_id", nullable = false, unique = true)
  private long taskId;
  @Column(name = "task_number", nullable = false, length = 40, unique = true)
  private String taskNumber;
  @Column(name = "agency_code", nullable = false, length = 32)
  private String agencyCode;
  @Column(name = "deadline", nullable = false)
  private LocalDate deadline;
  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 24)
  private RectificationStatus status;
  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;
  @Column(name = "recheck_date")
  private LocalDate recheckDate;
  @Column(name = "closed_at")
  private Instant closedAt;
  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "rectification_id", nullable = false)
  @OrderBy("roundNo")
  private List<RoundEntity> rounds = new ArrayList<>();

  protected RectificationEntity() {}

  public RectificationEntity(long taskId, String taskNumber, String agencyCode, LocalDate deadline, Instant openedAt) {
    this.taskId = taskId;
    this.taskNumber = taskNumber;
    this.agencyCode = agencyCode;
    this.deadline = deadline;
    this.openedAt = openedAt;
    this.status = RectificationStatus.OPEN;
    rounds.add(new RoundEntity(1));
  }

  public long taskId() {
    return taskId;
  }

  public String taskNumber() {
    return taskNumber;
  }

  public LocalDate deadline() {
    return deadline;
  }

  public RectificationStatus status() {
    return status;
  }

  public RoundEntity currentRound() {
    return rounds.get(rounds.size() - 1);
  }

  public void status(RectificationStatus status, Instant at) {
    this.status = status;
    if (status.closed()) {
      closedAt = at;
    }
  }

  /** A re-check on {@code day}: a new round for it. */
  public void recheckOn(LocalDate day) {
    this.recheckDate = day;
    this.status = RectificationStatus.RECHECK_SCHEDULED;
    rounds.add(new RoundEntity(rounds.size() + 1));
  }

  public Rectification toRectification() {
    return new Rectification(taskId, taskNumber, agencyCode, deadline, status, openedAt, recheckDate, closedAt,
        rounds.stream().map(RoundEntity::toRound).toList());
  }
}
