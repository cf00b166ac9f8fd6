package cn.lawfulinspection.task.process;

import cn.lawfulinspection.task.TaskBinding;
import cn.lawfulinspection.common.process.ProcessValues;
import static cn.lawfulinspection.task.process.HeadApprovalProcessIds.*;
import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;

import cn.lawfulinspection.task.InspectionTaskService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 提交负责人审批: the task waits for the head (R-TK-3); sets the summary and every warning the registration raised
 * for the approve-task form, and clears an earlier decision.
 */
@Component
class PrepareApprovalDelegate implements JavaDelegate {

  private final TaskBinding binding;
  private final InspectionTaskService tasks;

  PrepareApprovalDelegate(InspectionTaskService tasks, TaskBinding binding) {
    this.binding = binding;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long taskId = binding.taskOf(execution);
    tasks.requestApproval(taskId);
    execution.setVariable(TASK_SUMMARY, tasks.summary(taskId));
    execution.setVariable(TASK_WARNINGS, tasks.warningText(taskId));
    execution.removeVariables(List.of(APPROVAL_DECISION, APPROVAL_REASON));
  }
}
