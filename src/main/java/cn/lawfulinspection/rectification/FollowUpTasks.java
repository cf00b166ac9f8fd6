package cn.lawfulinspection.rectification;

import static cn.lawfulinspection.rectification.process.FollowUpProcessIds.*;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.identity.Actors;
import cn.lawfulinspection.identity.RunAs;
import cn.lawfulinspection.task.InspectionTaskService;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Our REST API's way to the follow-up's user tasks (核查整改情况, 现场复查): completes the open task of the task's
 * follow-up process with the form's variables, so that the same task listener records the check through
 * {@link RectificationService} (R-RS-4, R-MD-1) as from Tasklist. The user becomes the assignee and the engine
 * completes (the rules, not the candidate group, decide who may check); a refusal rolls everything back.
 */
@Service
@Transactional
public class FollowUpTasks {

  private final InspectionTaskService tasks;
  private final RectificationService rectifications;
  private final TaskService taskService;
  private final RunAs runAs;
  private final Actors actors;

  FollowUpTasks(InspectionTaskService tasks, RectificationService rectifications, TaskService taskService,
      RunAs runAs, Actors actors) {
    this.actors = actors;
    this.tasks = tasks;
    this.rectifications = rectifications;
    this.taskService = taskService;
    this.runAs = runAs;
  }

  /** 核查整改情况: RECTIFIED, or RECHECK on {@code recheckDate}. */
  public Rectification verify(long taskId, CheckVerdict verdict, String remark, LocalDate recheckDate) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VERDICT, verdict == null ? null : verdict.name());
    variables.put(VERIFICATION_REMARK, remark);
    variables.put(RECHECK_DAY, recheckDate == null ? null : recheckDate.toString());
    complete(taskId, VERIFY_RECTIFICATION, variables, "当前没有待核查的整改：企业尚未报告整改情况且整改期限未届满，或整改已核查。");
    return rectifications.of(taskId).orElseThrow();
  }

  /** 现场复查: rectified, or not (handed to case handling). */
  public Rectification recheck(long taskId, Boolean rectified, String remark) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(RECHECK_RESULT_VALUE, rectified == null ? null
        : (rectified ? FollowUpOutcome.RECTIFIED : FollowUpOutcome.NOT_RECTIFIED).name());
    variables.put(RECHECK_REMARK, remark);
    complete(taskId, RECHECK_RECTIFICATION, variables, "当前没有待进行的现场复查：尚未安排复查、复查日期未到，或复查已完成。");
    return rectifications.of(taskId).orElseThrow();
  }

  private void complete(long taskId, String userTask, Map<String, Object> variables, String none) {
    String taskNumber = tasks.get(taskId).taskNumber();
    runAs.asEngine(() -> {
      Task open = taskService.createTaskQuery().processInstanceBusinessKey(taskNumber)
          .processDefinitionKey(PROCESS_KEY).taskDefinitionKey(userTask).singleResult();
      if (open == null) {
        throw new RuleViolationException(RectificationPolicy.RULE, "taskId", none);
      }
      try {
        taskService.setAssignee(open.getId(), actors.current().userId());
        taskService.complete(open.getId(), variables);
      } catch (ProcessEngineException e) {
        throw RuleViolationException.in(e).orElseThrow(() -> e);
      }
      return null;
    });
  }
}
