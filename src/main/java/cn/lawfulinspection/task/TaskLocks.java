package cn.lawfulinspection.task;

import cn.lawfulinspection.task.internal.InspectionTasks;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
    if (heldInThisTransaction().add(taskId)) {
      tasks.lock(taskId);
    }
  }

  /**
   * The tasks whose rows this transaction has locked: a lock lasts until the transaction ends, so a second step of
   * the same task in the same transaction (the notice after the approval, the close after the backfill) needs no second
   * {@code SELECT … FOR UPDATE}. Kept in a transaction synchronization, not a bound resource: Spring suspends the
   * synchronizations of a transaction while a {@code REQUIRES_NEW} one runs, so an inner transaction locks for itself.
   */
  private static Set<Long> heldInThisTransaction() {
    for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
      if (s instanceof HeldLocks held) {
        return held.taskIds;
      }
    }
    HeldLocks held = new HeldLocks();
    TransactionSynchronizationManager.registerSynchronization(held);
    return held.taskIds;
  }

  /** The locks one transaction holds; forgotten with it. */
  private static final class HeldLocks implements TransactionSynchronization {
    private final Set<Long> taskIds = new HashSet<>();
  }
}
