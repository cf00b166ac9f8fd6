package cn.lawfulinspection.task.process;

import cn.lawfulinspection.common.process.ProcessValues;
import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;
import static cn.lawfulinspection.task.process.PostHocApprovalProcessIds.*;

import cn.lawfulinspection.task.PostHocApprovalService;
import cn.lawfulinspection.task.TaskTrace;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing 报告紧急检查事由和结果 (R-TK-4): the registrant's report, kept for the head's form. */
@Component
class RecordEmergencyReportListener implements TaskListener {

  private final PostHocApprovalService postHoc;
  private final TaskTrace trace;

  RecordEmergencyReportListener(PostHocApprovalService postHoc, TaskTrace trace) {
    this.postHoc = postHoc;
    this.trace = trace;
  }

  @Override
  public void notify(DelegateTask task) {
    String actor = trace.currentActor();
    String report = postHoc.report(ProcessValues.longValue(task, TASK_ID),
        TaskTrace.SYSTEM.equals(actor) && task.getAssignee() != null ? task.getAssignee() : actor,
        ProcessValues.string(task, EMERGENCY_REASON), ProcessValues.string(task, EMERGENCY_RESULT),
        ProcessValues.string(task, BODY_CAMERA));
    task.getExecution().setVariable(EMERGENCY_REPORT, report);
  }
}
