package cn.lawfulinspection.trigger.internal;

import cn.lawfulinspection.trigger.OverInspectionException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;

/** Row of {@code insp_overinspection_exception} (R-SV-2). */
@Entity
@Table(name = "insp_overinspection_exception")
public class ExceptionEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "exception_number", nullable = false, length = 40)
  private String number;
  @Column(name = "enterprise_code", nullable = false, length = 18)
  private String enterpriseCode;
  @Column(name = "enterprise_name", nullable = false, length = 200)
  private String enterpriseName;
  @Column(name = "exception_month", nullable = false, length = 7)
  private String month;
  @Column(name = "reason", nullable = false, length = 1000)
  private String reason;
  @Column(name = "granted_by", nullable = false, length = 64)
  private String grantedBy;
  @Column(name = "granted_at", nullable = false)
  private Instant grantedAt;
  @Column(name = "used_by_task_number", length = 40)
  private String usedByTaskNumber;

  protected ExceptionEntity() {}

  public ExceptionEntity(String number, String enterpriseCode, String enterpriseName, YearMonth month, String reason,
      String grantedBy, Instant grantedAt) {
    this.number = number;
    this.enterpriseCode = enterpriseCode;
    this.enterpriseName = enterpriseName;
    this.month = month.toString();
    this.reason = reason;
    this.grantedBy = grantedBy;
    this.grantedAt = grantedAt;
  }

  public String enterpriseCode() {
    return enterpriseCode;
  }

  public String month() {
    return month;
  }

  public String usedByTaskNumber() {
    return usedByTaskNumber;
  }

  public void usedBy(String taskNumber) {
    this.usedByTaskNumber = taskNumber;
  }

  public OverInspectionException toException() {
    return new OverInspectionException(id, number, enterpriseCode, enterpriseName, YearMonth.parse(month), reason,
        grantedBy, grantedAt, usedByTaskNumber);
  }
}
