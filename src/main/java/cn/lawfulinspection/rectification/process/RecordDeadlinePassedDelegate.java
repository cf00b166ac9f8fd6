package cn.lawfulinspection.rectification.process;

import cn.lawfulinspection.task.TaskBinding;
import static cn.lawfulinspection.rectification.process.FollowUpProcessIds.*;

import cn.lawfulinspection.common.process.ProcessValues;
import cn.lawfulinspection.rectification.RectificationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录逾期未报告整改: the deadline passed without the enterprise's report; the inspector verifies anyway. */
@Component
class RecordDeadlinePassedDelegate implements JavaDelegate {

  private final RectificationService rectifications;
  private final TaskBinding binding;

  RecordDeadlinePassedDelegate(RectificationService rectifications, TaskBinding binding) {
    this.rectifications = rectifications;
    this.binding = binding;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rectifications.deadlinePassed(binding.taskOf(execution));
    execution.setVariable(RECTIFICATION_REPORT, "整改期限届满，企业未报告整改情况。请核查企业是否已整改。");
  }
}
