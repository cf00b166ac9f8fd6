package cn.lawfulinspection.task.process;

import cn.lawfulinspection.task.TaskBinding;
import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;

import cn.lawfulinspection.common.process.ProcessValues;
import cn.lawfulinspection.task.InspectionTaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 转入整改 ({@code ServiceTask_OpenRectification}, R-RS-4): problems were found; the task is rectifying (整改中) until
 * the follow-up (FollowUpProcess) ends; the follow-up traces the opening with the deadline.
 */
@Component
class MarkRectifyingDelegate implements JavaDelegate {

  private final TaskBinding binding;
  private final InspectionTaskService tasks;

  MarkRectifyingDelegate(InspectionTaskService tasks, TaskBinding binding) {
    this.binding = binding;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    tasks.openRectification(binding.taskOf(execution));
  }
}
