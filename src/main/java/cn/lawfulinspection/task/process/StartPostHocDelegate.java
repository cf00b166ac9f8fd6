package cn.lawfulinspection.task.process;

import cn.lawfulinspection.task.TaskBinding;
import cn.lawfulinspection.common.process.ProcessValues;
import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;

import cn.lawfulinspection.task.InspectionTaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 先行检查并待补办审批（情况紧急）: R-TK-4, the task skips the pre-approval and waits for the post-hoc approval; the
 * task's summary is kept for the forms of PostHocApprovalProcess.
 */
@Component
class StartPostHocDelegate implements JavaDelegate {

  private final TaskBinding binding;
  private final InspectionTaskService tasks;

  StartPostHocDelegate(InspectionTaskService tasks, TaskBinding binding) {
    this.binding = binding;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long taskId = binding.taskOf(execution);
    tasks.startPostHoc(taskId);
    execution.setVariable(HeadApprovalProcessIds.TASK_SUMMARY, tasks.summary(taskId));
  }
}
