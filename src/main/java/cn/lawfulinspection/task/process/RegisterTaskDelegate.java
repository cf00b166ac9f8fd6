package cn.lawfulinspection.task.process;


import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.TaskBinding;
import cn.lawfulinspection.task.TaskRegistrationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 登记检查任务: registers the task the start form describes (Tasklist), as the authenticated user (R-IG-2), makes its
 * number the business key and binds this spine to it (R-IG-3). A spine our REST API starts carries the number of the
 * task it registered a moment before in the same transaction: that task, and only a task with no process yet, is bound.
 * A refusal propagates, so the start fails with the Chinese message and nothing is saved.
 */
@Component
class RegisterTaskDelegate implements JavaDelegate {

  private final TaskRegistrationService registration;
  private final InspectionTaskService tasks;
  private final TaskBinding binding;

  RegisterTaskDelegate(TaskRegistrationService registration, InspectionTaskService tasks, TaskBinding binding) {
    this.registration = registration;
    this.tasks = tasks;
    this.binding = binding;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    long taskId;
    if (businessKey == null || businessKey.isBlank()) {
      InspectionTask task = registration.register(TaskVariables.request(execution));
      execution.setProcessBusinessKey(task.taskNumber());
      taskId = task.id();
    } else {
      taskId = binding.unboundTaskNumbered(businessKey);
    }
    binding.bindSpine(taskId, execution);
    TaskProcesses.set(execution, tasks.current(taskId));
  }
}
