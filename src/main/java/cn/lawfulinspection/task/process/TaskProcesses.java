package cn.lawfulinspection.task.process;

import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;

import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.TaskBinding;
import cn.lawfulinspection.task.TaskRegistrationService;
import cn.lawfulinspection.task.TaskRequest;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration through the REST API and through Tasklist's 登记检查任务 ({@link RegisterChosenTaskDelegate}): registers
 * the task as the authenticated user, then starts {@code InspectionTaskProcess} by key with the task number as
 * business key, in one transaction: if the start fails, nothing is registered. From the REST API the start runs as
 * the caller (so the caller needs CREATE_INSTANCE on it); from the delegate it runs inside the completion of the
 * fill-task form, where the engine checks no authorizations of custom code (the user was allowed to start
 * {@code TaskRegistrationProcess}). The spine's first step binds itself to the task ({@link TaskBinding}).
 */
@Service
public class TaskProcesses {

  private final TaskRegistrationService registration;
  private final InspectionTaskService tasks;
  private final RuntimeService runtimeService;

  TaskProcesses(TaskRegistrationService registration, InspectionTaskService tasks, RuntimeService runtimeService) {
    this.registration = registration;
    this.tasks = tasks;
    this.runtimeService = runtimeService;
  }

  @Transactional
  public InspectionTask registerAndStart(TaskRequest request) {
    InspectionTask task = registration.register(request);
    runtimeService.startProcessInstanceByKey(PROCESS_KEY, task.taskNumber());
    return tasks.get(task.id());
  }

  /**
   * The variables the models show and route by, copied from the registered task: the forms' texts, the candidate
   * groups and assignees. No step reads its task from them: every step finds it through {@link TaskBinding}.
   */
  static void put(Map<String, Object> variables, InspectionTask task) {
    variables.put(TASK_NUMBER, task.taskNumber());
    variables.put(AGENCY_CODE, task.agencyCode());
    variables.put(REGISTRANT, task.registeredBy());
    variables.put(EMERGENCY_FLAG, task.emergency());
    variables.put(QUIET_EXCEPTION, task.quietException());
  }

  static void set(VariableScope scope, InspectionTask task) {
    Map<String, Object> variables = new HashMap<>();
    put(variables, task);
    scope.setVariables(variables);
  }
}
