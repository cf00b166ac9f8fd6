package cn.lawfulinspection.task.process;

import cn.lawfulinspection.task.TaskBinding;
import cn.lawfulinspection.common.process.ProcessValues;
import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;
import static cn.lawfulinspection.task.process.PostHocApprovalProcessIds.*;

import cn.lawfulinspection.task.PostHocApprovalService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 报告司法局补办审批超期 (R-TK-4): the head's post-hoc approval is overdue; traced and handed to the justice bureau. */
@Component
class ReportOverduePostHocDelegate implements JavaDelegate {

  private final TaskBinding binding;
  private final PostHocApprovalService postHoc;

  ReportOverduePostHocDelegate(PostHocApprovalService postHoc, TaskBinding binding) {
    this.binding = binding;
    this.postHoc = postHoc;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(POST_HOC_FINDING, postHoc.recordOverdue(binding.taskOf(execution)));
  }
}
