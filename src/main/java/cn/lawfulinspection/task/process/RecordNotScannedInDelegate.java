package cn.lawfulinspection.task.process;

import cn.lawfulinspection.task.TaskBinding;

import cn.lawfulinspection.common.process.ProcessValues;
import cn.lawfulinspection.task.InspectionTaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 报告逾期未入企 / 报告紧急检查未入企 (R-SC-1, R-SV-3): the window passed without a scan-in; the task ends uninspected,
 * traced for the head and the justice bureau.
 */
@Component
class RecordNotScannedInDelegate implements JavaDelegate {

  private final TaskBinding binding;
  private final InspectionTaskService tasks;

  RecordNotScannedInDelegate(InspectionTaskService tasks, TaskBinding binding) {
    this.binding = binding;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    tasks.notScannedIn(binding.taskOf(execution));
  }
}
