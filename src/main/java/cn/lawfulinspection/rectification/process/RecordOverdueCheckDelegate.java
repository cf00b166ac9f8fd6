package cn.lawfulinspection.rectification.process;

import cn.lawfulinspection.task.TaskBinding;
import static cn.lawfulinspection.rectification.process.FollowUpProcessIds.*;

import cn.lawfulinspection.common.process.ProcessValues;
import cn.lawfulinspection.rectification.RectificationService;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 提醒负责人督办核查 / 报告司法局核查超期 and the same for the re-check: the check is overdue; a reminder for the head,
 * later a report to the justice bureau (decided by the activity the timer leads to), traced on the task.
 */
@Component
class RecordOverdueCheckDelegate implements JavaDelegate {

  private static final Set<String> RECHECK = Set.of(REMIND_HEAD_OF_RECHECK, REPORT_OVERDUE_RECHECK);
  private static final Set<String> TO_SUPERVISION = Set.of(REPORT_OVERDUE_VERIFICATION, REPORT_OVERDUE_RECHECK);

  private final RectificationService rectifications;
  private final TaskBinding binding;

  RecordOverdueCheckDelegate(RectificationService rectifications, TaskBinding binding) {
    this.rectifications = rectifications;
    this.binding = binding;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String activity = execution.getCurrentActivityId();
    execution.setVariable(CHECK_REMINDER, rectifications.recordOverdueCheck(
        binding.taskOf(execution), RECHECK.contains(activity), TO_SUPERVISION.contains(activity)));
  }
}
