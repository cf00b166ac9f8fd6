package cn.lawfulinspection.task.process;

import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.TASK_ID;

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

  private final InspectionTaskService tasks;

  RecordNotScannedInDelegate(InspectionTaskService tasks) {
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    tasks.notScannedIn(ProcessValues.longValue(execution, TASK_ID));
  }
}
