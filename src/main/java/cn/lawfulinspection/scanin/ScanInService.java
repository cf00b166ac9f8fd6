package cn.lawfulinspection.scanin;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.common.Verdict;
import cn.lawfulinspection.identity.RunAs;
import cn.lawfulinspection.inspector.Inspector;
import cn.lawfulinspection.inspector.InspectorService;
import cn.lawfulinspection.qr.CodeCheck;
import cn.lawfulinspection.qr.CodeKind;
import cn.lawfulinspection.qr.SignedCode;
import cn.lawfulinspection.scanin.internal.ScanInEntity;
import cn.lawfulinspection.scanin.internal.ScanIns;
import cn.lawfulinspection.task.Channel;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.InspectionWindow;
import cn.lawfulinspection.task.TaskLocks;
import cn.lawfulinspection.task.TaskStatus;
import cn.lawfulinspection.task.TaskTrace;
import cn.lawfulinspection.task.process.InspectionTaskProcessIds;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scan-in (扫码入企): an assigned, qualified inspector scans the enterprise's own signed code inside the approved
 * window (R-SC-1), or records why it could not be scanned with the body-camera reference (R-SC-2). Stores the one
 * scan-in record of the task, writes the trace (R-SC-4, channel MOBILE_PAGE) and correlates
 * {@code Msg_InspectorScannedIn} with the task number. A repeated scan returns the existing record: no second record,
 * no second correlation; simultaneous scans of one task queue on the task's row lock (R-IG-5), so the later ones are
 * repeats. The phone's location, when it gave one, is stored and traced (R-IG-7); supervision lists the scan-ins
 * without one. A refusal throws {@link RuleViolationException} and saves nothing.
 */
@Service
@Transactional
public class ScanInService {

  static final int DEVICE_LENGTH = 160;
  /** The largest page of {@link #withoutLocation}. */
  public static final int MAX_PAGE_SIZE = 100;

  private final SignedCode signer;
  private final InspectionTaskService tasks;
  private final InspectorService inspectors;
  private final TaskTrace trace;
  private final ScanIns scanIns;
  private final RuntimeService runtimeService;
  private final RunAs runAs;
  private final TaskLocks locks;
  private final Clock clock;
  private final ScanInPolicy policy = new ScanInPolicy();

  ScanInService(SignedCode signer, InspectionTaskService tasks, InspectorService inspectors, TaskTrace trace,
      ScanIns scanIns, RuntimeService runtimeService, RunAs runAs, TaskLocks locks, Clock clock) {
    this.locks = locks;
    this.signer = signer;
    this.tasks = tasks;
    this.inspectors = inspectors;
    this.trace = trace;
    this.scanIns = scanIns;
    this.runtimeService = runtimeService;
    this.runAs = runAs;
    this.clock = clock;
  }

  /**
   * The enterprise's credit code in a genuine, unexpired enterprise code; otherwise refused with R-SC-3 (forged,
   * altered, expired, another kind of code).
   */
  @Transactional(readOnly = true)
  public String enterpriseOf(String enterpriseCodeText, Instant now) {
    CodeCheck check = signer.verify(enterpriseCodeText, CodeKind.ENTERPRISE, now);
    if (check.valid()) {
      return check.payload().id();
    }
    String message = check.failure() == CodeCheck.Failure.WRONG_KIND
        ? "二维码类型不符：这不是企业专属二维码，请扫描被检查企业张贴或出示的“执法人员扫码入企”二维码。"
        : check.failure() == CodeCheck.Failure.EXPIRED
            ? "企业专属二维码已过期，请企业重新打印二维码海报；确实无法扫码的，请选择“无法扫码”并填写执法记录仪录像编号。"
            : check.failure().message();
    throw new RuleViolationException("R-SC-3", "code", message);
  }

  /** The tasks of the enterprise the inspector may scan in to on {@code on}, with their scan-in record if any. */
  @Transactional(readOnly = true)
  public List<ScanInCandidate> candidates(String enterpriseCodeText, String inspectorUserId, Instant now) {
    String enterprise = enterpriseOf(enterpriseCodeText, now);
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    return tasks.ofEnterprise(enterprise, null).stream()
        .filter(t -> t.inspectorUserIds().contains(inspectorUserId))
        .filter(t -> scanInTask(t).approved() || scanInTask(t).emergency())
        .filter(t -> new InspectionWindow(t.windowStart(), t.windowEnd()).contains(today))
        .map(t -> new ScanInCandidate(t.id(), t.taskNumber(), t.agencyName(), t.enterpriseName(), t.kind().label(),
            new InspectionWindow(t.windowStart(), t.windowEnd()).label(), t.status().label(),
            t.items().stream().map(InspectionTask.Item::name).toList(),
            t.inspectors().stream().map(InspectionTask.AssignedInspector::name).toList(),
            scanIns.findByTaskId(t.id()).map(e -> e.toRecord(true)).orElse(null)))
        .toList();
  }

  /** R-SC-1: scan-in with the enterprise's code, from a phone that gave no location. */
  public ScanInRecord scanIn(String enterpriseCodeText, long taskId, String inspectorUserId, Instant now,
      String device) {
    return scanIn(enterpriseCodeText, taskId, inspectorUserId, now, device, null);
  }

  /**
   * R-SC-1: scan-in with the enterprise's code; {@code location} is where the phone was (R-IG-7), {@code null} when
   * it gave none (the record then says so, and supervision lists it).
   */
  public ScanInRecord scanIn(String enterpriseCodeText, long taskId, String inspectorUserId, Instant now,
      String device, ScanLocation location) {
    String enterprise = enterpriseOf(enterpriseCodeText, now);
    locks.lock(taskId);
    InspectionTask task = tasks.current(taskId);
    LocalDate on = LocalDate.ofInstant(now, clock.getZone());
    refuseIf(policy.check(scanInTask(task),
        ScanInRequest.scanned(inspectorUserId, qualified(inspectorUserId, on), on, enterprise)));
    return record(task, inspectorUserId, now, ScanInMethod.SCAN, enterprise, null, null, device, location);
  }

  /** R-SC-2: no code could be scanned, from a phone that gave no location. */
  public ScanInRecord recordWithoutScan(long taskId, String inspectorUserId, NoScanReason reason,
      String bodyCameraRef, Instant now, String device) {
    return recordWithoutScan(taskId, inspectorUserId, reason, bodyCameraRef, now, device, null);
  }

  /**
   * R-SC-2: no code could be scanned; the reason and the body-camera recording reference stand in for it. The phone's
   * location is kept as with a scan (R-IG-7).
   */
  public ScanInRecord recordWithoutScan(long taskId, String inspectorUserId, NoScanReason reason,
      String bodyCameraRef, Instant now, String device, ScanLocation location) {
    if (reason == null) {
      throw new RuleViolationException("R-SC-2", "reason", "无法扫码时，须选择原因：无营业执照、二维码无法显示或当事人拒绝。");
    }
    locks.lock(taskId);
    InspectionTask task = tasks.current(taskId);
    LocalDate on = LocalDate.ofInstant(now, clock.getZone());
    String ref = bodyCameraRef == null ? null : bodyCameraRef.strip();
    if (ref != null && ref.length() > 200) {
      throw new RuleViolationException("R-SC-2", "bodyCameraRef", "执法记录仪录像编号过长（不超过 200 个字符）。");
    }
    refuseIf(policy.check(scanInTask(task),
        ScanInRequest.withoutScan(inspectorUserId, qualified(inspectorUserId, on), on, reason, ref)));
    return record(task, inspectorUserId, now, ScanInMethod.NO_SCAN, null, reason, ref, device, location);
  }

  /**
   * The record another scan of the same task committed while this one was being saved (the unique key refused the
   * second insert and rolled its transaction back): answered as a repeat and traced like one.
   */
  public Optional<ScanInRecord> afterConcurrentScan(long taskId, String inspectorUserId, String device) {
    return scanIns.findByTaskId(taskId).map(existing -> {
      trace.record(taskId, inspectorUserId, "SCAN_IN_REPEATED", "同时扫码入企，沿用另一次扫码已保存的入企记录"
          + (device == null ? "" : "；设备：" + shortDevice(device)),
          Channel.MOBILE_PAGE);
      return existing.toRecord(true);
    });
  }

  @Transactional(readOnly = true)
  public Optional<ScanInRecord> of(long taskId) {
    return scanIns.findByTaskId(taskId).map(e -> e.toRecord(false));
  }

  /**
   * R-IG-7, for supervision: the scan-ins whose phone gave no location, newest first, one page of {@code size}
   * (1–{@value #MAX_PAGE_SIZE}, the page counted from 0).
   */
  @Transactional(readOnly = true)
  public UnlocatedScans withoutLocation(int page, int size) {
    int p = Math.max(0, page);
    int n = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
    // newest recorded first: the id, not scannedAt, which is the moment the phone's call carried
    Page<ScanInEntity> found = scanIns.findByLatitudeIsNull(PageRequest.of(p, n, Sort.by(Sort.Order.desc("id"))));
    List<UnlocatedScans.Scan> items = found.getContent().stream().map(e -> e.toRecord(false)).map(r -> {
      InspectionTask task = tasks.current(r.taskId());
      return new UnlocatedScans.Scan(r.id(), r.taskId(), task.taskNumber(), task.agencyCode(), task.agencyName(),
          task.enterpriseCode(), task.enterpriseName(), r.inspectorUserId(), r.scannedAt(), r.method(), r.device());
    }).toList();
    return new UnlocatedScans(p, n, found.getTotalElements(), items);
  }

  private ScanInRecord record(InspectionTask task, String user, Instant now, ScanInMethod method, String enterprise,
      NoScanReason reason, String ref, String device, ScanLocation location) {
    String shortDevice = device == null ? null : shortDevice(device);
    String where = location == null ? "；手机未提供位置" : "；手机位置：" + location.label();
    Optional<ScanInEntity> existing = scanIns.findByTaskId(task.id());
    if (existing.isPresent()) {
      trace.record(task.id(), user, "SCAN_IN_REPEATED", "重复扫码入企，沿用已有入企记录" + where
          + (shortDevice == null ? "" : "；设备：" + shortDevice), Channel.MOBILE_PAGE);
      return existing.get().toRecord(true);
    }
    ScanInEntity saved = scanIns.saveAndFlush(
        new ScanInEntity(task.id(), user, now, method, enterprise, reason, ref, shortDevice, location));
    boolean moved = correlate(task.taskNumber());
    String detail = method == ScanInMethod.SCAN
        ? "扫描企业专属二维码入企（" + enterprise + "）"
        : "无法扫码入企，原因：" + reason.label() + "；执法记录仪录像编号：" + ref;
    trace.record(task.id(), user, method == ScanInMethod.SCAN ? "SCANNED_IN" : "SCANNED_IN_WITHOUT_CODE",
        detail + where + (shortDevice == null ? "" : "；设备：" + shortDevice)
            + (moved ? "" : "；流程未在等待入企（旧流程实例）"), Channel.MOBILE_PAGE);
    return saved.toRecord(false);
  }

  /**
   * Correlates the message with the task's spine as the engine (the inspector has no rights on process instances;
   * the rules were checked above). {@code false} when no instance waits (a task started before the wait existed).
   */
  private boolean correlate(String taskNumber) {
    return runAs.asEngine(() -> !runtimeService.createMessageCorrelation(
            InspectionTaskProcessIds.MSG_INSPECTOR_SCANNED_IN)
        .processInstanceBusinessKey(taskNumber).correlateAllWithResult().isEmpty());
  }

  private boolean qualified(String userId, LocalDate on) {
    return inspectors.byUserId(userId).map(Inspector::id).map(id -> inspectors.qualified(id, on).allowed())
        .orElse(false);
  }

  private static ScanInTask scanInTask(InspectionTask task) {
    // an inspected task (result backfilled, rectifying, closed) was approved and scanned in: a scan now is a repeat
    boolean approved = task.status() == TaskStatus.APPROVED || task.status() == TaskStatus.APPROVED_POST_HOC
        || task.status().inspected();
    boolean emergency = task.status() == TaskStatus.IN_PROGRESS_POST_HOC;
    return new ScanInTask(task.enterpriseCode().toUpperCase(Locale.ROOT), new HashSet<>(task.inspectorUserIds()),
        approved, emergency, new InspectionWindow(task.windowStart(), task.windowEnd()));
  }

  private static String shortDevice(String device) {
    return device.substring(0, Math.min(device.length(), DEVICE_LENGTH));
  }

  private static void refuseIf(Verdict verdict) {
    if (verdict.refused()) {
      throw new RuleViolationException(verdict.ruleId(), verdict.field(), verdict.message());
    }
  }
}
