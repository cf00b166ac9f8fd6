package cn.lawfulinspection.task.process;

import static cn.lawfulinspection.task.process.HeadApprovalProcessIds.*;

import cn.lawfulinspection.common.process.ProcessValues;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.TaskBinding;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing 备案安静期例外检查: the justice bureau's filing is traced on the bound task (R-TK-7). */
@Component
class RecordQuietFilingListener implements TaskListener {

  private final InspectionTaskService tasks;
  private final TaskBinding binding;

  RecordQuietFilingListener(InspectionTaskService tasks, TaskBinding binding) {
    this.tasks = tasks;
    this.binding = binding;
  }

  @Override
  public void notify(DelegateTask task) {
    tasks.recordQuietFiling(binding.taskOf(task), ProcessValues.string(task, FILING_REMARKS));
  }
}
