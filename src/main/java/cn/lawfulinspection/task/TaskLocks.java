package cn.lawfulinspection.task;

import cn.lawfulinspection.task.internal.InspectionTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Row locks on inspection tasks, for the one-time actions on a task (R-IG-5): the scan-in, the result, the evaluation,
 * the quiet-period filing. Each locks the task's row ({@code SELECT … FOR UPDATE}) before it reads anything, so that
 * simultaneous requests for one task are decided one after the other: the first acts, the others see its record
 * (READ COMMITTED on both databases) and are answered as the rule says. Lock order: a task's enterprise (registration,
 * revision), then the task, then a number counter.
 */
@Service
public class TaskLocks {

  private final InspectionTasks tasks;

  TaskLocks(InspectionTasks tasks) {
    this.tasks = tasks;
  }

  /**
   * Locks the task's row until the caller's transaction ends. Call it first in the transaction: what was read before
   * may be stale. A task that does not exist is left to the caller's own "not found".
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void lock(long taskId) {
    tasks.lock(taskId);
  }
}
