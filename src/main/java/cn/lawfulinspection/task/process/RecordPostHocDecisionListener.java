package cn.lawfulinspection.task.process;

import static cn.lawfulinspection.task.process.PostHocApprovalProcessIds.*;

import cn.lawfulinspection.common.process.ProcessValues;
import cn.lawfulinspection.task.PostHocApprovalService;
import cn.lawfulinspection.task.TaskBinding;
import cn.lawfulinspection.task.TaskStatus;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing 补办审批检查方案 (R-TK-4): records the authenticated head's decision on the bound task; a refusal needs a
 * reason and tells the justice bureau why it is asked to handle the emergency.
 */
@Component
class RecordPostHocDecisionListener implements TaskListener {

  private final PostHocApprovalService postHoc;
  private final TaskBinding binding;

  RecordPostHocDecisionListener(PostHocApprovalService postHoc, TaskBinding binding) {
    this.postHoc = postHoc;
    this.binding = binding;
  }

  @Override
  public void notify(DelegateTask task) {
    long taskId = binding.taskOf(task);
    TaskStatus outcome = postHoc.decide(taskId, ProcessValues.string(task, POST_HOC_DECISION_VAR),
        ProcessValues.string(task, POST_HOC_REASON));
    if (outcome == TaskStatus.POST_HOC_REFUSED) {
      task.getExecution().setVariable(POST_HOC_FINDING, postHoc.refusalFinding(taskId));
    }
  }
}
