package cn.lawfulinspection.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;

/**
 * The bare-engine floor: the same skeleton as our planned lifecycle (service task, call activity with one user task
 * and its two escalation timers, service task, message catch, end), with no-op delegates, deployed in the same
 * engine (same history level, same authorization checks, same users) and driven through the plain engine API. The
 * variables our spine starts with are passed too, so the engine stores the same kind of history for both.
 */
final class FloorLifecycle implements Lifecycle {

  static final String PROCESS_KEY = "BenchmarkFloorLifecycle";
  static final String APPROVAL_KEY = "BenchmarkFloorApproval";
  static final String APPROVE_TASK = "UserTask_ApproveTask";
  static final String MSG_SCANNED_IN = "Msg_FloorScannedIn";
  static final String END_EVENT = "EndEvent_FloorEnded";
  /** The bean the floor's service tasks name: it does nothing. */
  static final String NO_OP_DELEGATE = "benchmarkNoOpDelegate";
  static final JavaDelegate NO_OP = execution -> { };

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final HistoryService history;
  private final AuthorizationService authorizations;
  private final Actors actors;
  private int created;

  FloorLifecycle(ApplicationContext context, Actors actors) {
    this.repositoryService = context.getBean(RepositoryService.class);
    this.runtimeService = context.getBean(RuntimeService.class);
    this.taskService = context.getBean(TaskService.class);
    this.history = context.getBean(HistoryService.class);
    this.authorizations = context.getBean(AuthorizationService.class);
    this.actors = actors;
  }

  @Override
  public String name() {
    return "floor";
  }

  @Override
  public List<Case> prepare(int count) {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).count() == 0) {
      repositoryService.createDeployment().name("benchmark-floor")
          .addClasspathResource("benchmark/" + PROCESS_KEY + ".bpmn")
          .addClasspathResource("benchmark/" + APPROVAL_KEY + ".bpmn").deploy();
      // the registrant's agency may start it, as AgencyGroups lets it start InspectionTaskProcess
      Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId("scjg");
      grant.setResource(Resources.PROCESS_DEFINITION);
      grant.setResourceId(PROCESS_KEY);
      grant.addPermission(ProcessDefinitionPermissions.READ);
      grant.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
      authorizations.saveAuthorization(grant);
    }
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      cases.add(new Case(++created, null, null));
    }
    return cases;
  }

  @Override
  public long ended() {
    return history.createHistoricActivityInstanceQuery().activityId(END_EVENT).finished().count();
  }

  @Override
  public List<Step> steps() {
    return List.of(
        new Step("register", this::start),
        new Step("approve", this::approve),
        new Step("scan-in", this::scanIn)
        // BACKFILL: add new Step("backfill", ...) completing the floor's backfill user task here, once
        // BenchmarkFloorLifecycle.bpmn has a call activity with one user task after the message catch.
    );
  }

  void start(Case c) {
    c.taskId = c.index;
    c.businessKey = "FLOOR-" + c.index;
    Map<String, Object> variables = new HashMap<>();
    variables.put("initiator", PlatformLifecycle.REGISTRANT);
    variables.put("taskId", c.taskId);
    variables.put("taskNumber", c.businessKey);
    variables.put("agencyCode", "scjg");
    variables.put("registrant", PlatformLifecycle.REGISTRANT);
    variables.put("emergency", false);
    variables.put("quietException", false);
    actors.as(PlatformLifecycle.REGISTRANT,
        () -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, c.businessKey, variables));
  }

  void approve(Case c) {
    actors.as(PlatformLifecycle.HEAD, () -> {
      Task task = taskService.createTaskQuery().processInstanceBusinessKey(c.businessKey)
          .taskDefinitionKey(APPROVE_TASK).singleResult();
      taskService.claim(task.getId(), PlatformLifecycle.HEAD);
      taskService.complete(task.getId(), Map.of("approvalDecision", "APPROVE"));
    });
  }

  void scanIn(Case c) {
    // as ScanInService does: the correlation runs as the engine, without the inspector's authentication
    runtimeService.createMessageCorrelation(MSG_SCANNED_IN).processInstanceBusinessKey(c.businessKey)
        .correlateAllWithResult();
  }
}
