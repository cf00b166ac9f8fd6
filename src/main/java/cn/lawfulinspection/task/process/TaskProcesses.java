package cn.lawfulinspection.task.process;

import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;

import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.TaskRegistrationService;
import cn.lawfulinspection.task.TaskRequest;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration through the REST API: registers the task, then starts {@code InspectionTaskProcess} by key with the
 * task number as business key, as the caller (so the caller needs CREATE_INSTANCE on it), in one transaction: if
 * the start fails, nothing is registered.
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
  public InspectionTask registerAndStart(TaskRequest request, String userId) {
    InspectionTask task = registration.register(request, userId);
    Map<String, Object> variables = new HashMap<>();
    variables.put(INITIATOR, userId);
    put(variables, task);
    runtimeService.startProcessInstanceByKey(PROCESS_KEY, task.taskNumber(), variables);
    return tasks.get(task.id());
  }

  /** The variables every later step reads, from the registered task. */
  static void put(Map<String, Object> variables, InspectionTask task) {
    variables.put(TASK_ID, task.id());
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
