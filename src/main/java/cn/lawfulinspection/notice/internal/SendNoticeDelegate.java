package cn.lawfulinspection.notice.internal;

import cn.lawfulinspection.task.TaskBinding;
import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;

import cn.lawfulinspection.notice.NoticeOutcome;
import cn.lawfulinspection.notice.NoticeService;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 发送检查预告 ({@code ServiceTask_SendNotice}): calls {@link NoticeService#sendFor}; when the notice is too late
 * (R-NT-2) the refusal is already recorded (status NOTICE_TOO_LATE, trace) and {@code Err_NoticeTooLate} routes the
 * spine to 检查预告不足期限. The BpmnError is thrown here, outside the service's transaction boundary, so the record
 * is kept.
 */
@Component
class SendNoticeDelegate implements JavaDelegate {

  private final NoticeService notices;
  private final TaskBinding binding;

  SendNoticeDelegate(NoticeService notices, TaskBinding binding) {
    this.notices = notices;
    this.binding = binding;
  }

  @Override
  public void execute(DelegateExecution execution) {
    NoticeOutcome outcome = notices.sendFor(binding.taskOf(execution));
    execution.setVariable(NOTICE_OUTCOME, outcome.name());
    if (outcome == NoticeOutcome.TOO_LATE) {
      throw new BpmnError(ERR_NOTICE_TOO_LATE, "检查预告不足期限（R-NT-2）");
    }
  }
}
