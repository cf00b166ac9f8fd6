package cn.lawfulinspection.task.process;

import cn.lawfulinspection.common.process.ProcessValues;
import static cn.lawfulinspection.task.process.HeadApprovalProcessIds.*;
import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;

import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.TaskTrace;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing 备案安静期例外检查: the justice bureau's filing is traced on the task (R-TK-7). */
@Component
class RecordQuietFilingListener implements TaskListener {

  private final InspectionTaskService tasks;
  private final TaskTrace trace;

  RecordQuietFilingListener(InspectionTaskService tasks, TaskTrace trace) {
    this.tasks = tasks;
    this.trace = trace;
  }

  @Override
  public void notify(DelegateTask task) {
    String actor = trace.currentActor();
    tasks.recordQuietFiling(ProcessValues.longValue(task, TASK_ID),
        TaskTrace.SYSTEM.equals(actor) && task.getAssignee() != null ? task.getAssignee() : actor,
        ProcessValues.string(task, FILING_REMARKS));
  }
}
