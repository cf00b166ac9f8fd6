package cn.lawfulinspection.task.process;

import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;

import cn.lawfulinspection.common.process.ProcessValues;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.TaskBinding;
import cn.lawfulinspection.task.TaskRegistrationService;
import cn.lawfulinspection.task.TaskRequest;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 重新提交检查任务: the revise-task form changed items, inspectors, window or the trigger's description; the
 * registration rules run again on the bound task, revised by its registrant (R-IG-1; a refusal keeps the revise task
 * open, nothing is saved). Items and inspectors are the checklists' arrays; a comma-separated text is read too, as
 * submitted by an instance returned before 修改检查任务 offered choices (its revise task keeps the form of its own
 * deployment, {@code formRefBinding="deployment"}).
 */
@Component
class ResubmitTaskDelegate implements JavaDelegate {

  private final TaskRegistrationService registration;
  private final InspectionTaskService tasks;
  private final TaskBinding binding;

  ResubmitTaskDelegate(TaskRegistrationService registration, InspectionTaskService tasks, TaskBinding binding) {
    this.registration = registration;
    this.tasks = tasks;
    this.binding = binding;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long taskId = binding.taskOf(execution);
    InspectionTask t = tasks.current(taskId);
    TaskRequest request = new TaskRequest(t.enterpriseCode(), t.origin(), t.planId(), null, t.planVersion(),
        t.trigger(), ProcessValues.string(execution, TRIGGER_DESCRIPTION), t.kind(),
        ProcessValues.list(execution.getVariable(ITEM_CODES)), ProcessValues.list(execution.getVariable(INSPECTORS)),
        ProcessValues.date(execution, WINDOW_START, null), ProcessValues.date(execution, WINDOW_END, null), t.emergency(),
        t.surprise(), t.frequencyChange(), t.triggerRecordNumber(), t.urgency(), t.urgencyReason(), t.surpriseReason(),
        t.surpriseReasonText(), t.overInspectionException(), null, null);
    InspectionTask revised = registration.revise(taskId, request);
    TaskProcesses.set(execution, revised);
    // back to the head: the same preparation as the first submission
    tasks.requestApproval(taskId);
    execution.setVariable(HeadApprovalProcessIds.TASK_SUMMARY, tasks.summary(taskId));
    execution.setVariable(HeadApprovalProcessIds.TASK_WARNINGS, tasks.warningText(taskId));
    execution.removeVariables(java.util.List.of(APPROVAL_DECISION, APPROVAL_REASON));
  }
}
