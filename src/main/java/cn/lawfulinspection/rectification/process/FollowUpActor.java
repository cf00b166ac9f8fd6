package cn.lawfulinspection.rectification.process;

import cn.lawfulinspection.task.TaskTrace;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Who completes a follow-up user task: the user the engine runs for (Tasklist, engine REST), else the task's
 * assignee (our REST API completes as the engine after setting the assignee).
 */
@Component
class FollowUpActor {

  private final TaskTrace trace;

  FollowUpActor(TaskTrace trace) {
    this.trace = trace;
  }

  String of(DelegateTask task) {
    String current = trace.currentActor();
    return TaskTrace.SYSTEM.equals(current) && task.getAssignee() != null ? task.getAssignee() : current;
  }
}
