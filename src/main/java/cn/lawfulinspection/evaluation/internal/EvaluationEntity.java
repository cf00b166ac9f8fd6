package cn.lawfulinspection.evaluation.internal;

import cn.lawfulinspection.evaluation.Evaluation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code insp_evaluation}: the one evaluation (评议) of a task (unique on the task). */
@Entity
@Table(name = "insp_evaluation")
public class EvaluationEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "task_id", nullable = false, unique = true)
  private long taskId;
  @Column(name = "task_number", nullable = false, length = 32)
  private String taskNumber;
  @Column(name = "agency_code", nullable = false, length = 32)
  private String agencyCode;
  @Column(name = "enterprise_code", nullable = false, length = 18)
  private String enterpriseCode;
  @Column(name = "score", nullable = false)
  private int score;
  @Column(name = "comment_text", length = 500)
  private String comment;
  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;
  @Column(name = "device", length = 160)
  private String device;

  protected EvaluationEntity() {}

  public EvaluationEntity(long taskId, String taskNumber, String agencyCode, String enterpriseCode, int score,
      String comment, Instant submittedAt, String device) {
    this.taskId = taskId;
    this.taskNumber = taskNumber;
    this.agencyCode = agencyCode;
    this.enterpriseCode = enterpriseCode;
    this.score = score;
    this.comment = comment;
    this.submittedAt = submittedAt;
    this.device = device;
  }

  public Evaluation toEvaluation() {
    return new Evaluation(id, taskId, taskNumber, agencyCode, enterpriseCode, score, comment, submittedAt);
  }
}
