package cn.lawfulinspection.result.process;

import cn.lawfulinspection.task.TaskBinding;
import static cn.lawfulinspection.result.process.ResultBackfillProcessIds.*;
import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;

import cn.lawfulinspection.common.process.ProcessValues;
import cn.lawfulinspection.result.ResultService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 提醒负责人督促回填 / 报告司法局回填超期 (R-RS-1): the backfill is overdue; a reminder for the head, later a report
 * to the justice bureau (decided by the activity the timer leads to), traced on the task.
 */
@Component
class RecordOverdueBackfillDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(RecordOverdueBackfillDelegate.class);

  private final ResultService results;
  private final TaskBinding binding;

  RecordOverdueBackfillDelegate(ResultService results, TaskBinding binding) {
    this.binding = binding;
    this.results = results;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean toSupervision = REPORT_OVERDUE.equals(execution.getCurrentActivityId());
    String message = results.recordOverdue(binding.taskOf(execution), toSupervision);
    log.warn("result backfill overdue in process {}: {}", execution.getProcessInstanceId(), message);
    execution.setVariable(BACKFILL_REMINDER, message);
  }
}
