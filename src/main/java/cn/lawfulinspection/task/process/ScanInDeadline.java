package cn.lawfulinspection.task.process;

import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.TaskBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import java.time.Clock;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The end of a task's approved window as a timer date, {@code ${scanInDeadline.of(execution)}} in the spine: 00:00 China
 * time of the day after {@code windowEnd} (R-SC-1). Read from the task when the wait starts, so a window revised
 * before the approval counts.
 */
@Component("scanInDeadline")
public class ScanInDeadline {

  private final InspectionTaskService tasks;
  private final Clock clock;

  private final TaskBinding binding;

  ScanInDeadline(InspectionTaskService tasks, TaskBinding binding, Clock clock) {
    this.binding = binding;
    this.tasks = tasks;
    this.clock = clock;
  }

  public Date of(DelegateExecution execution) {
    long id = binding.taskOf(execution);
    return Date.from(tasks.current(id).windowEnd().plusDays(1).atStartOfDay(clock.getZone()).toInstant());
  }
}
