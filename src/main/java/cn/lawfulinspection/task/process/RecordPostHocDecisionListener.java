package cn.lawfulinspection.task.process;

import cn.lawfulinspection.common.process.ProcessValues;
import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;
import static cn.lawfulinspection.task.process.PostHocApprovalProcessIds.*;

import cn.lawfulinspection.task.PostHocApprovalService;
import cn.lawfulinspection.task.TaskStatus;
import cn.lawfulinspection.task.TaskTrace;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing 补办审批检查方案 (R-TK-4): records the head's decision; a refusal needs a reason and tells the justice
 * bureau why it is asked to handle the emergency.
 */
@Component
class RecordPostHocDecisionListener implements TaskListener {

  private final PostHocApprovalService postHoc;
  private final TaskTrace trace;

  RecordPostHocDecisionListener(PostHocApprovalService postHoc, TaskTrace trace) {
    this.postHoc = postHoc;
    this.trace = trace;
  }

  @Override
  public void notify(DelegateTask task) {
    String actor = trace.currentActor();
    long taskId = ProcessValues.longValue(task, TASK_ID);
    TaskStatus outcome = postHoc.decide(taskId, ProcessValues.string(task, POST_HOC_DECISION_VAR),
        ProcessValues.string(task, POST_HOC_REASON),
        TaskTrace.SYSTEM.equals(actor) && task.getAssignee() != null ? task.getAssignee() : actor);
    if (outcome == TaskStatus.POST_HOC_REFUSED) {
      task.getExecution().setVariable(POST_HOC_FINDING, postHoc.refusalFinding(taskId));
    }
  }
}
