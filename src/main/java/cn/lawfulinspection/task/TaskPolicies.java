package cn.lawfulinspection.task;

import cn.lawfulinspection.policy.Policies;
import cn.lawfulinspection.policy.PolicyProfile;
import cn.lawfulinspection.task.internal.InspectionTasks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The policy profile version a task is judged under, for the task's processes: named {@code taskPolicies} so that
 * BPMN expressions of the processes that act on a task say
 * {@code ${taskPolicies.of(execution).postHocApprovalDays()}WD} — the due dates and timers then follow the version in
 * force when the task was registered, not a later administrator's change. A process bound to no task (R-IG-3) and
 * whose business key names none follows the profile in force.
 */
@Component("taskPolicies")
public class TaskPolicies {

  private final TaskBinding binding;
  private final InspectionTasks tasks;
  private final Policies policies;

  TaskPolicies(TaskBinding binding, InspectionTasks tasks, Policies policies) {
    this.binding = binding;
    this.tasks = tasks;
    this.policies = policies;
  }

  @Transactional(readOnly = true)
  public PolicyProfile of(DelegateExecution execution) {
    Long taskId = binding.boundTask(execution).orElse(null);
    String key = execution.getProcessBusinessKey();
    if (taskId == null && key != null) {
      taskId = tasks.findByTaskNumber(key).map(t -> t.id()).orElse(null);
    }
    if (taskId == null) {
      return policies.current();
    }
    return tasks.findById(taskId).map(t -> policies.version(t.policyProfile(), t.policyVersion()))
        .orElseGet(policies::current);
  }
}
