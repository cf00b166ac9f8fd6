package cn.lawfulinspection.notice;

import cn.lawfulinspection.calendar.WorkingDayCalendar;
import cn.lawfulinspection.common.NotFoundException;
import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.common.Verdict;
import cn.lawfulinspection.inspectioncode.InspectionCodes;
import cn.lawfulinspection.inspectioncode.IssuedCode;
import cn.lawfulinspection.inspector.Inspector;
import cn.lawfulinspection.inspector.InspectorService;
import cn.lawfulinspection.item.InspectionItem;
import cn.lawfulinspection.item.ItemService;
import cn.lawfulinspection.notice.internal.NoticeEntity;
import cn.lawfulinspection.notice.internal.Notices;
import cn.lawfulinspection.policy.PolicyProfile.NoticeLead;
import cn.lawfulinspection.supervision.RefusalLog;
import cn.lawfulinspection.task.ChineseDates;
import cn.lawfulinspection.task.InspectionKind;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.InspectionWindow;
import cn.lawfulinspection.task.RuleWarning;
import cn.lawfulinspection.task.TaskOrigin;
import cn.lawfulinspection.task.TaskStatus;
import cn.lawfulinspection.task.TaskTrace;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Module API of {@code notice}: the notice to the enterprise (检查预告) after the head's approval.
 * <ul>
 *   <li>a surprise special inspection (突击检查) skips it; the head's approval of the task is the head's consent
 *       (R-NT-3), traced as {@code NOTICE_SKIPPED_HEAD_CONSENT};
 *   <li>every other task, whatever its kind (no kind skips the notice by itself, R-NT-3): the content is built and
 *       checked (R-NT-1, an incomplete content is refused); for a planned task the lead is checked (R-NT-2 by the
 *       profile's mode: a shorter lead is sent with a warning (WARN), or with the head's consent by the approval and
 *       reported (WARN_WITH_CONSENT, YH); only BLOCK, which no shipped profile uses, ends the task as
 *       {@link TaskStatus#NOTICE_TOO_LATE}, nothing is sent), then it is stored, sent through {@link NoticeChannel}
 *       and traced ({@code NOTICE_SENT}, R-SC-4).
 * </ul>
 * Never throws for "too late": it answers {@link NoticeOutcome#TOO_LATE} after recording it, so that the caller (the
 * process) can route it without rolling back the record.
 */
@Service
@Transactional
public class NoticeService {

  private final InspectionTaskService tasks;
  private final ItemService items;
  private final InspectorService inspectors;
  private final WorkingDayCalendar calendar;
  private final NoticeChannel channel;
  private final Notices notices;
  private final TaskTrace trace;
  private final RefusalLog refusals;
  private final InspectionCodes codes;
  private final Clock clock;

  NoticeService(InspectionTaskService tasks, ItemService items, InspectorService inspectors,
      WorkingDayCalendar calendar, NoticeChannel channel, Notices notices, TaskTrace trace, RefusalLog refusals,
      InspectionCodes codes, Clock clock) {
    this.codes = codes;
    this.refusals = refusals;
    this.tasks = tasks;
    this.items = items;
    this.inspectors = inspectors;
    this.calendar = calendar;
    this.channel = channel;
    this.notices = notices;
    this.trace = trace;
    this.clock = clock;
  }

  /** The notice step for an approved task; idempotent (a task with a stored notice answers SENT again). */
  public NoticeOutcome sendFor(long taskId) {
    InspectionTask task = tasks.current(taskId);
    if (notices.findByTaskId(taskId).isPresent()) {
      return NoticeOutcome.SENT;
    }
    NoticeLeadPolicy lead = new NoticeLeadPolicy(tasks.policyOf(taskId), calendar);
    String actor = trace.currentActor();
    if (task.kind() == InspectionKind.SPECIAL && task.surprise()
        && lead.skip(task.kind(), true, task.status() == TaskStatus.APPROVED).allowed()) {
      trace.record(taskId, actor, "NOTICE_SKIPPED_HEAD_CONSENT", "突击开展专项检查，不发检查预告：负责人"
          + (task.decidedBy() == null ? "" : " " + task.decidedBy() + " ") + "审批同意检查方案即同意免发预告（R-NT-3）");
      return NoticeOutcome.SKIPPED_WITH_HEAD_CONSENT;
    }
    NoticeContent content = content(task);
    new NoticeContentPolicy().check(content).orThrow();
    LocalDate today = LocalDate.now(clock);
    // R-NT-2: the lead binds planned inspections, whose date the agency chose; a triggered one is noticed at approval
    Verdict timely = task.origin() == TaskOrigin.PLANNED ? lead.check(today, task.windowStart()) : Verdict.allow();
    if (timely.refused() && lead.mode() == NoticeLead.Mode.BLOCK) {
      tasks.noticeTooLate(taskId, timely.ruleId(), timely.message());
      refusals.recordFor(actor, timely.ruleId(), timely.field(), timely.message(), "发送检查预告 " + task.taskNumber());
      return NoticeOutcome.TOO_LATE;
    }
    if (timely.refused()) { // R-NT-2 warn (default) or 一般 with the head's consent (YH): the task goes on
      boolean consent = lead.mode() == NoticeLead.Mode.WARN_WITH_CONSENT;
      tasks.noticeShortLead(taskId, new RuleWarning(timely.ruleId(), timely.message()
          + (consent && task.decidedBy() != null ? "（同意人：" + task.decidedBy() + "）" : "")),
          consent ? "NOTICE_SHORT_LEAD_HEAD_CONSENT" : "NOTICE_SHORT_LEAD");
    }
    String text = text(task, content);
    notices.save(new NoticeEntity(taskId, task.taskNumber(), task.enterpriseCode(), clock.instant(),
        task.windowStart(), task.windowEnd(), text, channel.name()));
    Optional<IssuedCode> code = codeFor(task);
    channel.send(new NoticeChannel.OutgoingNotice(task.taskNumber(), task.enterpriseCode(), task.enterpriseName(),
        content, text, code.map(IssuedCode::verificationUrl).orElse(null)));
    trace.record(taskId, actor, "NOTICE_SENT", "已通过 " + channel.name() + " 向" + task.enterpriseName()
        + "发出检查预告（R-NT-1、R-NT-2）" + code.map(c -> "，附检查码核验链接（检查码有效期至 " + c.expiresAt() + "）")
            .orElse(""));
    return NoticeOutcome.SENT;
  }

  /** The stored notice of a task, if one was sent. */
  @Transactional(readOnly = true)
  public Optional<Notice> of(long taskId) {
    return notices.findByTaskId(taskId).map(NoticeEntity::toNotice);
  }

  /** The stored notice of a task; throws {@link NotFoundException} when none was sent. */
  @Transactional(readOnly = true)
  public Notice require(long taskId) {
    return of(taskId).orElseThrow(() -> new NotFoundException("检查任务 " + taskId + " 没有已发出的检查预告"));
  }

  /**
   * R-NT-1, the enterprise's page: the notice of a task as the enterprise reads it through the inspection code (the
   * caller verified the code), or why none was sent (R-NT-3 surprise, not bound to a notice, R-NT-2 too late, not yet).
   * The content is built from the task as at sending (its items are fixed at registration); sentAt and the text are
   * the stored ones.
   */
  @Transactional(readOnly = true)
  public EnterpriseNotice forEnterprise(long taskId) {
    InspectionTask task = tasks.get(taskId);
    Optional<Notice> stored = of(taskId);
    if (stored.isEmpty()) {
      List<String> steps = task.trace().stream().map(InspectionTask.TraceEntry::action).toList();
      if (steps.contains("NOTICE_SKIPPED_HEAD_CONSENT")) {
        return EnterpriseNotice.notSent("本次为专项检查，确需突击检查，经单位负责人同意不事先发送检查预告（R-NT-3）。");
      }
      if (steps.contains("NOTICE_NOT_REQUIRED")) {
        return EnterpriseNotice.notSent("本次检查为“" + task.kind().label() + "”，依规定不适用检查预告。");
      }
      if (task.status() == TaskStatus.NOTICE_TOO_LATE) {
        return EnterpriseNotice.notSent("检查预告未能在检查开始前" + tasks.policyOf(taskId).noticeLead().workingDays()
            + "个工作日发出，本次检查不得实施（R-NT-2）。");
      }
      return EnterpriseNotice.notSent("检查预告尚未发出。");
    }
    Notice notice = stored.get();
    NoticeContent c = content(task);
    return new EnterpriseNotice(true, null, task.taskNumber(), task.agencyName(), task.enterpriseName(),
        notice.sentAt(), c.items(), c.window().label(), c.window().opens(), c.window().closes(), c.method(),
        c.inspectors(), c.contactName(), c.contactPhone(), notice.summary());
  }

  /** The inspection code sent with the notice; none when it cannot be issued (then the notice goes without it). */
  private Optional<IssuedCode> codeFor(InspectionTask task) {
    try {
      return Optional.of(codes.forNotice(task));
    } catch (RuleViolationException notShowable) {
      return Optional.empty();
    }
  }

  /**
   * R-NT-1: items with legal basis and compliance standard, window, method, the assigned inspectors with their
   * certificate numbers, contact (agency + registrant).
   */
  NoticeContent content(InspectionTask task) {
    List<NoticeContent.Item> list = new ArrayList<>();
    for (InspectionTask.Item item : task.items()) {
      Optional<InspectionItem> master = items.find(item.code());
      list.add(new NoticeContent.Item(item.name(), item.legalBasis(),
          master.map(InspectionItem::complianceStandard).orElse(null)));
    }
    Optional<Inspector> registrant = inspectors.byUserId(task.registeredBy());
    String phone = Stream.concat(registrant.stream(),
            task.inspectors().stream().map(i -> i.userId() == null ? null : inspectors.byUserId(i.userId()))
                .filter(o -> o != null).flatMap(Optional::stream))
        .map(Inspector::phone).filter(p -> p != null && !p.isBlank()).findFirst().orElse(null);
    String contact = task.agencyName() + registrant.map(i -> " " + i.name()).orElse("");
    List<String> team = task.inspectors().stream()
        .map(i -> i.name() + (i.certificateNumber() == null ? "" : "（执法证号 " + i.certificateNumber() + "）"))
        .toList();
    return new NoticeContent(list, new InspectionWindow(task.windowStart(), task.windowEnd()),
        "现场检查（" + task.kind().label() + "）", contact, phone, team);
  }

  private static String trimEnd(String text) {
    return text.strip().replaceAll("[。；;.]+$", "");
  }

  private static String text(InspectionTask task, NoticeContent c) {
    StringBuilder s = new StringBuilder(task.enterpriseName()).append("：").append(task.agencyName())
        .append("定于").append(ChineseDates.format(c.window().opens()));
    if (!c.window().closes().equals(c.window().opens())) {
      s.append("至").append(ChineseDates.format(c.window().closes()));
    }
    s.append("对贵单位开展").append(c.method()).append("（任务编号 ").append(task.taskNumber()).append("）。检查事项：");
    for (int i = 0; i < c.items().size(); i++) {
      NoticeContent.Item item = c.items().get(i);
      s.append(i + 1).append(". ").append(item.name()).append("，法定依据：").append(item.legalBasis())
          .append("，合规标准：").append(trimEnd(item.complianceStandard())).append("；");
    }
    s.append("执法人员：").append(String.join("、", c.inspectors())).append("；");
    s.append("联系人：").append(c.contactName()).append("，电话：").append(c.contactPhone()).append("。");
    return s.length() > 2000 ? s.substring(0, 1999) + "…" : s.toString();
  }
}
