package cn.lawfulinspection.task.internal;

import cn.lawfulinspection.task.TaskLifecycle;
import cn.lawfulinspection.task.FrequencyChange;
import cn.lawfulinspection.task.InspectionKind;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.RuleWarning;
import cn.lawfulinspection.task.SurpriseReason;
import cn.lawfulinspection.task.UrgencyCategory;
import cn.lawfulinspection.task.TaskOrigin;
import cn.lawfulinspection.task.TaskStatus;
import cn.lawfulinspection.task.TriggerReason;
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
import java.util.ArrayList;
import java.util.List;

/** Row of {@code insp_task} with its items, inspectors and warnings. */
@Entity
@Table(name = "insp_task")
public class TaskEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "task_number", nullable = false, length = 40)
  private String taskNumber;
  @Column(name = "agency_code", nullable = false, length = 32)
  private String agencyCode;
  @Column(name = "agency_name", nullable = false, length = 100)
  private String agencyName;
  @Column(name = "enterprise_code", nullable = false, length = 18)
  private String enterpriseCode;
  @Column(name = "enterprise_name", nullable = false, length = 200)
  private String enterpriseName;
  @Enumerated(EnumType.STRING)
  @Column(name = "origin", nullable = false, length = 16)
  private TaskOrigin origin;
  @Column(name = "plan_id")
  private Long planId;
  @Column(name = "plan_number", length = 40)
  private String planNumber;
  @Column(name = "plan_version")
  private Integer planVersion;
  @Enumerated(EnumType.STRING)
  @Column(name = "trigger_reason", length = 32)
  private TriggerReason trigger;
  @Column(name = "trigger_description", length = 1000)
  private String triggerDescription;
  @Column(name = "trigger_record_id")
  private Long triggerRecordId;
  @Column(name = "trigger_record_number", length = 40)
  private String triggerRecordNumber;
  @Enumerated(EnumType.STRING)
  @Column(name = "urgency_category", length = 32)
  private UrgencyCategory urgency;
  @Column(name = "urgency_reason", length = 1000)
  private String urgencyReason;
  @Enumerated(EnumType.STRING)
  @Column(name = "surprise_reason", length = 32)
  private SurpriseReason surpriseReason;
  @Column(name = "surprise_reason_text", length = 1000)
  private String surpriseReasonText;
  @Column(name = "overinspection_exception", length = 40)
  private String overInspectionException;
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 32)
  private InspectionKind kind;
  @Column(name = "window_start", nullable = false)
  private LocalDate windowStart;
  @Column(name = "window_end", nullable = false)
  private LocalDate windowEnd;
  @Column(name = "task_year", nullable = false)
  private int taskYear;
  @Column(name = "emergency", nullable = false)
  private boolean emergency;
  @Column(name = "surprise", nullable = false)
  private boolean surprise;
  @Enumerated(EnumType.STRING)
  @Column(name = "frequency_change", length = 32)
  private FrequencyChange frequencyChange;
  @Column(name = "head_consent_required", nullable = false)
  private boolean headConsentRequired;
  @Column(name = "quiet_exception", nullable = false)
  private boolean quietException;
  @Column(name = "quiet_filing_due")
  private LocalDate quietFilingDue;
  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 32)
  private TaskStatus status;
  @Column(name = "registered_by", nullable = false, length = 64)
  private String registeredBy;
  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;
  @Column(name = "revision", nullable = false)
  private int revision;
  @Column(name = "decided_by", length = 64)
  private String decidedBy;
  @Column(name = "decided_at")
  private Instant decidedAt;
  @Column(name = "decision_reason", length = 1000)
  private String decisionReason;
  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;
  /** The policy profile and its version in force at registration; every later check of the task uses it. */
  @Column(name = "policy_profile", length = 32)
  private String policyProfile;
  @Column(name = "policy_version")
  private Integer policyVersion;
  @Column(name = "problems_found")
  private Boolean problemsFound;
  @Column(name = "rectified")
  private Boolean rectified;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "insp_task_item", joinColumns = @JoinColumn(name = "task_id"))
  @OrderColumn(name = "seq")
  private List<ItemRef> items = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "insp_task_inspector", joinColumns = @JoinColumn(name = "task_id"))
  @OrderColumn(name = "seq")
  private List<InspectorRef> inspectors = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "insp_task_warning", joinColumns = @JoinColumn(name = "task_id"))
  @OrderColumn(name = "seq")
  private List<WarningRef> warnings = new ArrayList<>();

  protected TaskEntity() {}

  public TaskEntity(String taskNumber, String agencyCode, String agencyName, String registeredBy,
      Instant registeredAt) {
    this.taskNumber = taskNumber;
    this.agencyCode = agencyCode;
    this.agencyName = agencyName;
    this.registeredBy = registeredBy;
    this.registeredAt = registeredAt;
    this.status = TaskStatus.REGISTERED;
  }

  /** What the registration (or a revision) settled; replaces items, inspectors and warnings. */
  public record Content(String enterpriseCode, String enterpriseName, TaskOrigin origin, Long planId,
      String planNumber, Integer planVersion, TriggerReason trigger, String triggerDescription, InspectionKind kind,
      LocalDate windowStart, LocalDate windowEnd, boolean emergency, boolean surprise,
      FrequencyChange frequencyChange, boolean headConsentRequired, boolean quietException,
      List<InspectionTask.Item> items, List<InspectionTask.AssignedInspector> inspectors,
      List<RuleWarning> warnings, Links links) {}

  /**
   * What the task links and states beyond its content: the trigger record (R-TK-10), the urgency of an emergency
   * (R-TK-4), the reason of a surprise (R-NT-3), the justice bureau's over-inspection exception (R-SV-2).
   */
  public record Links(Long triggerRecordId, String triggerRecordNumber, UrgencyCategory urgency, String urgencyReason,
      SurpriseReason surpriseReason, String surpriseReasonText, String overInspectionException) {}

  public void apply(Content c) {
    enterpriseCode = c.enterpriseCode();
    enterpriseName = c.enterpriseName();
    origin = c.origin();
    planId = c.planId();
    planNumber = c.planNumber();
    planVersion = c.planVersion();
    trigger = c.trigger();
    triggerDescription = c.triggerDescription();
    kind = c.kind();
    windowStart = c.windowStart();
    windowEnd = c.windowEnd();
    taskYear = c.windowStart().getYear();
    emergency = c.emergency();
    surprise = c.surprise();
    frequencyChange = c.frequencyChange();
    headConsentRequired = c.headConsentRequired();
    quietException = c.quietException();
    Links l = c.links();
    triggerRecordId = l.triggerRecordId();
    triggerRecordNumber = l.triggerRecordNumber();
    urgency = l.urgency();
    urgencyReason = l.urgencyReason();
    surpriseReason = l.surpriseReason();
    surpriseReasonText = l.surpriseReasonText();
    overInspectionException = l.overInspectionException();
    items.clear();
    c.items().forEach(i -> items.add(new ItemRef(i.code(), i.name(), i.legalBasis())));
    inspectors.clear();
    c.inspectors().forEach(i -> inspectors.add(
        new InspectorRef(i.inspectorId(), i.name(), i.userId(), i.certificateNumber())));
    warnings.clear();
    c.warnings().forEach(w -> warnings.add(new WarningRef(w.ruleId(), w.message())));
  }

  /** The profile version the task is judged under, fixed at registration. */
  public void policy(String profile, int version) {
    this.policyProfile = profile;
    this.policyVersion = version;
  }

  /** Profile name in force at registration; {@code null} for a task registered before profiles had versions. */
  public String policyProfile() {
    return policyProfile;
  }

  public Integer policyVersion() {
    return policyVersion;
  }

  /** A warning raised after registration (e.g. R-NT-2 when the notice goes out late), shown to supervision. */
  public void warn(RuleWarning warning) {
    warnings.add(new WarningRef(warning.ruleId(), warning.message()));
  }

  public void status(TaskStatus status) {
    this.status = status;
  }

  public void revised() {
    revision++;
    decidedBy = null;
    decidedAt = null;
  }

  public void decided(TaskStatus status, String by, Instant at, String reason) {
    this.status = status;
    this.decidedBy = by;
    this.decidedAt = at;
    this.decisionReason = reason;
  }

  public void quietFilingDue(LocalDate due) {
    this.quietFilingDue = due;
  }

  public void processInstanceId(String id) {
    this.processInstanceId = id;
  }

  /** R-RS-1: the result is backfilled; whether it found problems decides the steps that follow. */
  public void problemsFound(boolean found) {
    this.problemsFound = found;
  }

  /** R-RS-4: the inspector's latest check of the rectification. */
  public void rectified(boolean outcome) {
    this.rectified = outcome;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  /** What {@link TaskLifecycle} needs to decide a step. */
  public TaskLifecycle.State lifecycleState() {
    return new TaskLifecycle.State(taskNumber, status, agencyCode, registeredBy,
        inspectors.stream().map(i -> i.userId).filter(u -> u != null).collect(java.util.stream.Collectors.toSet()),
        emergency, quietException, windowEnd, problemsFound, rectified);
  }

  public Long id() {
    return id;
  }

  public String taskNumber() {
    return taskNumber;
  }

  public String agencyCode() {
    return agencyCode;
  }

  public TaskStatus status() {
    return status;
  }

  public String registeredBy() {
    return registeredBy;
  }

  public boolean quietException() {
    return quietException;
  }

  /** R-TK-10: the linked trigger record's id, {@code null} for a planned task. */
  public Long triggerRecordId() {
    return triggerRecordId;
  }

  public InspectionTask toTask(List<InspectionTask.TraceEntry> trace) {
    return new InspectionTask(id, taskNumber, agencyCode, agencyName, enterpriseCode, enterpriseName, origin, planId,
        planNumber, planVersion, trigger, triggerDescription, kind, windowStart, windowEnd, taskYear, emergency,
        surprise, frequencyChange, headConsentRequired, quietException, quietFilingDue, status, registeredBy,
        registeredAt, revision, decidedBy, decidedAt, decisionReason, processInstanceId,
        items.stream().map(i -> new InspectionTask.Item(i.code, i.name, i.legalBasis)).toList(),
        inspectors.stream().map(i -> new InspectionTask.AssignedInspector(i.inspectorId, i.name, i.userId,
            i.certificateNumber)).toList(),
        warnings.stream().map(w -> new RuleWarning(w.ruleId, w.message)).toList(),
        trace, triggerRecordNumber, urgency, urgencyReason, surpriseReason, surpriseReasonText,
        overInspectionException);
  }

  @Embeddable
  static class ItemRef {
    @Column(name = "item_code", nullable = false, length = 32)
    String code;
    @Column(name = "item_name", nullable = false, length = 200)
    String name;
    @Column(name = "legal_basis", nullable = false, length = 1000)
    String legalBasis;

    protected ItemRef() {}

    ItemRef(String code, String name, String legalBasis) {
      this.code = code;
      this.name = name;
      this.legalBasis = legalBasis;
    }
  }

  @Embeddable
  static class InspectorRef {
    @Column(name = "inspector_id", nullable = false, length = 32)
    String inspectorId;
    @Column(name = "inspector_name", nullable = false, length = 64)
    String name;
    @Column(name = "user_id", length = 64)
    String userId;
    @Column(name = "certificate_number", nullable = false, length = 64)
    String certificateNumber;

    protected InspectorRef() {}

    InspectorRef(String inspectorId, String name, String userId, String certificateNumber) {
      this.inspectorId = inspectorId;
      this.name = name;
      this.userId = userId;
      this.certificateNumber = certificateNumber;
    }
  }

  @Embeddable
  static class WarningRef {
    @Column(name = "rule_id", nullable = false, length = 16)
    String ruleId;
    @Column(name = "message", nullable = false, length = 1000)
    String message;

    protected WarningRef() {}

    WarningRef(String ruleId, String message) {
      this.ruleId = ruleId;
      this.message = message;
    }
  }
}
