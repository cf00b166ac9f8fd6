package cn.lawfulinspection.benchmark;

import cn.lawfulinspection.result.process.ResultBackfillProcessIds;
import cn.lawfulinspection.task.process.HeadApprovalProcessIds;
import cn.lawfulinspection.task.process.InspectionTaskProcessIds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;

/**
 * The bare-engine floor: our planned path's own models ({@link FloorModels}: InspectionTaskProcess and every process
 * it calls, derived at start from {@code bpmn/}) with no-op delegates and listeners, deployed in the same engine (same
 * history level, same authorization checks, same users) and driven through the plain engine API with the variables
 * the spine starts with and those its gateways read (emergency, quietException, approvalDecision, problemsFound).
 */
final class FloorLifecycle implements Lifecycle {

  static final String PROCESS_KEY = FloorModels.PREFIX + InspectionTaskProcessIds.PROCESS_KEY;
  /** The variables our registration starts the spine with (TaskProcesses.registerAndStart). */
  static final List<String> START_VARIABLES = List.of(InspectionTaskProcessIds.INITIATOR,
      InspectionTaskProcessIds.TASK_NUMBER, InspectionTaskProcessIds.AGENCY_CODE,
      InspectionTaskProcessIds.REGISTRANT, InspectionTaskProcessIds.EMERGENCY_FLAG,
      InspectionTaskProcessIds.QUIET_EXCEPTION);
  static final NoOp NO_OP = new NoOp();

  /** The floor's delegate and listener: does nothing. */
  static final class NoOp implements JavaDelegate, TaskListener, ExecutionListener {

    @Override
    public void execute(DelegateExecution execution) {}

    @Override
    public void notify(DelegateTask task) {}

    @Override
    public void notify(DelegateExecution execution) {}
  }

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final HistoryService history;
  private final AuthorizationService authorizations;
  private final IdentityService identityService;
  private final Actors actors;
  private int created;

  FloorLifecycle(ApplicationContext context, Actors actors) {
    this.repositoryService = context.getBean(RepositoryService.class);
    this.runtimeService = context.getBean(RuntimeService.class);
    this.taskService = context.getBean(TaskService.class);
    this.history = context.getBean(HistoryService.class);
    this.authorizations = context.getBean(AuthorizationService.class);
    this.identityService = context.getBean(IdentityService.class);
    this.actors = actors;
  }

  @Override
  public String name() {
    return "floor";
  }

  @Override
  public List<Case> prepare(int count) {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).count() == 0) {
      DeploymentBuilder deployment = repositoryService.createDeployment().name("benchmark-floor");
      // the backfill's assignee is the inspector who scanned in, read by PrepareBackfillDelegate: 刘洋 here
      FloorModels.derive(InspectionTaskProcessIds.PROCESS_KEY, Set.copyOf(START_VARIABLES),
              Map.of(ResultBackfillProcessIds.SCANNED_IN_BY, PlatformLifecycle.REGISTRANT))
          .forEach((key, model) -> deployment.addModelInstance(key + ".bpmn", model));
      deployment.deploy();
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
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).finished()
        .executedActivityIdIn(InspectionTaskProcessIds.INSPECTION_CLOSED).count();
  }

  @Override
  public List<Step> steps() {
    return List.of(
        new Step("register", this::start),
        new Step("approve", this::approve),
        new Step("scan-in", this::scanIn),
        new Step("backfill", this::backfill));
  }

  void start(Case c) {
    c.taskId = c.index;
    c.businessKey = "FLOOR-" + c.index;
    Map<String, Object> variables = new HashMap<>();
    variables.put(InspectionTaskProcessIds.INITIATOR, PlatformLifecycle.REGISTRANT);
    variables.put(FloorModels.SCAN_IN_DEADLINE, java.util.Date.from(java.time.Instant.parse("2999-01-01T00:00:00Z")));
    variables.put(InspectionTaskProcessIds.TASK_NUMBER, c.businessKey);
    variables.put(InspectionTaskProcessIds.AGENCY_CODE, "scjg");
    variables.put(InspectionTaskProcessIds.REGISTRANT, PlatformLifecycle.REGISTRANT);
    variables.put(InspectionTaskProcessIds.EMERGENCY_FLAG, false);
    variables.put(InspectionTaskProcessIds.QUIET_EXCEPTION, false);
    actors.as(PlatformLifecycle.REGISTRANT,
        () -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, c.businessKey, variables));
  }

  void approve(Case c) {
    actors.as(PlatformLifecycle.HEAD, () -> {
      Task task = taskService.createTaskQuery().processInstanceBusinessKey(c.businessKey)
          .taskDefinitionKey(HeadApprovalProcessIds.APPROVE_TASK).singleResult();
      taskService.claim(task.getId(), PlatformLifecycle.HEAD);
      taskService.complete(task.getId(), Map.of(InspectionTaskProcessIds.APPROVAL_DECISION, "APPROVE"));
    });
  }

  void scanIn(Case c) {
    // as ScanInService does: the correlation runs as the engine, without the inspector's authentication
    runtimeService.createMessageCorrelation(InspectionTaskProcessIds.MSG_INSPECTOR_SCANNED_IN)
        .processInstanceBusinessKey(c.businessKey).correlateAllWithResult();
  }

  void backfill(Case c) {
    // as ResultService.backfill does: the inspector acts, the waiting task is found and completed as the engine
    actors.as(PlatformLifecycle.REGISTRANT, () -> {
      Authentication inspector = identityService.getCurrentAuthentication();
      identityService.clearAuthentication();
      try {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(c.businessKey)
            .taskDefinitionKey(ResultBackfillProcessIds.BACKFILL_RESULT).singleResult();
        taskService.complete(task.getId(), Map.of(InspectionTaskProcessIds.PROBLEMS_FOUND, false));
      } finally {
        identityService.setAuthentication(inspector);
      }
    });
  }
}
