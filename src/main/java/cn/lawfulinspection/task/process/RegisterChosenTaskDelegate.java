package cn.lawfulinspection.task.process;

import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.TASK_NUMBER;

import cn.lawfulinspection.task.InspectionTask;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 登记检查任务 (TaskRegistrationProcess): registers what was chosen on the fill-task form through the same path as
 * {@code POST /api/tasks} ({@link TaskProcesses#registerAndStart}): every value is checked again by the registration
 * service as the authenticated user who completes the form (R-IG-2), then the spine starts with the new task number
 * and binds itself to the task (R-IG-3). It runs in the transaction that completes the form, so a refusal fails the
 * completion with the Chinese message, the form stays open and nothing is saved.
 */
@Component
class RegisterChosenTaskDelegate implements JavaDelegate {

  private final TaskProcesses taskProcesses;

  RegisterChosenTaskDelegate(TaskProcesses taskProcesses) {
    this.taskProcesses = taskProcesses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    InspectionTask task = taskProcesses.registerAndStart(TaskVariables.request(execution));
    execution.setVariable(TASK_NUMBER, task.taskNumber());
  }
}
