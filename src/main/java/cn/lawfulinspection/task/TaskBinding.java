package cn.lawfulinspection.task;

import cn.lawfulinspection.common.NotFoundException;
import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.task.internal.InspectionTasks;
import cn.lawfulinspection.task.internal.TaskBindingEntity;
import cn.lawfulinspection.task.internal.TaskBindingEntity.Role;
import cn.lawfulinspection.task.internal.TaskBindings;
import cn.lawfulinspection.task.internal.TaskEntity;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-IG-3: which task a process step acts on. Each process instance that acts on a task is bound to it when the
 * platform starts it — the spine ({@code InspectionTaskProcess}) at registration, the quiet-period filing when the
 * approval starts it — and every step finds its task through the binding of its root process instance (the spine,
 * for the processes the spine calls), never through a process variable. The business key (the task number) must
 * agree. A process that was not bound — started by anyone through the generic API, even an administrator — acts on
 * no task: every step refuses.
 */
@Component
@Transactional
public class TaskBinding {

  private final TaskBindings bindings;
  private final InspectionTasks tasks;

  TaskBinding(TaskBindings bindings, InspectionTasks tasks) {
    this.bindings = bindings;
    this.tasks = tasks;
  }

  /** The id of the task the step's process acts on; refused (R-IG-3) when it is bound to none. */
  @Transactional(readOnly = true)
  public long taskOf(DelegateExecution execution) {
    DelegateExecution root = root(execution);
    TaskBindingEntity binding = bindings.findById(root.getProcessInstanceId()).orElseThrow(() -> unbound(execution));
    // the binding's copy of the number, not the task: a step that loaded the task here, before its row lock, would
    // decide on what it read then (R-IG-5: a step locks the row first, then loads the task)
    String taskNumber = binding.taskNumber();
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey != null && !businessKey.equals(taskNumber)) {
      throw new RuleViolationException("R-IG-3", "businessKey", "流程实例的业务编号 " + businessKey + " 与其绑定的检查任务 "
          + taskNumber + " 不一致，已拒绝。");
    }
    return binding.taskId();
  }

  /** The task the step's process is bound to, if any; never refuses (for reading settings, not for acting). */
  @Transactional(readOnly = true)
  public java.util.Optional<Long> boundTask(DelegateExecution execution) {
    return bindings.findById(root(execution).getProcessInstanceId()).map(TaskBindingEntity::taskId);
  }

  @Transactional(readOnly = true)
  public long taskOf(DelegateTask userTask) {
    return taskOf(userTask.getExecution());
  }

  /**
   * Binds the spine that is starting to the task: at registration, the task just registered in the same transaction.
   * A task has one spine for ever: binding a second one is refused (R-IG-3).
   */
  public void bindSpine(long taskId, DelegateExecution execution) {
    TaskEntity task = tasks.findById(taskId).orElseThrow();
    if (task.processInstanceId() != null || bindings.existsByTaskIdAndRole(taskId, Role.SPINE)) {
      throw new RuleViolationException("R-IG-3", "businessKey", "检查任务 " + task.taskNumber()
          + " 已由其流程办理，不能再为它发起新的流程。");
    }
    String processInstanceId = execution.getProcessInstanceId();
    bindings.save(new TaskBindingEntity(processInstanceId, taskId, task.taskNumber(), Role.SPINE));
    task.processInstanceId(processInstanceId);
  }

  /**
   * The spine starting for a task that our REST API registered a moment ago in the same transaction (the number is
   * the business key it was started with): the task must exist and must not have a process yet.
   */
  public long unboundTaskNumbered(String taskNumber) {
    return tasks.findByTaskNumber(taskNumber)
        .filter(t -> t.processInstanceId() == null && !bindings.existsByTaskIdAndRole(t.id(), Role.SPINE))
        .map(TaskEntity::id)
        .orElseThrow(() -> new RuleViolationException("R-IG-3", "businessKey", "业务编号 " + taskNumber
            + " 不是刚登记、尚未办理的检查任务，不能据此发起流程：请通过“检查任务”开始表单登记。"));
  }

  /** Binds the quiet-period filing process the approval started (R-TK-7); one per task. */
  public void bindQuietFiling(long taskId, String processInstanceId) {
    if (bindings.existsByTaskIdAndRole(taskId, Role.QUIET_FILING)) {
      throw new RuleViolationException("R-IG-3", "taskId", "该检查任务的安静期例外备案已发起，不能重复发起。");
    }
    bindings.save(new TaskBindingEntity(processInstanceId, taskId,
        tasks.numberOf(taskId).orElseThrow(() -> new NotFoundException("检查任务 " + taskId + " 不存在。")),
        Role.QUIET_FILING));
  }

  /** The process instance at the top of the call hierarchy. */
  static DelegateExecution root(DelegateExecution execution) {
    DelegateExecution instance = execution.getProcessInstance();
    while (instance.getSuperExecution() != null) {
      instance = instance.getSuperExecution().getProcessInstance();
    }
    return instance;
  }

  private static RuleViolationException unbound(DelegateExecution execution) {
    return new RuleViolationException("R-IG-3", "processInstance", "流程实例 " + execution.getProcessInstanceId()
        + " 没有绑定检查任务：只有平台在登记时发起的流程才能办理检查任务，已拒绝。");
  }
}
