package cn.lawfulinspection.task;

import cn.lawfulinspection.common.NotFoundException;
import cn.lawfulinspection.identity.Actor;
import cn.lawfulinspection.identity.Actors;
import cn.lawfulinspection.task.internal.InspectionTasks;
import cn.lawfulinspection.task.internal.TaskEntity;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Takes a step of a task through {@link TaskLifecycle} (R-IG-1): checks it against the task's current status, the
 * acting user ({@link Actors#current()}, R-IG-2) and today, then sets the status the step leads to. A refusal throws
 * {@link cn.lawfulinspection.common.RuleViolationException} before anything is changed; the caller's transaction
 * rolls back and the refusal is logged for supervision where it is answered.
 */
@Component
class TaskSteps {

  private final InspectionTasks tasks;
  private final TaskLocks locks;
  private final Actors actors;
  private final Clock clock;

  TaskSteps(InspectionTasks tasks, TaskLocks locks, Actors actors, Clock clock) {
    this.tasks = tasks;
    this.locks = locks;
    this.actors = actors;
    this.clock = clock;
  }

  /**
   * Locks the task's row (R-IG-5: two steps of one task never decide on the same status at once, whichever process or
   * request takes them), loads the task and takes the step; returns the task with its new status.
   */
  TaskEntity take(long taskId, TaskLifecycle.Step step) {
    locks.lock(taskId);
    return take(entity(taskId), step);
  }

  TaskEntity take(TaskEntity task, TaskLifecycle.Step step) {
    TaskLifecycle.check(task.lifecycleState(), step, actors.current(), LocalDate.now(clock)).orThrow();
    if (step.to() != null) {
      task.status(step.to());
    }
    return task;
  }

  /** The user taking the current step (R-IG-2), {@link Actor#SYSTEM} for the platform. */
  Actor actor() {
    return actors.current();
  }

  TaskEntity entity(long taskId) {
    return tasks.findById(taskId).orElseThrow(() -> new NotFoundException("检查任务 " + taskId + " 不存在。"));
  }
}
