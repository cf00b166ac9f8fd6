package cn.lawfulinspection.task.process;

import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;

import cn.lawfulinspection.task.InspectionTaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 先行检查（情况紧急）: R-TK-4, the task skips the pre-approval and waits for the post-hoc approval. */
@Component
class StartPostHocDelegate implements JavaDelegate {

  private final InspectionTaskService tasks;

  StartPostHocDelegate(InspectionTaskService tasks) {
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    tasks.startPostHoc(TaskVariables.longValue(execution, TASK_ID));
  }
}
