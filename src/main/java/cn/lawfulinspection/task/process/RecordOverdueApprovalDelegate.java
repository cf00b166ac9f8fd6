package cn.lawfulinspection.task.process;

import cn.lawfulinspection.task.TaskBinding;
import cn.lawfulinspection.common.process.ProcessValues;
import static cn.lawfulinspection.task.process.HeadApprovalProcessIds.*;
import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;

import cn.lawfulinspection.task.InspectionTaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 提醒负责人审批 / 报告司法局审批超期: the approval is overdue; a reminder for the head, later a report to the justice
 * bureau (decided by the activity the timer leads to), traced on the task.
 */
@Component
class RecordOverdueApprovalDelegate implements JavaDelegate {

  private final TaskBinding binding;

  private static final Logger log = LoggerFactory.getLogger(RecordOverdueApprovalDelegate.class);

  private final InspectionTaskService tasks;

  RecordOverdueApprovalDelegate(InspectionTaskService tasks, TaskBinding binding) {
    this.binding = binding;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean toSupervision = REPORT_OVERDUE.equals(execution.getCurrentActivityId());
    String message = tasks.recordOverdueApproval(binding.taskOf(execution), toSupervision);
    log.warn("task approval overdue in process {}: {}", execution.getProcessInstanceId(), message);
    execution.setVariable(APPROVAL_REMINDER, message);
  }
}
