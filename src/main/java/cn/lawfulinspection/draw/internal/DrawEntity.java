package cn.lawfulinspection.draw.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Row of {@code insp_draw} (R-PL-5) with its frozen pools, result and steps. */
@Entity
@Table(name = "insp_draw")
public class DrawEntity {

  /** An inspector of the frozen pool. */
  @Embeddable
  public static class PoolInspector {
    @Column(name = "inspector_id", nullable = false, length = 64)
    private String inspectorId;
    @Column(name = "inspector_name", nullable = false, length = 100)
    private String inspectorName;

    protected PoolInspector() {}

    public PoolInspector(String inspectorId, String inspectorName) {
      this.inspectorId = inspectorId;
      this.inspectorName = inspectorName;
    }

    public String inspectorId() {
      return inspectorId;
    }

    public String inspectorName() {
      return inspectorName;
    }
  }

  /** A drawn enterprise and its team. */
  @Embeddable
  public static class ResultRow {
    @Column(name = "enterprise_code", nullable = false, length = 18)
    private String enterpriseCode;
    @Column(name = "enterprise_name", nullable = false, length = 200)
    private String enterpriseName;
    @Column(name = "inspector_ids", nullable = false, length = 1000)
    private String inspectorIds;
    @Column(name = "inspector_names", nullable = false, length = 1000)
    private String inspectorNames;

    protected ResultRow() {}

    public ResultRow(String enterpriseCode, String enterpriseName, List<String> inspectorIds,
        List<String> inspectorNames) {
      this.enterpriseCode = enterpriseCode;
      this.enterpriseName = enterpriseName;
      this.inspectorIds = String.join(",", inspectorIds);
      this.inspectorNames = String.join(",", inspectorNames);
    }

    public String enterpriseCode() {
      return enterpriseCode;
    }

    public String enterpriseName() {
      return enterpriseName;
    }

    public List<String> inspectorIds() {
      return List.of(inspectorIds.split(","));
    }

    public List<String> inspectorNames() {
      return List.of(inspectorNames.split(","));
    }
  }

  /** One step of the trace. */
  @Embeddable
  public static class Step {
    @Column(name = "step", nullable = false, length = 16)
    private String step;
    @Column(name = "actor", nullable = false, length = 64)
    private String actor;
    @Column(name = "step_at", nullable = false)
    private Instant at;
    @Column(name = "detail", nullable = false, length = 1000)
    private String detail;

    protected Step() {}

    public Step(String step, String actor, Instant at, String detail) {
      this.step = step;
      this.actor = actor;
      this.at = at;
      this.detail = detail.length() > 1000 ? detail.substring(0, 1000) : detail;
    }

    public String step() {
      return step;
    }

    public String actor() {
      return actor;
    }

    public Instant at() {
      return at;
    }

    public String detail() {
      return detail;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "draw_number", length = 40)
  private String drawNumber;
  @Column(name = "plan_id", nullable = false)
  private long planId;
  @Column(name = "plan_number", nullable = false, length = 40)
  private String planNumber;
  @Column(name = "plan_version", nullable = false)
  private int planVersion;
  @Column(name = "plan_title", nullable = false, length = 200)
  private String planTitle;
  @Column(name = "agency_code", nullable = false, length = 32)
  private String agencyCode;
  @Column(name = "agency_name", nullable = false, length = 100)
  private String agencyName;
  @Column(name = "enterprise_filter", nullable = false, length = 500)
  private String enterpriseFilter;
  @Column(name = "enterprise_count", nullable = false)
  private int enterpriseCount;
  @Column(name = "team_size", nullable = false)
  private int teamSize;
  @Column(name = "algorithm", nullable = false, length = 100)
  private String algorithm;
  @Column(name = "seed_hash", nullable = false, length = 64)
  private String seedHash;
  @Column(name = "seed", nullable = false, length = 64)
  private String seed;
  @Column(name = "status", nullable = false, length = 16)
  private String status;
  @Column(name = "committed_by", nullable = false, length = 64)
  private String committedBy;
  @Column(name = "committed_at", nullable = false)
  private Instant committedAt;
  @Column(name = "executed_by", length = 64)
  private String executedBy;
  @Column(name = "executed_at")
  private Instant executedAt;
  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "insp_draw_enterprise", joinColumns = @JoinColumn(name = "draw_id"))
  @OrderColumn(name = "seq_no")
  @Column(name = "credit_code", nullable = false, length = 18)
  private List<String> enterprisePool = new ArrayList<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "insp_draw_inspector", joinColumns = @JoinColumn(name = "draw_id"))
  @OrderColumn(name = "seq_no")
  private List<PoolInspector> inspectorPool = new ArrayList<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "insp_draw_result", joinColumns = @JoinColumn(name = "draw_id"))
  @OrderColumn(name = "seq_no")
  private List<ResultRow> result = new ArrayList<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "insp_draw_step", joinColumns = @JoinColumn(name = "draw_id"))
  @OrderColumn(name = "seq_no")
  private List<Step> steps = new ArrayList<>();

  protected DrawEntity() {}

  public DrawEntity(long planId, String planNumber, int planVersion, String planTitle, String agencyCode,
      String agencyName, String enterpriseFilter, int enterpriseCount, int teamSize, String algorithm,
      String seedHash, String seed, String committedBy, Instant committedAt, List<String> enterprisePool,
      List<PoolInspector> inspectorPool) {
    this.planId = planId;
    this.planNumber = planNumber;
    this.planVersion = planVersion;
    this.planTitle = planTitle;
    this.agencyCode = agencyCode;
    this.agencyName = agencyName;
    this.enterpriseFilter = enterpriseFilter;
    this.enterpriseCount = enterpriseCount;
    this.teamSize = teamSize;
    this.algorithm = algorithm;
    this.seedHash = seedHash;
    this.seed = seed;
    this.status = "COMMITTED";
    this.committedBy = committedBy;
    this.committedAt = committedAt;
    this.enterprisePool.addAll(enterprisePool);
    this.inspectorPool.addAll(inspectorPool);
  }

  public Long id() { return id; }
  public String drawNumber() { return drawNumber; }
  public void number(String number) { this.drawNumber = number; }
  public long planId() { return planId; }
  public String planNumber() { return planNumber; }
  public int planVersion() { return planVersion; }
  public String planTitle() { return planTitle; }
  public String agencyCode() { return agencyCode; }
  public String agencyName() { return agencyName; }
  public String enterpriseFilter() { return enterpriseFilter; }
  public int enterpriseCount() { return enterpriseCount; }
  public int teamSize() { return teamSize; }
  public String algorithm() { return algorithm; }
  public String seedHash() { return seedHash; }
  public String seed() { return seed; }
  public String status() { return status; }
  public String committedBy() { return committedBy; }
  public Instant committedAt() { return committedAt; }
  public String executedBy() { return executedBy; }
  public Instant executedAt() { return executedAt; }
  public List<String> enterprisePool() { return List.copyOf(enterprisePool); }
  public List<PoolInspector> inspectorPool() { return List.copyOf(inspectorPool); }
  public List<ResultRow> result() { return List.copyOf(result); }
  public List<Step> steps() { return List.copyOf(steps); }

  public void step(Step step) {
    steps.add(step);
  }

  /** COMMITTED -> DRAWN, once (the caller holds the row lock and checked the status). */
  public void drawn(List<ResultRow> rows, String by, Instant at) {
    if (!"COMMITTED".equals(status)) {
      throw new IllegalStateException("draw " + drawNumber + " is " + status);
    }
    result.addAll(rows);
    status = "DRAWN";
    executedBy = by;
    executedAt = at;
  }
}
