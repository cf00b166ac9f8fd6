package cn.lawfulinspection.task.process;

import cn.lawfulinspection.common.process.ProcessValues;
import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;

import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.TaskRegistrationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 登记检查任务: registers the task the start form describes (Tasklist) and makes its number the business key; a task
 * the REST API registered before starting the process ({@code taskId} set) is only linked. A refusal propagates, so
 * the start fails with the Chinese message and nothing is saved.
 */
@Component
class RegisterTaskDelegate implements JavaDelegate {

  private final TaskRegistrationService registration;
  private final InspectionTaskService tasks;

  RegisterTaskDelegate(TaskRegistrationService registration, InspectionTaskService tasks) {
    this.registration = registration;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long taskId = ProcessValues.longValue(execution, TASK_ID);
    if (taskId == null) {
      InspectionTask task = registration.register(TaskVariables.request(execution),
          ProcessValues.string(execution, INITIATOR));
      taskId = task.id();
      TaskProcesses.set(execution, task);
      execution.setProcessBusinessKey(task.taskNumber());
    }
    tasks.attachProcess(taskId, execution.getProcessInstanceId());
  }
}
