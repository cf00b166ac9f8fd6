package cn.lawfulinspection.plan.internal;

import cn.lawfulinspection.plan.PlanStatus;
import cn.lawfulinspection.plan.PlanVersion;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One version of a plan. Status changes go through the methods below, which refuse impossible transitions. */
@Entity
@Table(name = "insp_plan_version")
public class PlanVersionEntity {

  /** The submitted parts of a version. */
  public record Content(List<PlanItemRef> items, String method, String objectScope, LocalDate windowStart,
      LocalDate windowEnd, int annualCap, String notes, List<PlanPartnerRef> partners,
      List<PlanJointItemRef> jointItems) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "plan_id", nullable = false)
  private PlanEntity plan;

  @Column(name = "version_no", nullable = false)
  private int versionNo;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private PlanStatus status;

  @Column(name = "amendment", nullable = false)
  private boolean amendment;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "insp_plan_item", joinColumns = @JoinColumn(name = "version_id"))
  @OrderColumn(name = "item_order")
  private List<PlanItemRef> items = new ArrayList<>();

  /** R-PL-6: partner agencies (联合检查单位) of a joint plan; empty for a plan of one agency. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "insp_plan_partner", joinColumns = @JoinColumn(name = "version_id"))
  @OrderColumn(name = "partner_order")
  private List<PlanPartnerRef> partners = new ArrayList<>();

  /** R-PL-6: the partners' items that may be inspected jointly, each with its owning agency. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "insp_plan_joint_item", joinColumns = @JoinColumn(name = "version_id"))
  @OrderColumn(name = "item_order")
  private List<PlanJointItemRef> jointItems = new ArrayList<>();

  @Column(name = "inspection_method", nullable = false, length = 200)
  private String method;

  @Column(name = "object_scope", nullable = false, length = 1000)
  private String objectScope;

  @Column(name = "window_start", nullable = false)
  private LocalDate windowStart;

  @Column(name = "window_end", nullable = false)
  private LocalDate windowEnd;

  @Column(name = "annual_cap", nullable = false)
  private int annualCap;

  @Column(name = "notes", length = 2000)
  private String notes;

  @Column(name = "late", nullable = false)
  private boolean late;

  @Column(name = "warning", length = 500)
  private String warning;

  @Column(name = "submitted_by", length = 64)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "approved_by", length = 64)
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Column(name = "returned_by", length = 64)
  private String returnedBy;

  @Column(name = "returned_at")
  private Instant returnedAt;

  @Column(name = "returned_stage", length = 16)
  private String returnedStage;

  @Column(name = "return_reason", length = 1000)
  private String returnReason;

  @Column(name = "filed_by", length = 64)
  private String filedBy;

  @Column(name = "filed_at")
  private Instant filedAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "superseded_at")
  private Instant supersededAt;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  protected PlanVersionEntity() {}

  PlanVersionEntity(PlanEntity plan, int versionNo, Content content, boolean amendment, boolean late, String warning,
      String submittedBy, Instant submittedAt, String processInstanceId) {
    this.plan = plan;
    this.versionNo = versionNo;
    this.status = PlanStatus.SUBMITTED;
    this.amendment = amendment;
    this.items = new ArrayList<>(content.items());
    this.partners = new ArrayList<>(content.partners());
    this.jointItems = new ArrayList<>(content.jointItems());
    this.method = content.method();
    this.objectScope = content.objectScope();
    this.windowStart = content.windowStart();
    this.windowEnd = content.windowEnd();
    this.annualCap = content.annualCap();
    this.notes = content.notes();
    this.late = late;
    this.warning = warning;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
    this.processInstanceId = processInstanceId;
  }

  /**
   * Moves the version to the status of a step {@link cn.lawfulinspection.plan.PlanLifecycle} allowed, with who and
   * when. Returns carry the stage ({@code HEAD} or {@code FILING}) and the reason.
   */
  public void approve(String by, Instant at) {
    status = PlanStatus.APPROVED;
    approvedBy = by;
    approvedAt = at;
  }

  public void returnWith(String stage, String reason, String by, Instant at) {
    status = PlanStatus.RETURNED;
    returnedStage = stage;
    returnReason = reason;
    returnedBy = by;
    returnedAt = at;
  }

  /** R-PL-3: filed with the justice bureau; in force once published. */
  public void file(String by, Instant at) {
    status = PlanStatus.FILED;
    filedBy = by;
    filedAt = at;
  }

  /** R-PL-4: published (向社会公布). */
  public void publish(Instant at) {
    publishedAt = at;
  }

  public void supersede(Instant at) {
    status = PlanStatus.SUPERSEDED;
    supersededAt = at;
  }

  public boolean published() {
    return publishedAt != null;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public PlanEntity plan() {
    return plan;
  }

  public int versionNo() {
    return versionNo;
  }

  public PlanStatus status() {
    return status;
  }

  public List<PlanItemRef> items() {
    return items;
  }

  public List<PlanPartnerRef> partners() {
    return partners;
  }

  public List<PlanJointItemRef> jointItems() {
    return jointItems;
  }

  public String method() {
    return method;
  }

  public String objectScope() {
    return objectScope;
  }

  public LocalDate windowStart() {
    return windowStart;
  }

  public LocalDate windowEnd() {
    return windowEnd;
  }

  public int annualCap() {
    return annualCap;
  }

  public String notes() {
    return notes;
  }

  public Instant filedAt() {
    return filedAt;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public PlanVersion toVersion() {
    return new PlanVersion(plan.id(), versionNo, status, amendment,
        items.stream().map(i -> new PlanVersion.PlanItem(i.itemCode(), i.itemName())).toList(), method, objectScope,
        windowStart, windowEnd, annualCap, notes, late, warning, submittedBy, submittedAt, approvedBy, approvedAt,
        returnedBy, returnedAt, returnedStage, returnReason, filedBy, filedAt, publishedAt, supersededAt,
        processInstanceId,
        partners.stream().map(p -> new PlanVersion.Partner(p.agencyCode(), p.agencyName())).toList(),
        jointItems.stream().map(i -> new PlanVersion.JointItem(i.agencyCode(), i.itemCode(), i.itemName())).toList());
  }
}
