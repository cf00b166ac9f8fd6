package cn.lawfulinspection.task.process;

import cn.lawfulinspection.common.process.ProcessValues;
import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;

import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.TaskRegistrationService;
import cn.lawfulinspection.task.TaskRequest;
import cn.lawfulinspection.task.TaskTrace;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 重新提交检查任务: the revise-task form changed items, inspectors, window or the trigger's description; the
 * registration rules run again (a refusal keeps the revise task open, nothing is saved).
 */
@Component
class ResubmitTaskDelegate implements JavaDelegate {

  private final TaskRegistrationService registration;
  private final InspectionTaskService tasks;
  private final TaskTrace trace;

  ResubmitTaskDelegate(TaskRegistrationService registration, InspectionTaskService tasks, TaskTrace trace) {
    this.registration = registration;
    this.tasks = tasks;
    this.trace = trace;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long taskId = ProcessValues.longValue(execution, TASK_ID);
    InspectionTask t = tasks.get(taskId);
    TaskRequest request = new TaskRequest(t.enterpriseCode(), t.origin(), t.planId(), null, t.planVersion(),
        t.trigger(), ProcessValues.string(execution, TRIGGER_DESCRIPTION), t.kind(),
        ProcessValues.list(execution.getVariable(ITEM_CODES)), ProcessValues.list(execution.getVariable(INSPECTORS)),
        ProcessValues.date(execution, WINDOW_START, null), ProcessValues.date(execution, WINDOW_END, null), t.emergency(),
        t.surprise(), t.frequencyChange());
    String actor = trace.currentActor();
    InspectionTask revised = registration.revise(taskId, request,
        TaskTrace.SYSTEM.equals(actor) ? t.registeredBy() : actor);
    TaskProcesses.set(execution, revised);
    // back to the head: the same preparation as the first submission
    tasks.requestApproval(taskId);
    execution.setVariable(HeadApprovalProcessIds.TASK_SUMMARY, tasks.summary(taskId));
    execution.setVariable(HeadApprovalProcessIds.TASK_WARNINGS, tasks.warningText(taskId));
    execution.removeVariables(java.util.List.of(APPROVAL_DECISION, APPROVAL_REASON));
  }
}
