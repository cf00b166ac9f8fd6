package cn.lawfulinspection.task.process;

import cn.lawfulinspection.common.process.ProcessValues;
import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;
import static cn.lawfulinspection.task.process.PostHocApprovalProcessIds.*;

import cn.lawfulinspection.task.PostHocApprovalService;
import cn.lawfulinspection.task.TaskTrace;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 处理被否决的紧急检查 (R-TK-4): on create, the task keeps why it reached the justice bureau (refused or overdue: both
 * may be open at once); on complete, the supervisor's handling note is traced.
 */
@Component
class RecordPostHocReviewListener implements TaskListener {

  private final PostHocApprovalService postHoc;
  private final TaskTrace trace;

  RecordPostHocReviewListener(PostHocApprovalService postHoc, TaskTrace trace) {
    this.postHoc = postHoc;
    this.trace = trace;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal(POST_HOC_FINDING, ProcessValues.string(task, POST_HOC_FINDING));
      return;
    }
    String actor = trace.currentActor();
    postHoc.recordSupervision(ProcessValues.longValue(task, TASK_ID),
        TaskTrace.SYSTEM.equals(actor) && task.getAssignee() != null ? task.getAssignee() : actor,
        ProcessValues.string(task, SUPERVISION_NOTE));
  }
}
