package cn.lawfulinspection.task.process;

import cn.lawfulinspection.task.TaskBinding;
import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;

import cn.lawfulinspection.common.process.ProcessValues;
import cn.lawfulinspection.task.InspectionTaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 移交立案处理 ({@code ServiceTask_HandOverToCase}, R-RS-4): not rectified at the re-check, handed over to case handling, traced. */
@Component
class HandOverToCaseDelegate implements JavaDelegate {

  private final TaskBinding binding;
  private final InspectionTaskService tasks;

  HandOverToCaseDelegate(InspectionTaskService tasks, TaskBinding binding) {
    this.binding = binding;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    tasks.handOverToCase(binding.taskOf(execution));
  }
}
