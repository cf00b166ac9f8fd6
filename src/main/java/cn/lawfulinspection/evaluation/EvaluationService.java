package cn.lawfulinspection.evaluation;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.common.Verdict;
import cn.lawfulinspection.evaluation.internal.EvaluationEntity;
import cn.lawfulinspection.evaluation.internal.Evaluations;
import cn.lawfulinspection.inspectioncode.InspectionCodes;
import cn.lawfulinspection.scanin.ScanInService;
import cn.lawfulinspection.task.Channel;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.TaskLocks;
import cn.lawfulinspection.task.TaskTrace;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Module API of {@code evaluation}: the enterprise's evaluation of an inspection (评议, R-RS-3) and what supervision
 * reads of it (R-SV-3). The caller has verified the enterprise's follow-up link already (R-SC-3, R-IG-7); this
 * service only knows the task. A submission is allowed once the inspectors scanned in, once per task (simultaneous
 * submissions queue on the task's row lock, R-IG-5, and the unique key on the task stays as the safety net), and is
 * traced on the task (R-SC-4, channel PUBLIC_PAGE).
 */
@Service
@Transactional
public class EvaluationService {

  static final int DEVICE_LENGTH = 160;

  private final Evaluations evaluations;
  private final InspectionTaskService tasks;
  private final ScanInService scanIns;
  private final TaskTrace trace;
  private final TaskLocks locks;
  private final Clock clock;
  private final EvaluationPolicy policy = new EvaluationPolicy();

  EvaluationService(Evaluations evaluations, InspectionTaskService tasks, ScanInService scanIns, TaskTrace trace,
      TaskLocks locks, Clock clock) {
    this.locks = locks;
    this.evaluations = evaluations;
    this.tasks = tasks;
    this.scanIns = scanIns;
    this.trace = trace;
    this.clock = clock;
  }

  /** R-RS-3: stores the evaluation of a task; refused (nothing saved) before scan-in, a second time, or bad input. */
  public Evaluation submit(long taskId, Integer score, String comment, String device) {
    locks.lock(taskId); // R-IG-5: a simultaneous submission waits here, then finds this one
    InspectionTask task = tasks.get(taskId);
    boolean scannedIn = scanIns.of(taskId).isPresent();
    policy.check(scannedIn, evaluations.existsByTaskId(taskId), score, comment).orThrow();
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    EvaluationEntity saved;
    try {
      saved = evaluations.saveAndFlush(new EvaluationEntity(taskId, task.taskNumber(), task.agencyCode(),
          task.enterpriseCode(), score, text, clock.instant(), shorten(device)));
    } catch (DataIntegrityViolationException raced) {
      // a simultaneous submission for the same task landed first
      throw new RuleViolationException(EvaluationPolicy.RULE, "code", EvaluationPolicy.ALREADY);
    }
    trace.record(taskId, InspectionCodes.PUBLIC_ACTOR, "EVALUATION_SUBMITTED", "企业通过检查结果告知链接评议本次检查："
        + score + " 星" + (text == null ? "" : "，意见：" + text) + (device == null ? "" : "；设备：" + shorten(device)),
        Channel.PUBLIC_PAGE);
    return saved.toEvaluation();
  }

  /** The evaluation of a task, if the enterprise gave one. */
  @Transactional(readOnly = true)
  public Optional<Evaluation> of(long taskId) {
    return evaluations.findByTaskId(taskId).map(EvaluationEntity::toEvaluation);
  }

  /** Whether the task can be evaluated now (R-RS-3): allowed, or the Chinese reason why not. */
  @Transactional(readOnly = true)
  public Verdict openFor(long taskId) {
    return policy.open(scanIns.of(taskId).isPresent(), evaluations.existsByTaskId(taskId));
  }

  /** R-SV-3: the evaluations of one agency ({@code null} or blank: all), newest first, with count and average. */
  @Transactional(readOnly = true)
  public EvaluationSummary summary(String agencyCode) {
    String agency = agencyCode == null || agencyCode.isBlank() ? null : agencyCode.strip();
    List<Evaluation> list = (agency == null ? evaluations.findAllByOrderByIdDesc()
        : evaluations.findByAgencyCodeOrderByIdDesc(agency)).stream().map(EvaluationEntity::toEvaluation).toList();
    Double average = list.isEmpty() ? null
        : Math.round(list.stream().mapToInt(Evaluation::score).average().orElseThrow() * 100) / 100.0;
    return new EvaluationSummary(agency, list.size(), average, list);
  }

  private static String shorten(String device) {
    return device == null || device.isBlank() ? null : device.strip().substring(0,
        Math.min(device.strip().length(), DEVICE_LENGTH));
  }
}
