package cn.lawfulinspection.task.process;

import static cn.lawfulinspection.task.process.PostHocApprovalProcessIds.*;

import cn.lawfulinspection.common.process.ProcessValues;
import cn.lawfulinspection.task.PostHocApprovalService;
import cn.lawfulinspection.task.TaskBinding;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing 报告紧急检查事由和结果 (R-TK-4): the registrant's report, kept for the head's form. */
@Component
class RecordEmergencyReportListener implements TaskListener {

  private final PostHocApprovalService postHoc;
  private final TaskBinding binding;

  RecordEmergencyReportListener(PostHocApprovalService postHoc, TaskBinding binding) {
    this.postHoc = postHoc;
    this.binding = binding;
  }

  @Override
  public void notify(DelegateTask task) {
    String report = postHoc.report(binding.taskOf(task), ProcessValues.string(task, EMERGENCY_REASON),
        ProcessValues.string(task, EMERGENCY_RESULT), ProcessValues.string(task, BODY_CAMERA));
    task.getExecution().setVariable(EMERGENCY_REPORT, report);
  }
}
