package cn.lawfulinspection.task.process;

import cn.lawfulinspection.task.InspectionTaskService;
import java.time.Clock;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The end of a task's approved window as a timer date, {@code ${scanInDeadline.of(taskId)}} in the spine: 00:00 China
 * time of the day after {@code windowEnd} (R-SC-1). Read from the task when the wait starts, so a window revised
 * before the approval counts.
 */
@Component("scanInDeadline")
public class ScanInDeadline {

  private final InspectionTaskService tasks;
  private final Clock clock;

  ScanInDeadline(InspectionTaskService tasks, Clock clock) {
    this.tasks = tasks;
    this.clock = clock;
  }

  public Date of(Object taskId) {
    long id = taskId instanceof Number n ? n.longValue() : Long.parseLong(taskId.toString());
    return Date.from(tasks.current(id).windowEnd().plusDays(1).atStartOfDay(clock.getZone()).toInstant());
  }
}
