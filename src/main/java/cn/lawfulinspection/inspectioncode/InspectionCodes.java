package cn.lawfulinspection.inspectioncode;

import cn.lawfulinspection.common.NotFoundException;
import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.qr.CodeCheck;
import cn.lawfulinspection.qr.CodeKind;
import cn.lawfulinspection.qr.CodePayload;
import cn.lawfulinspection.qr.CodeSettings;
import cn.lawfulinspection.qr.PublicAddress;
import cn.lawfulinspection.qr.SignedCode;
import cn.lawfulinspection.task.Channel;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.InspectionWindow;
import cn.lawfulinspection.task.TaskStatus;
import cn.lawfulinspection.task.TaskTrace;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Module API of {@code inspectioncode}: issues the signed, expiring inspection code (检查码) of an approved task and
 * verifies one for the public page (R-SC-3); every issue and every verification of a known task is traced (R-SC-4).
 *
 * <p>A code's expiry is the start of the day it is issued plus {@code inspection.qr.inspection-code-validity}, but
 * never later than the end of the day after the task's window closes; so a code is the same all day long.
 */
@Service
public class InspectionCodes {

  /** The trace actor of a verification: whoever scanned, not logged in. */
  public static final String PUBLIC_ACTOR = "public";
  static final String VERIFY_PAGE = "/public/verify.html?c=";
  /**
   * R-IG-7: why the inspection code cannot file what only the enterprise files (its evaluation, its rectification
   * report).
   */
  public static final String ENTERPRISE_ONLY = "评议和整改报告只能由企业通过平台发送给企业的“检查结果告知”链接提交；"
      + "执法人员出示的检查码只用于核验检查任务，不能用于评议或报告整改情况。回填检查结果后，企业会收到结果告知及专用链接；"
      + "未收到的，可向司法局（行政执法监督机构）反映。";
  /** The codes the public page accepts: the inspection code the inspector shows and the enterprise's follow-up link. */
  static final Set<CodeKind> PUBLIC_KINDS = EnumSet.of(CodeKind.INSPECTION_TASK, CodeKind.ENTERPRISE_FOLLOW_UP);
  /** How long after the rectification deadline (or the result) the enterprise can still use the result's link. */
  public static final int FOLLOW_UP_DAYS = 30;

  private final SignedCode signer;
  private final CodeSettings settings;
  private final PublicAddress address;
  private final InspectionTaskService tasks;
  private final TaskTrace trace;
  private final Clock clock;

  InspectionCodes(SignedCode signer, CodeSettings settings, PublicAddress address, InspectionTaskService tasks,
      TaskTrace trace, Clock clock) {
    this.signer = signer;
    this.settings = settings;
    this.address = address;
    this.tasks = tasks;
    this.trace = trace;
    this.clock = clock;
  }

  /**
   * Whether a task in this status may show its code: approved (R-TK-3), or an emergency inspected before approval
   * or approved afterwards (R-TK-4). Not before approval, nor once refused (also not a refused post-hoc approval).
   */
  public static boolean showable(TaskStatus status) {
    return status == TaskStatus.APPROVED || status == TaskStatus.IN_PROGRESS_POST_HOC
        || status == TaskStatus.APPROVED_POST_HOC || status.inspected();
  }

  /**
   * The code of an approved task (R-SC-3), traced as shown by {@code actor}. Refused (R-TK-3) before approval and
   * (R-SC-3) after the day following the window. Its verification URL starts with the {@link PublicAddress}.
   */
  public IssuedCode issue(InspectionTask task, String actor) {
    IssuedCode code = unrecorded(task);
    trace.record(task.id(), actor, "INSPECTION_CODE_SHOWN", "出示检查码，有效期至 " + code.expiresAt());
    return code;
  }

  /**
   * The code that goes out with the notice (检查预告, R-NT-1), so the enterprise can open the verification page and
   * later evaluate (R-RS-3); refused as {@link #issue} is. Not traced here: the notice's own trace row names it.
   */
  public IssuedCode forNotice(InspectionTask task) {
    return unrecorded(task);
  }

  /**
   * The enterprise's follow-up link that goes out with the result (R-RS-2), a code of its own kind
   * ({@link CodeKind#ENTERPRISE_FOLLOW_UP}): with it the enterprise reads the result, reports its rectification
   * (R-RS-4) and evaluates the inspection (R-RS-3) after the window has closed, so it is valid until
   * {@value #FOLLOW_UP_DAYS} days after {@code lastDay} (the rectification deadline, or the day of the result). Only for
   * a task that has been inspected. It is handed to the notification port only: never stored, traced or answered to
   * staff (R-IG-7), so the inspector, who holds the inspection code, cannot file the enterprise's voice.
   */
  public IssuedCode forFollowUp(InspectionTask task, LocalDate lastDay) {
    if (!task.status().inspected()) {
      throw new RuleViolationException("R-RS-2", "taskId", "检查任务 " + task.taskNumber() + " 当前状态为“"
          + task.status().label() + "”，尚未回填检查结果，不能生成结果告知链接。");
    }
    Instant expiresAt = lastDay.plusDays(FOLLOW_UP_DAYS + 1L).atStartOfDay(clock.getZone()).toInstant();
    String code = signer.sign(new CodePayload(CodeKind.ENTERPRISE_FOLLOW_UP, Long.toString(task.id()), expiresAt));
    return new IssuedCode(task.id(), task.taskNumber(), code, expiresAt, address.base() + VERIFY_PAGE + code);
  }

  private IssuedCode unrecorded(InspectionTask task) {
    if (!showable(task.status())) {
      throw new RuleViolationException("R-TK-3", "taskId", "检查任务 " + task.taskNumber() + " 当前状态为“"
          + task.status().label() + "”，尚未经单位负责人批准，不能生成检查码（R-SC-3）。请待审批同意后再出示检查码。");
    }
    Instant expiresAt = expiry(task.windowEnd());
    if (!clock.instant().isBefore(expiresAt)) {
      throw new RuleViolationException("R-SC-3", "taskId", "检查任务 " + task.taskNumber() + " 的检查时间（"
          + new InspectionWindow(task.windowStart(), task.windowEnd()).label() + "）已过，不能再生成检查码。");
    }
    String code = signer.sign(new CodePayload(CodeKind.INSPECTION_TASK, Long.toString(task.id()), expiresAt));
    return new IssuedCode(task.id(), task.taskNumber(), code, expiresAt, address.base() + VERIFY_PAGE + code);
  }

  /** The expiry of a code issued now for a window closing on {@code windowEnd}. */
  Instant expiry(LocalDate windowEnd) {
    ZoneId zone = clock.getZone();
    Instant byValidity = LocalDate.now(clock).atStartOfDay(zone).plus(settings.inspectionCodeValidity()).toInstant();
    Instant byWindow = windowEnd.plusDays(2).atStartOfDay(zone).toInstant();
    return byValidity.isBefore(byWindow) ? byValidity : byWindow;
  }

  /**
   * Verifies a scanned code (R-SC-3) and traces the verification on the task it names (R-SC-4). A refusal carries
   * no task data.
   *
   * @param device what the scanning device said about itself (User-Agent), for the trace
   */
  public Verification verify(String code, String device) {
    return verify(code, device, null);
  }

  /**
   * As {@link #verify(String, String)}, for a request of the public page that reads something through the code
   * (the notice, the result); {@code purpose} (e.g. 查看检查预告) is written into the trace. Both the inspection code
   * and the enterprise's follow-up link are accepted; the answer says which one it was.
   */
  public Verification verify(String code, String device, String purpose) {
    return check(code, device, purpose, false);
  }

  /**
   * As {@link #verify(String, String, String)}, for what only the enterprise may do (its evaluation, its
   * rectification report): a genuine inspection code is refused (R-IG-7) because the inspector holds it too; only
   * the follow-up link the platform sent the enterprise passes. The refusal is traced on the task.
   */
  public Verification verifyForEnterprise(String code, String device, String purpose) {
    return check(code, device, purpose, true);
  }

  private Verification check(String code, String device, String purpose, boolean enterpriseOnly) {
    CodeCheck check = signer.verify(code, PUBLIC_KINDS, clock.instant());
    if (!check.valid()) {
      return Verification.refused(422, check.failure().message(), null);
    }
    InspectionTask task;
    try {
      task = tasks.get(Long.parseLong(check.payload().id()));
    } catch (NotFoundException | NumberFormatException e) {
      return Verification.refused(404, "该检查码对应的检查任务不存在或已被撤销，请勿配合检查，可向司法局（行政执法监督机构）反映。", null);
    }
    CodeKind kind = check.payload().kind();
    String from = device == null || device.isBlank() ? "" : "；设备：" + device.strip();
    if (!showable(task.status())) {
      String message = "该检查任务当前状态为“" + task.status().label() + "”，未获批准实施检查，检查码无效。"
          + "请勿配合检查，可向司法局（行政执法监督机构）反映。";
      trace.record(task.id(), PUBLIC_ACTOR, "INSPECTION_CODE_REFUSED", "公开核验检查码被拒绝：" + message + from,
          Channel.PUBLIC_PAGE);
      return Verification.refused(422, message, task.id());
    }
    if (enterpriseOnly && kind != CodeKind.ENTERPRISE_FOLLOW_UP) {
      trace.record(task.id(), PUBLIC_ACTOR, "ENTERPRISE_ACTION_REFUSED", "以执法人员出示的检查码"
          + (purpose == null ? "办理企业事项" : purpose) + "，已拒绝（R-IG-7）：须使用平台发给企业的检查结果告知链接" + from,
          Channel.PUBLIC_PAGE);
      return new Verification(null, 422, ENTERPRISE_ONLY, task.id(), "R-IG-7", kind);
    }
    String what = purpose == null ? "" : "（" + purpose + "）";
    if (kind == CodeKind.ENTERPRISE_FOLLOW_UP) {
      trace.record(task.id(), PUBLIC_ACTOR, "FOLLOW_UP_LINK_USED", "企业通过检查结果告知链接" + what
          + "：真实有效，有效期至 " + check.payload().expiresAt() + from, Channel.PUBLIC_PAGE);
    } else {
      trace.record(task.id(), PUBLIC_ACTOR, "INSPECTION_CODE_VERIFIED", "企业扫码核验检查码" + what
          + "：真实有效，有效期至 " + check.payload().expiresAt() + from, Channel.PUBLIC_PAGE);
    }
    return new Verification(view(task, check.payload().expiresAt(), kind == CodeKind.ENTERPRISE_FOLLOW_UP), 200,
        null, task.id(), null, kind);
  }

  private static VerifiedTask view(InspectionTask t, Instant expiresAt, boolean followUp) {
    return new VerifiedTask(t.taskNumber(), t.status().label(), t.agencyName(), t.enterpriseName(),
        t.enterpriseCode(), t.kind().label(), t.emergency(), t.windowStart(), t.windowEnd(),
        new InspectionWindow(t.windowStart(), t.windowEnd()).label(),
        t.inspectors().stream().map(i -> new VerifiedTask.Inspector(i.name(), i.certificateNumber())).toList(),
        t.items().stream().map(i -> new VerifiedTask.Item(i.code(), i.name(), i.legalBasis())).toList(),
        expiresAt, followUp, EnterpriseRights.ALL);
  }

  /**
   * The answer to a scanned code: the task, or a refusal with an HTTP status, a Chinese message and its rule.
   *
   * @param knownTaskId the task the code names when it exists (a genuine code, or one refused for its task's
   *     status); never shown to the public
   * @param ruleId the rule of a refusal: R-SC-3 (the code), R-IG-7 (the inspector's code where only the enterprise
   *     may act); {@code null} when genuine
   * @param kind the kind of a genuine code ({@code null} when the code itself was refused)
   */
  public record Verification(VerifiedTask task, int status, String refusal, Long knownTaskId, String ruleId,
      CodeKind kind) {

    static Verification refused(int status, String message, Long taskId) {
      return new Verification(null, status, message, taskId, "R-SC-3", null);
    }

    public boolean genuine() {
      return task != null;
    }

    /** The task the code names, when it exists. */
    public Optional<Long> taskId() {
      return Optional.ofNullable(knownTaskId);
    }

    /** Whether the code is the enterprise's follow-up link (not the inspection code the inspector shows). */
    public boolean followUp() {
      return kind == CodeKind.ENTERPRISE_FOLLOW_UP;
    }
  }
}
