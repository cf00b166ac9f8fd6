package cn.lawfulinspection.task.process;

import static cn.lawfulinspection.task.process.PostHocApprovalProcessIds.*;

import cn.lawfulinspection.common.process.ProcessValues;
import cn.lawfulinspection.task.PostHocApprovalService;
import cn.lawfulinspection.task.TaskBinding;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 处理被否决的紧急检查 (R-TK-4): on create, the task keeps why it reached the justice bureau (refused or overdue: both
 * may be open at once); on complete, the supervisor's handling note is traced on the bound task.
 */
@Component
class RecordPostHocReviewListener implements TaskListener {

  private final PostHocApprovalService postHoc;
  private final TaskBinding binding;

  RecordPostHocReviewListener(PostHocApprovalService postHoc, TaskBinding binding) {
    this.postHoc = postHoc;
    this.binding = binding;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal(POST_HOC_FINDING, ProcessValues.string(task, POST_HOC_FINDING));
      return;
    }
    postHoc.recordSupervision(binding.taskOf(task), ProcessValues.string(task, SUPERVISION_NOTE));
  }
}
