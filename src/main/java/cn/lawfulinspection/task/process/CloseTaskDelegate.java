package cn.lawfulinspection.task.process;

import cn.lawfulinspection.task.TaskBinding;
import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;

import cn.lawfulinspection.common.process.ProcessValues;
import cn.lawfulinspection.task.InspectionTaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 办结检查任务 ({@code ServiceTask_CloseTask}): no problem found, or rectified and verified (R-RS-4): closed (已办结), traced. */
@Component
class CloseTaskDelegate implements JavaDelegate {

  private final TaskBinding binding;
  private final InspectionTaskService tasks;

  CloseTaskDelegate(InspectionTaskService tasks, TaskBinding binding) {
    this.binding = binding;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    tasks.close(binding.taskOf(execution));
  }
}
