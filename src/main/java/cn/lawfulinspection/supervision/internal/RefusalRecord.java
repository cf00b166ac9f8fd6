package cn.lawfulinspection.supervision.internal;

import cn.lawfulinspection.supervision.RefusalLog.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "insp_refusal_log")
public class RefusalRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "refused_at", nullable = false)
  private Instant refusedAt;

  @Column(name = "user_id", length = 64)
  private String userId;

  @Column(name = "rule_id", length = 16)
  private String ruleId;

  @Column(name = "field", length = 64)
  private String field;

  @Column(name = "message", length = 1000, nullable = false)
  private String message;

  @Column(name = "location", length = 255)
  private String location;

  protected RefusalRecord() {}

  public RefusalRecord(Instant refusedAt, String userId, String ruleId, String field, String message, String location) {
    this.refusedAt = refusedAt;
    this.userId = userId;
    this.ruleId = ruleId;
    this.field = field;
    this.message = message;
    this.location = location;
  }

  public Refusal toRefusal() {
    return new Refusal(id, refusedAt, userId, ruleId, field, message, location);
  }
}
