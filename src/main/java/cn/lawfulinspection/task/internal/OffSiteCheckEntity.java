package cn.lawfulinspection.task.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Row of {@code insp_offsite_check}: the result of one off-site check (非现场检查) of one item, R-TK-8. */
@Entity
@Table(name = "insp_offsite_check")
public class OffSiteCheckEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "enterprise_code", nullable = false, length = 18)
  private String enterpriseCode;
  @Column(name = "item_code", nullable = false, length = 32)
  private String itemCode;
  @Column(name = "checked_on", nullable = false)
  private LocalDate checkedOn;
  @Column(name = "violation_found", nullable = false)
  private boolean violationFound;
  @Column(name = "agency_code", nullable = false, length = 32)
  private String agencyCode;
  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;
  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected OffSiteCheckEntity() {}

  public OffSiteCheckEntity(String enterpriseCode, String itemCode, LocalDate checkedOn, boolean violationFound,
      String agencyCode, String recordedBy, Instant recordedAt) {
    this.enterpriseCode = enterpriseCode;
    this.itemCode = itemCode;
    this.checkedOn = checkedOn;
    this.violationFound = violationFound;
    this.agencyCode = agencyCode;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long id() {
    return id;
  }

  public LocalDate checkedOn() {
    return checkedOn;
  }

  public boolean violationFound() {
    return violationFound;
  }
}
