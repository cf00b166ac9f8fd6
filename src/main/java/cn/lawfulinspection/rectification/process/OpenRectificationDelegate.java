package cn.lawfulinspection.rectification.process;

import cn.lawfulinspection.task.TaskBinding;
import static cn.lawfulinspection.rectification.process.FollowUpProcessIds.*;

import cn.lawfulinspection.common.process.ProcessValues;
import cn.lawfulinspection.rectification.RectificationPolicy;
import cn.lawfulinspection.rectification.RectificationService;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 责令限期整改: opens the task's rectification with the deadline the inspector set (R-RS-4) and sets the deadline
 * timer's date: the start of the day after the deadline, China time.
 */
@Component
class OpenRectificationDelegate implements JavaDelegate {

  private final RectificationService rectifications;
  private final TaskBinding binding;

  OpenRectificationDelegate(RectificationService rectifications, TaskBinding binding) {
    this.rectifications = rectifications;
    this.binding = binding;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate deadline = ProcessValues.date(execution, RECTIFICATION_DEADLINE, RectificationPolicy.RULE);
    rectifications.open(binding.taskOf(execution), deadline);
    execution.setVariable(RECTIFICATION_DUE_AT, FollowUpDates.startOf(deadline.plusDays(1)));
  }
}
