package cn.lawfulinspection.plan.internal;

import cn.lawfulinspection.plan.InspectionPlan;
import cn.lawfulinspection.plan.PlanType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The plan aggregate: one agency's plan for a year, with its versions. */
@Entity
@Table(name = "insp_plan")
public class PlanEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "plan_number", nullable = false, length = 40)
  private String planNumber;

  @Column(name = "agency_code", nullable = false, length = 32)
  private String agencyCode;

  @Column(name = "agency_name", nullable = false, length = 100)
  private String agencyName;

  @Column(name = "plan_year", nullable = false)
  private int year;

  @Enumerated(EnumType.STRING)
  @Column(name = "plan_type", nullable = false, length = 16)
  private PlanType type;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @Column(name = "uploaded_by", length = 64)
  private String uploadedBy;

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("versionNo ASC")
  private List<PlanVersionEntity> versions = new ArrayList<>();

  protected PlanEntity() {}

  public PlanEntity(String planNumber, String agencyCode, String agencyName, int year, PlanType type, String title,
      Instant uploadedAt, String uploadedBy) {
    this.planNumber = planNumber;
    this.agencyCode = agencyCode;
    this.agencyName = agencyName;
    this.year = year;
    this.type = type;
    this.title = title;
    this.uploadedAt = uploadedAt;
    this.uploadedBy = uploadedBy;
  }

  /** Adds the next version (numbered after the highest so far). */
  public PlanVersionEntity addVersion(PlanVersionEntity.Content content, boolean amendment, boolean late, String warning,
      String submittedBy, Instant submittedAt, String processInstanceId) {
    int next = versions.stream().mapToInt(PlanVersionEntity::versionNo).max().orElse(0) + 1;
    PlanVersionEntity version = new PlanVersionEntity(this, next, content, amendment, late, warning, submittedBy,
        submittedAt, processInstanceId);
    versions.add(version);
    return version;
  }

  public Optional<PlanVersionEntity> version(int versionNo) {
    return versions.stream().filter(v -> v.versionNo() == versionNo).findFirst();
  }

  public List<PlanVersionEntity> versions() {
    return versions;
  }

  public void retitle(String title) {
    this.title = title;
  }

  public InspectionPlan toPlan() {
    return new InspectionPlan(id, planNumber, agencyCode, agencyName, year, type, title, uploadedAt, uploadedBy,
        versions.stream().map(PlanVersionEntity::toVersion).toList());
  }

  public Long id() {
    return id;
  }

  public String planNumber() {
    return planNumber;
  }

  public String agencyCode() {
    return agencyCode;
  }

  public String agencyName() {
    return agencyName;
  }

  public int year() {
    return year;
  }

  public PlanType type() {
    return type;
  }

  public String title() {
    return title;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }
}
