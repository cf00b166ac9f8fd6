package cn.lawfulinspection.rectification;

import cn.lawfulinspection.common.NotFoundException;
import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.common.Verdict;
import cn.lawfulinspection.identity.RunAs;
import cn.lawfulinspection.inspector.Inspector;
import cn.lawfulinspection.inspector.InspectorService;
import cn.lawfulinspection.rectification.internal.RectificationEntity;
import cn.lawfulinspection.rectification.internal.Rectifications;
import cn.lawfulinspection.rectification.internal.RoundEntity;
import cn.lawfulinspection.rectification.process.FollowUpProcessIds;
import cn.lawfulinspection.task.Channel;
import cn.lawfulinspection.task.ChineseDates;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.TaskTrace;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Module API of {@code rectification} (整改, R-RS-4): opens the rectification of a task with its deadline, takes the
 * enterprise's report from the public page (correlating {@code Msg_RectificationReported}), and records the assigned
 * inspector's verification and re-check. Every step is traced on the task (R-SC-4); a refusal throws
 * {@link RuleViolationException} and saves nothing.
 */
@Service
@Transactional
public class RectificationService {

  /** The trace actor of the enterprise's report: whoever holds the code, not logged in. */
  public static final String PUBLIC_ACTOR = "public";
  /** R-RS-4, second sentence: the rectification is how a non-urgent problem is first pointed out for correction. */
  public static final String POINTED_OUT = "执法人员在检查中发现的问题已当场指出，并责令限期整改（非紧急问题先行指出、督促整改）。"
      + "请在整改期限内完成整改，并在此如实报告整改情况；执法人员将核查整改情况，必要时现场复查。"
      + "逾期或复查仍未整改的，将依法移交立案处理。";
  static final int DEVICE_LENGTH = 160;

  private final Rectifications rectifications;
  private final InspectionTaskService tasks;
  private final InspectorService inspectors;
  private final TaskTrace trace;
  private final RuntimeService runtimeService;
  private final RunAs runAs;
  private final Clock clock;
  private final RectificationPolicy policy = new RectificationPolicy();

  RectificationService(Rectifications rectifications, InspectionTaskService tasks, InspectorService inspectors,
      TaskTrace trace, RuntimeService runtimeService, RunAs runAs, Clock clock) {
    this.rectifications = rectifications;
    this.tasks = tasks;
    this.inspectors = inspectors;
    this.trace = trace;
    this.runtimeService = runtimeService;
    this.runAs = runAs;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Optional<Rectification> of(long taskId) {
    return rectifications.findByTaskId(taskId).map(RectificationEntity::toRectification);
  }

  @Transactional(readOnly = true)
  public Optional<Rectification> ofTaskNumber(String taskNumber) {
    return rectifications.findByTaskNumber(taskNumber).map(RectificationEntity::toRectification);
  }

  /**
   * Opens the rectification of the task with its deadline (责令限期整改). Opening again answers the existing one (a
   * retried step).
   */
  public Rectification open(long taskId, LocalDate deadline) {
    Optional<RectificationEntity> existing = rectifications.findByTaskId(taskId);
    if (existing.isPresent()) {
      return existing.get().toRectification();
    }
    refuseIf(policy.open(deadline, today()));
    InspectionTask task = tasks.get(taskId);
    RectificationEntity saved = rectifications.saveAndFlush(
        new RectificationEntity(taskId, task.taskNumber(), task.agencyCode(), deadline, clock.instant()));
    trace.record(taskId, trace.currentActor(), "RECTIFICATION_OPENED", "检查发现问题，已先行指出并责令限期整改，整改期限至 "
        + ChineseDates.format(deadline) + "（R-RS-4）");
    return saved.toRectification();
  }

  /**
   * The enterprise reports what it fixed (from the public page of its inspection code), traced as PUBLIC_PAGE; the
   * follow-up process waiting for the report moves on to the inspector's verification.
   *
   * @param evidence references of photos, documents or other proof (names or numbers), may be empty
   * @param device what the reporting device said about itself (User-Agent)
   */
  public Rectification report(long taskId, String text, List<String> evidence, String device) {
    RectificationEntity r = entity(taskId);
    List<String> refs = evidence == null ? List.of() : evidence.stream().map(e -> e == null ? null : e.strip()).toList();
    RoundEntity round = r.currentRound();
    refuseIf(policy.report(r.status(), round.reported(), text, refs));
    Instant now = clock.instant();
    String shortDevice = device == null || device.isBlank() ? null
        : device.strip().substring(0, Math.min(device.strip().length(), DEVICE_LENGTH));
    round.reported(text.strip(), refs, now, shortDevice);
    boolean late = today().isAfter(r.deadline());
    boolean waiting = r.status() == RectificationStatus.OPEN;
    String label = r.status() == RectificationStatus.RECHECK_SCHEDULED ? "（复查前补充报告）" : "（逾期报告）";
    if (waiting || r.status() == RectificationStatus.OVERDUE) {
      r.status(RectificationStatus.REPORTED, now);
    }
    rectifications.flush();
    boolean moved = waiting ? correlate(r.taskNumber(), reportText(text.strip(), refs))
        : showLate(r.taskNumber(), label + reportText(text.strip(), refs));
    trace.record(taskId, PUBLIC_ACTOR, "RECTIFICATION_REPORTED", "企业报告整改情况" + (late ? "（已过整改期限）" : "")
        + "：" + text.strip() + (refs.isEmpty() ? "" : "；佐证材料：" + String.join("、", refs))
        + (shortDevice == null ? "" : "；设备：" + shortDevice) + (moved ? "" : "；流程未在等待整改报告"),
        Channel.PUBLIC_PAGE);
    return r.toRectification();
  }

  /** The deadline passed without a report (整改期限届满): the inspector verifies anyway. */
  public Rectification deadlinePassed(long taskId) {
    RectificationEntity r = entity(taskId);
    if (r.status() == RectificationStatus.OPEN) {
      r.status(RectificationStatus.OVERDUE, clock.instant());
      trace.record(taskId, TaskTrace.SYSTEM, "RECTIFICATION_DEADLINE_PASSED", "整改期限（"
          + ChineseDates.format(r.deadline()) + "）届满，企业未报告整改情况，转执法人员核查（R-RS-4）");
    }
    return r.toRectification();
  }

  /**
   * 核查整改情况: an assigned inspector with a valid certificate (R-MD-1) verifies after the report or the deadline:
   * rectified (closed), or a re-check on a later day ({@link #scheduleRecheck}).
   */
  public Rectification verify(long taskId, CheckVerdict verdict, String remark, LocalDate recheckDate, String actor) {
    RectificationEntity r = entity(taskId);
    refuseIf(policy.verify(r.status(), r.deadline(), today(), checker(taskId, actor), verdict, remark, recheckDate));
    if (verdict == CheckVerdict.RECHECK) {
      return scheduleRecheck(r, recheckDate, remark, actor);
    }
    r.currentRound().checked(verdict, strip(remark), actor, clock.instant());
    r.status(RectificationStatus.VERIFIED, clock.instant());
    tasks.rectificationChecked(taskId, true);
    trace.record(taskId, actor, "RECTIFICATION_VERIFIED", "执法人员核查整改情况：整改到位" + suffix(remark));
    return r.toRectification();
  }

  /** 安排复查: the same check as {@link #verify} with verdict RECHECK. */
  public Rectification scheduleRecheck(long taskId, LocalDate recheckDate, String remark, String actor) {
    return verify(taskId, CheckVerdict.RECHECK, remark, recheckDate, actor);
  }

  private Rectification scheduleRecheck(RectificationEntity r, LocalDate recheckDate, String remark, String actor) {
    r.currentRound().checked(CheckVerdict.RECHECK, strip(remark), actor, clock.instant());
    r.recheckOn(recheckDate);
    trace.record(r.taskId(), actor, "RECTIFICATION_RECHECK_SCHEDULED", "执法人员核查整改情况：尚未整改到位，安排于 "
        + ChineseDates.format(recheckDate) + " 现场复查" + suffix(remark));
    return r.toRectification();
  }

  /** 现场复查: rectified (closed), or not (handed to case handling, 移交立案处理). */
  public Rectification recheck(long taskId, Boolean rectified, String remark, String actor) {
    RectificationEntity r = entity(taskId);
    refuseIf(policy.recheck(r.status(), today(), checker(taskId, actor), rectified, remark));
    boolean ok = rectified;
    r.currentRound().checked(ok ? CheckVerdict.RECTIFIED : CheckVerdict.NOT_RECTIFIED, strip(remark), actor,
        clock.instant());
    r.status(ok ? RectificationStatus.VERIFIED : RectificationStatus.NOT_RECTIFIED, clock.instant());
    tasks.rectificationChecked(taskId, ok);
    trace.record(taskId, actor, ok ? "RECTIFICATION_RECHECKED" : "RECTIFICATION_NOT_RECTIFIED",
        ok ? "现场复查：整改到位" + suffix(remark) : "现场复查：仍未整改，移交立案处理" + suffix(remark));
    return r.toRectification();
  }

  /**
   * A check (verification or re-check) is overdue: {@code toSupervision} false = a reminder for the head, true =
   * reported to the justice bureau. Returns the message.
   */
  public String recordOverdueCheck(long taskId, boolean recheck, boolean toSupervision) {
    RectificationEntity r = entity(taskId);
    String what = recheck ? "现场复查" : "整改核查";
    String message = toSupervision
        ? "检查任务 " + r.taskNumber() + " 的" + what + "严重超期，已报司法局（执法监督）督办。"
        : "检查任务 " + r.taskNumber() + " 的" + what + "已超过办理期限，已提醒单位负责人督办。";
    trace.record(taskId, TaskTrace.SYSTEM, toSupervision ? "RECTIFICATION_CHECK_OVERDUE_REPORTED"
        : "RECTIFICATION_CHECK_OVERDUE_REMINDED", message);
    return message;
  }

  /** What the enterprise sees on the public page of its inspection code. */
  @Transactional(readOnly = true)
  public PublicRectification publicView(String taskNumber) {
    Optional<Rectification> found = ofTaskNumber(taskNumber);
    if (found.isEmpty()) {
      return new PublicRectification(false, false, null, "本次检查未责令整改", null, List.of(), null, null, null, null,
          null);
    }
    Rectification r = found.get();
    Rectification.Round reported = r.rounds().stream().filter(Rectification.Round::reported)
        .reduce((a, b) -> b).orElse(null);
    Rectification.Round checked = r.rounds().stream().filter(x -> x.verdict() != null).reduce((a, b) -> b)
        .orElse(null);
    boolean open = !r.status().closed();
    return new PublicRectification(open, open && !r.currentRound().reported(), r.deadline(), r.status().label(),
        reported == null ? null : reported.report(), reported == null ? List.of() : reported.evidence(),
        reported == null ? null : reported.reportedAt(), checked == null ? null : checked.verdict().label(),
        checked == null ? null : checked.remark(), r.recheckDate(), POINTED_OUT);
  }

  private RectificationPolicy.Checker checker(long taskId, String actor) {
    InspectionTask task = tasks.get(taskId);
    boolean assigned = actor != null && task.inspectorUserIds().contains(actor);
    boolean qualified = assigned && inspectors.byUserId(actor).map(Inspector::id)
        .map(id -> inspectors.qualified(id, today()).allowed()).orElse(false);
    return new RectificationPolicy.Checker(assigned, qualified);
  }

  /** Correlates the report with the waiting follow-up process as the engine; {@code false} when none waits. */
  private boolean correlate(String taskNumber, String report) {
    return runAs.asEngine(() -> !runtimeService
        .createMessageCorrelation(FollowUpProcessIds.MSG_RECTIFICATION_REPORTED)
        .processInstanceBusinessKey(taskNumber)
        .setVariables(Map.of(FollowUpProcessIds.RECTIFICATION_REPORT, report))
        .correlateAllWithResult().isEmpty());
  }

  /** A report the process no longer waits for (late, or before the re-check): the open user task shows it. */
  private boolean showLate(String taskNumber, String report) {
    return runAs.asEngine(() -> {
      var waiting = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(taskNumber)
          .processDefinitionKey(FollowUpProcessIds.PROCESS_KEY).active().list();
      waiting.forEach(pi -> runtimeService.setVariable(pi.getId(), FollowUpProcessIds.RECTIFICATION_REPORT, report));
      return !waiting.isEmpty();
    });
  }

  private static String reportText(String text, List<String> refs) {
    return text + (refs.isEmpty() ? "" : "\n佐证材料：" + String.join("、", refs));
  }

  private RectificationEntity entity(long taskId) {
    return rectifications.findByTaskId(taskId)
        .orElseThrow(() -> new NotFoundException("检查任务 " + taskId + " 没有整改事项。"));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static String strip(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String suffix(String remark) {
    return remark == null || remark.isBlank() ? "" : "；意见：" + remark.strip();
  }

  private static void refuseIf(Verdict verdict) {
    if (verdict.refused()) {
      throw new RuleViolationException(verdict.ruleId(), verdict.field(), verdict.message());
    }
  }
}
