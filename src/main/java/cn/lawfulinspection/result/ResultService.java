package cn.lawfulinspection.result;

import cn.lawfulinspection.calendar.WorkingDayCalendar;
import cn.lawfulinspection.common.NotFoundException;
import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.identity.RunAs;
import cn.lawfulinspection.inspectioncode.InspectionCodes;
import cn.lawfulinspection.inspectioncode.IssuedCode;
import cn.lawfulinspection.inspector.Inspector;
import cn.lawfulinspection.inspector.InspectorService;
import cn.lawfulinspection.item.InspectionItem;
import cn.lawfulinspection.item.ItemService;
import cn.lawfulinspection.notice.NoticeChannel;
import cn.lawfulinspection.result.internal.ResultEntity;
import cn.lawfulinspection.result.internal.ResultItemEntity;
import cn.lawfulinspection.result.internal.ResultItems;
import cn.lawfulinspection.result.internal.Results;
import cn.lawfulinspection.scanin.ScanInRecord;
import cn.lawfulinspection.scanin.ScanInService;
import cn.lawfulinspection.task.ChineseDates;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.TaskLocks;
import cn.lawfulinspection.task.TaskTrace;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Module API of {@code result}: the backfill of an inspected task's result (回填检查结果).
 * <ul>
 *   <li>{@link ResultPolicy} refuses (nothing saved): twice (R-RS-1), before the scan-in (R-SC-1), by someone not
 *       assigned or without a valid certificate (R-MD-1), a missing or foreign item (R-MD-3), missing findings
 *       (R-RS-1), a missing or past rectification deadline when a problem was found (R-RS-4);
 *   <li>records each item's outcome, marks first minor violations on the exemption list 首违不罚 (R-RS-5), and
 *       whether the backfill came after resultBackfillWorkingDays working days from the scan-in ({@code late}, R-RS-1);
 *   <li>sets the task RESULT_BACKFILLED, tells the enterprise through {@link NoticeChannel} (R-RS-2) and traces
 *       every step (R-SC-4).
 * </ul>
 */
@Service
@Transactional
public class ResultService {

  /** The user task of ResultBackfillProcess that a REST backfill completes. */
  static final String BACKFILL_TASK = cn.lawfulinspection.result.process.ResultBackfillProcessIds.BACKFILL_RESULT;

  private static final String RECORDED_RESOURCE = ResultService.class.getName() + ".recorded";

  private final InspectionTaskService tasks;
  private final ScanInService scanIns;
  private final InspectorService inspectors;
  private final ItemService items;
  private final WorkingDayCalendar calendar;
  private final NoticeChannel channel;
  private final Results results;
  private final ResultItems resultItems;
  private final TaskTrace trace;
  private final TaskService taskService;
  private final RunAs runAs;
  private final InspectionCodes codes;
  private final TaskLocks locks;
  private final Clock clock;

  ResultService(InspectionTaskService tasks, ScanInService scanIns, InspectorService inspectors, ItemService items,
      WorkingDayCalendar calendar, NoticeChannel channel, Results results,
      ResultItems resultItems, TaskTrace trace, TaskService taskService, RunAs runAs,
      InspectionCodes codes, TaskLocks locks, Clock clock) {
    this.locks = locks;
    this.codes = codes;
    this.tasks = tasks;
    this.scanIns = scanIns;
    this.inspectors = inspectors;
    this.items = items;
    this.calendar = calendar;
    this.channel = channel;
    this.results = results;
    this.resultItems = resultItems;
    this.trace = trace;
    this.taskService = taskService;
    this.runAs = runAs;
    this.clock = clock;
  }

  /**
   * The REST backfill: records the result, then completes the waiting 回填检查结果 user task of the task's
   * ResultBackfillProcess (its listener sees the stored result and only hands problemsFound and
   * rectificationDeadline to the spine).
   */
  public InspectionResult backfill(long taskId, ResultSubmission submission, String actor) {
    locks.lock(taskId);
    String taskNumber = tasks.current(taskId).taskNumber();
    List<Task> waiting = new ArrayList<>();
    runAs.asEngine(() -> waiting.addAll(taskService.createTaskQuery().processInstanceBusinessKey(taskNumber)
        .taskDefinitionKey(BACKFILL_TASK).list()));
    if (waiting.isEmpty() && scanIns.of(taskId).isPresent() && !results.existsForTask(taskId)) {
      // scanned in, but the spine is not at 回填检查结果 yet (an emergency whose post-hoc approval is still with the
      // justice bureau): a result stored now would leave the backfill step, once reached, waiting for ever
      throw new RuleViolationException("R-RS-1", "taskId", "检查任务 " + taskNumber
          + " 的流程尚未进入“回填检查结果”环节（如紧急检查的补办审批或司法局处理尚未办结），暂不能回填检查结果；请待该环节开始后再回填。");
    }
    InspectionResult result = record(taskId, submission, actor);
    runAs.asEngine(() -> waiting.forEach(t -> taskService.complete(t.getId())));
    return result;
  }

  /**
   * Records the result (see the class comment); called by the REST backfill and by the completion of the Tasklist
   * form. Throws {@link cn.lawfulinspection.common.RuleViolationException} and saves nothing when refused.
   */
  public InspectionResult record(long taskId, ResultSubmission submission, String actor) {
    locks.lock(taskId); // R-IG-5: a simultaneous backfill of the task waits here, then finds this result (R-RS-1)
    InspectionTask task = tasks.current(taskId);
    LocalDate today = LocalDate.now(clock);
    Optional<ScanInRecord> scanIn = scanIns.of(taskId);
    Map<String, String> taskItems = new LinkedHashMap<>();
    task.items().forEach(i -> taskItems.put(i.code(), i.name()));
    boolean qualified = inspectors.byUserId(actor).map(Inspector::id)
        .map(id -> inspectors.qualified(id, today).allowed()).orElse(false);
    ResultPolicy.check(new ResultPolicy.Attempt(task.taskNumber(), results.existsForTask(taskId),
        scanIn.isPresent(), actor != null && task.inspectorUserIds().contains(actor), qualified, taskItems, today),
        submission).orThrow();
    boolean problems = submission.items().stream().anyMatch(e -> e.outcome() == ItemOutcome.PROBLEM_FOUND);
    tasks.resultBackfilled(taskId, problems);

    Instant now = clock.instant();
    Instant scannedAt = scanIn.get().scannedAt();
    LocalDate dueOn = calendar.plusWorkingDays(LocalDate.ofInstant(scannedAt, clock.getZone()),
        tasks.policyOf(taskId).resultBackfillWorkingDays());
    boolean late = today.isAfter(dueOn);
    ResultEntity entity = new ResultEntity(taskId, task.taskNumber(), task.enterpriseCode(), task.agencyCode(), actor,
        now, scannedAt, dueOn, late, problems, problems ? submission.rectificationDeadline() : null,
        blankToNull(submission.remarks()));
    List<String> exempt = new ArrayList<>();
    Map<String, ResultSubmission.Entry> byCode = new LinkedHashMap<>();
    submission.items().forEach(e -> byCode.put(e.itemCode(), e));
    for (Map.Entry<String, String> item : taskItems.entrySet()) {
      ResultSubmission.Entry e = byCode.get(item.getKey());
      boolean minor = e.outcome() == ItemOutcome.PROBLEM_FOUND && e.minor();
      boolean onList = items.find(item.getKey()).map(InspectionItem::firstViolationExempt).orElse(false);
      boolean first = FirstViolationPolicy.exempt(e.outcome(), minor, onList,
          minor && onList && resultItems.existsByEnterpriseCodeAndItemCodeAndOutcome(task.enterpriseCode(),
              item.getKey(), ItemOutcome.PROBLEM_FOUND));
      if (first) {
        exempt.add(item.getValue());
      }
      entity.add(new ResultItemEntity(task.enterpriseCode(), item.getKey(), item.getValue(), e.outcome(),
          blankToNull(e.findings()), minor, first, evidence(e.evidence())));
    }
    InspectionResult result = results.save(entity).toResult();
    recordedInThisTransaction().put(taskId, result);

    trace.record(taskId, actor, "RESULT_BACKFILLED", summary(result)
        + (late ? "；超过回填期限（应于 " + ChineseDates.format(dueOn) + " 前回填，R-RS-1）" : ""));
    if (!exempt.isEmpty()) {
      trace.record(taskId, actor, "FIRST_VIOLATION_EXEMPT",
          "首次轻微违法且列入首违不罚清单，标记为首违不罚（R-RS-5）：" + String.join("、", exempt));
    }
    IssuedCode followUp = codes.forFollowUp(tasks.current(taskId),
        problems ? submission.rectificationDeadline() : today);
    channel.sendResult(new NoticeChannel.OutgoingResult(task.taskNumber(), task.enterpriseCode(),
        task.enterpriseName(), problems, text(task, result, followUp.verificationUrl()), followUp.verificationUrl()));
    trace.record(taskId, actor, "RESULT_SENT_TO_ENTERPRISE",
        "已通过 " + channel.name() + " 向" + task.enterpriseName() + "告知检查结果（R-RS-2），附查看结果、报告整改和评议的链接，有效期至 "
            + followUp.expiresAt());
    return result;
  }

  /** The result of a task, if backfilled. */
  @Transactional(readOnly = true)
  public Optional<InspectionResult> of(long taskId) {
    return results.findByTaskId(taskId).map(ResultEntity::toResult);
  }

  /**
   * The result recorded in this transaction (the REST backfill, before it completes the user task) or else the stored
   * one: what the backfill listener asks, without a second query for the result just saved.
   */
  public Optional<InspectionResult> recordedOrStored(long taskId) {
    InspectionResult recorded = recordedInThisTransaction().get(taskId);
    return recorded != null ? Optional.of(recorded) : of(taskId);
  }

  /** Results recorded in the current transaction, by task id; bound to it and dropped when it completes. */
  @SuppressWarnings("unchecked")
  private static Map<Long, InspectionResult> recordedInThisTransaction() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return new HashMap<>();
    }
    Map<Long, InspectionResult> recorded = (Map<Long, InspectionResult>) TransactionSynchronizationManager
        .getResource(RECORDED_RESOURCE);
    if (recorded == null) {
      recorded = new HashMap<>();
      TransactionSynchronizationManager.bindResource(RECORDED_RESOURCE, recorded);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(RECORDED_RESOURCE);
        }
      });
    }
    return recorded;
  }

  /** The result of a task; {@link NotFoundException} when none is backfilled yet. */
  @Transactional(readOnly = true)
  public InspectionResult require(long taskId) {
    return of(taskId).orElseThrow(() -> new NotFoundException("检查任务 " + taskId + " 尚未回填检查结果"));
  }

  /** R-RS-1, R-SV-3: the late backfills, newest first, for supervision. */
  @Transactional(readOnly = true)
  public List<InspectionResult> late() {
    return results.findByLateTrueOrderByIdDesc().stream().map(ResultEntity::toResult).toList();
  }

  /** R-RS-2: what the enterprise reads about its task (call only after the code is verified). */
  @Transactional(readOnly = true)
  public PublicResult publicResult(long taskId) {
    InspectionTask task = tasks.get(taskId);
    return of(taskId).map(r -> new PublicResult(true, r.backfilledAt(), task.status().label(),
            r.items().stream().map(i -> new PublicResult.Item(i.itemCode(), i.itemName(), i.outcome(),
                i.outcomeLabel(), i.findings(), i.firstViolationExempt())).toList(), r.rectificationDeadline()))
        .orElseGet(() -> new PublicResult(false, null, task.status().label(), List.of(), null));
  }

  /**
   * R-RS-1: the backfill is overdue; {@code toSupervision} false = a reminder for the head, true = reported to the
   * justice bureau (执法监督, R-SV-3). Traced; returns the message.
   */
  public String recordOverdue(long taskId, boolean toSupervision) {
    InspectionTask task = tasks.get(taskId);
    String message = toSupervision
        ? "检查任务 " + task.taskNumber() + " 的检查结果回填严重超期，已报司法局（执法监督）督办（R-RS-1）。"
        : "检查任务 " + task.taskNumber() + " 的检查结果已超过 " + tasks.policyOf(taskId).resultBackfillWorkingDays()
            + " 个工作日未回填，已提醒 " + task.agencyCode() + "Head 督促执法人员回填（R-RS-1）。";
    trace.record(taskId, TaskTrace.SYSTEM,
        toSupervision ? "RESULT_BACKFILL_OVERDUE_REPORTED" : "RESULT_BACKFILL_OVERDUE_REMINDED", message);
    return message;
  }

  /** The inspector who scanned in (or recorded why not), to be the backfill's assignee; empty when none yet. */
  @Transactional(readOnly = true)
  public Optional<String> scannedInBy(long taskId) {
    return scanIns.of(taskId).map(ScanInRecord::inspectorUserId);
  }

  private static String summary(InspectionResult r) {
    Map<ItemOutcome, Long> counts = new LinkedHashMap<>();
    r.items().forEach(i -> counts.merge(i.outcome(), 1L, Long::sum));
    StringBuilder s = new StringBuilder("回填检查结果：");
    counts.forEach((o, n) -> s.append(o.label()).append(" ").append(n).append(" 项，"));
    s.setLength(s.length() - 1);
    if (r.problemsFound()) {
      s.append("；整改期限至 ").append(ChineseDates.format(r.rectificationDeadline()));
    }
    return s.toString();
  }

  private static String text(InspectionTask task, InspectionResult r, String followUpUrl) {
    StringBuilder s = new StringBuilder(task.enterpriseName()).append("：").append(task.agencyName())
        .append("对贵单位的检查（任务编号 ").append(task.taskNumber()).append("）结果如下：");
    for (int i = 0; i < r.items().size(); i++) {
      InspectionResult.Item item = r.items().get(i);
      s.append(i + 1).append(". ").append(item.itemName()).append("：").append(item.outcomeLabel());
      if (item.findings() != null) {
        s.append("（").append(item.findings()).append("）");
      }
      if (item.firstViolationExempt()) {
        s.append("，首次轻微违法，依法不予处罚（首违不罚）");
      }
      s.append("；");
    }
    s.append(r.problemsFound() ? "请于 " + ChineseDates.format(r.rectificationDeadline()) + " 前完成整改。"
        : "未发现问题。");
    String link = "查看检查结果" + (r.problemsFound() ? "、报告整改情况" : "") + "并对本次检查评议：" + followUpUrl;
    String body = s.length() + link.length() > 2000 ? s.substring(0, 1999 - link.length()) + "…" : s.toString();
    return body + link;
  }

  private static List<String> evidence(List<String> refs) {
    return refs == null ? List.of()
        : refs.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

}
