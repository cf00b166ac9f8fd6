package cn.lawfulinspection.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.deployment.internal.BundledModels;
import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.support.Api;
import cn.lawfulinspection.support.FillTaskForm;
import cn.lawfulinspection.support.FreshEnterprises;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.support.Modeler;
import cn.lawfulinspection.support.TriggerRecordsForTests;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.TriggerReason;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A process designer deploys a changed model from Camunda Modeler: its deploy button posts only the {@code .bpmn} to
 * {@code /engine-rest/deployment/create} as a new deployment. The platform adds the forms the model references, refuses
 * a model that would break it before anything goes live, records who deployed what for supervision, and a restart
 * keeps the designer's version.
 */
@IntegrationTest
class DesignerDeploymentIT {

  static final String SPINE = "InspectionTaskProcess";
  static final String SPINE_FILE = "bpmn/InspectionTaskProcess.bpmn";
  static final String REGISTRATION = "TaskRegistrationProcess";
  static final AtomicInteger CHANGES = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired TriggerRecordsForTests triggers;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired ModelDeployer modelDeployer;
  @Autowired BundledModels bundled;
  @Autowired FreshEnterprises fresh;
  @Autowired InspectionTaskService tasks;
  @Autowired Clock clock;
  final ObjectMapper json = new ObjectMapper();

  /** The bundled spine with a designer's harmless change (a new sentence in the start event's documentation). */
  String changedSpine() {
    return spine().replaceFirst("(<bpmn:startEvent id=\"StartEvent_TaskRegistrationStarted\"[^>]*>\\s*<bpmn:documentation>)",
        "$1设计人员修改第 " + CHANGES.incrementAndGet() + " 版：说明文字。");
  }

  String spine() {
    return new String(bundled.resources().get(SPINE_FILE), StandardCharsets.UTF_8);
  }

  /** What Camunda Modeler's deploy button sends: a name, its source, the one file. */
  HttpResponse<String> deployFromModeler(String user, String model) throws Exception {
    return deployFromModeler(user, SPINE, model);
  }

  HttpResponse<String> deployFromModeler(String user, String process, String model) throws Exception {
    return new Modeler(port).deploy(user, process, model);
  }

  ProcessDefinition latestSpine() {
    return repository.createProcessDefinitionQuery().processDefinitionKey(SPINE).latestVersion().singleResult();
  }

  JsonNode records(String user) throws Exception {
    HttpResponse<String> answer = new Api(port).call(user, "GET", "/api/supervision/model-deployments?limit=20", null);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return json.readTree(answer.body());
  }

  @Test
  @DisplayName("a changed TaskRegistrationProcess deployed from Modeler alone keeps its forms: the platform adds search-enterprise and fill-task, Tasklist's start form answers, a task is registered by choosing on the new version")
  void modelerDeploymentKeepsItsForms() throws Exception {
    // given: a designer's 登记检查任务, only the .bpmn
    String registration = new String(bundled.resources().get("bpmn/TaskRegistrationProcess.bpmn"), StandardCharsets.UTF_8)
        .replaceFirst("(<bpmn:startEvent id=\"StartEvent_RegistrationStarted\"[^>]*>\\s*<bpmn:documentation>)",
            "$1设计人员修改第 " + CHANGES.incrementAndGet() + " 版：说明文字。");

    // when
    HttpResponse<String> deployed = deployFromModeler("admin", REGISTRATION, registration);

    // then: a new version in the designer's deployment, with the platform's forms added
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    String deploymentId = json.readTree(deployed.body()).path("id").asText();
    ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(REGISTRATION)
        .latestVersion().singleResult();
    assertThat(latest.getDeploymentId()).isEqualTo(deploymentId);
    assertThat(repository.getDeploymentResourceNames(deploymentId)).containsExactlyInAnyOrder(
        "TaskRegistrationProcess.bpmn", "forms/search-enterprise.form", "forms/fill-task.form");

    // then: the start form resolves as Tasklist asks for it
    HttpResponse<String> startForm = new Api(port).call("liuyang", "GET",
        "/engine-rest/process-definition/key/TaskRegistrationProcess/deployed-start-form", null);
    assertThat(startForm.statusCode()).as(startForm.body()).isEqualTo(200);
    assertThat(json.readTree(startForm.body()).path("id").asText()).isEqualTo("search-enterprise");

    // then: a clerk registers a task with it, by choosing, on the designer's version
    String enterprise = fresh.fresh(CreditTier.D).creditCode();
    HttpResponse<String> registered = registerInTasklist(enterprise);
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(204);
    assertThat(tasks.ofEnterprise(enterprise, null)).hasSize(1);
    assertThat(lastRegistration.getProcessDefinitionId()).isEqualTo(latest.getId());

    // then: supervision sees who deployed it and which forms the platform added
    JsonNode record = find(records("huangmin"), deploymentId);
    assertThat(record.path("deployer").asText()).isEqualTo("admin");
    assertThat(record.path("outcome").asText()).isEqualTo("DEPLOYED");
    assertThat(record.path("source").asText()).isEqualTo("Camunda Modeler");
    assertThat(record.path("resources").toString()).contains("TaskRegistrationProcess.bpmn");
    assertThat(record.path("formsAdded").toString()).contains("forms/search-enterprise.form", "forms/fill-task.form");
  }

  /** The fill-task form of the last {@link #registerInTasklist} (its process definition tells the version). */
  org.camunda.bpm.engine.task.Task lastRegistration;

  /**
   * 启动流程 → 登记检查任务 as liuyang, as Tasklist submits the forms: the credit code as keyword, then the chosen
   * values; answers the completion of the fill-task form (204 when the task is registered).
   */
  HttpResponse<String> registerInTasklist(String enterprise) throws Exception {
    Api api = new Api(port);
    HttpResponse<String> started = api.call("liuyang", "POST",
        "/engine-rest/process-definition/key/TaskRegistrationProcess/submit-form",
        "{\"variables\":{\"enterpriseKeyword\":{\"value\":\"" + enterprise + "\"}}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    lastRegistration = taskService.createTaskQuery()
        .processInstanceId(json.readTree(started.body()).path("id").asText()).singleResult();
    String today = LocalDate.now(clock).toString();
    return api.call("liuyang", "POST", "/engine-rest/task/" + lastRegistration.getId() + "/submit-form",
        FillTaskForm.complaint(enterprise,
        triggers.open("liuyang", enterprise, TriggerReason.COMPLAINT), today));
  }

  @Test
  @DisplayName("a changed HeadApprovalProcess deployed from Modeler alone keeps its user task forms: the head's approval task opens its form approve-task")
  void modelerDeploymentKeepsUserTaskForms() throws Exception {
    // given: a designer's HeadApprovalProcess, only the .bpmn
    String approval = new String(bundled.resources().get("bpmn/HeadApprovalProcess.bpmn"), StandardCharsets.UTF_8)
        .replaceFirst("(<bpmn:userTask id=\"UserTask_ApproveTask\"[^>]*>\\s*<bpmn:documentation>)",
            "$1设计人员修改第 " + CHANGES.incrementAndGet() + " 版：说明文字。");
    HttpResponse<String> deployed = deployFromModeler("admin", "HeadApprovalProcess", approval);
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    String deploymentId = json.readTree(deployed.body()).path("id").asText();
    assertThat(repository.getDeploymentResourceNames(deploymentId)).containsExactlyInAnyOrder(
        "HeadApprovalProcess.bpmn", "forms/approve-task.form", "forms/revise-task.form");

    // when: a task is registered and waits for the head on the designer's version
    String enterprise = fresh.fresh(CreditTier.D).creditCode();
    assertThat(registerInTasklist(enterprise).statusCode()).isEqualTo(204);
    String taskNumber = tasks.ofEnterprise(enterprise, null).get(0).taskNumber();
    org.camunda.bpm.engine.task.Task approve = taskService.createTaskQuery().processInstanceBusinessKey(taskNumber)
        .taskDefinitionKey("UserTask_ApproveTask").singleResult();

    // then: Tasklist finds its form
    assertThat(repository.getProcessDefinition(approve.getProcessDefinitionId()).getDeploymentId())
        .isEqualTo(deploymentId);
    HttpResponse<String> form = new Api(port).call("zhangwei", "GET",
        "/engine-rest/task/" + approve.getId() + "/deployed-form", null);
    assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
    assertThat(json.readTree(form.body()).path("id").asText()).isEqualTo("approve-task");
  }

  private static JsonNode find(JsonNode records, String deploymentId) {
    for (JsonNode record : records) {
      if (deploymentId.equals(record.path("deploymentId").asText())) {
        return record;
      }
    }
    throw new AssertionError("no record of deployment " + deploymentId + " in " + records);
  }

  static Stream<Arguments> brokenModels() {
    return Stream.of(
        broken("an unresolvable form ref", "MODEL_FORM_UNRESOLVED", "register-task-v2",
            s -> s.replace("name=\"检查任务登记已发起\" camunda:initiator=", "name=\"检查任务登记已发起\" "
                + "camunda:formRef=\"register-task-v2\" camunda:formRefBinding=\"deployment\" camunda:initiator=")),
        broken("a delegate expression naming no Spring bean", "MODEL_DELEGATE_UNKNOWN", "registerTaskDelegateV2",
            s -> s.replace("${registerTaskDelegate}", "${registerTaskDelegateV2}")),
        broken("a delegate class not on the class path", "MODEL_CLASS_UNKNOWN", "cn.lawfulinspection.NoSuchDelegate",
            s -> s.replace("camunda:delegateExpression=\"${closeTaskDelegate}\"",
                "camunda:class=\"cn.lawfulinspection.NoSuchDelegate\"")),
        broken("a renamed element id that Java relies on", "MODEL_ID_REQUIRED", "Gateway_AwaitScanIn",
            s -> s.replace("Gateway_AwaitScanIn", "Gateway_WaitForScanIn")),
        broken("no historyTimeToLive", "MODEL_HTTL_MISSING", "historyTimeToLive",
            s -> s.replace(" camunda:historyTimeToLive=\"P1825D\"", "")),
        broken("a file cut short (no well-formed XML)", "MODEL_UNREADABLE", "不是可读取的 BPMN 文件",
            s -> s.substring(0, s.length() / 2)));
  }

  private static Arguments broken(String what, String code, String named, UnaryOperator<String> change) {
    return Arguments.of(what, code, named, change);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenModels")
  @DisplayName("a model that would break the platform is refused with a Chinese reason naming the problem, and nothing is deployed")
  void brokenModelIsRefused(String what, String code, String named, UnaryOperator<String> change) throws Exception {
    // given
    String model = change.apply(changedSpine());
    assertThat(model).isNotEqualTo(spine());
    ProcessDefinition before = latestSpine();
    long deployments = repository.createDeploymentQuery().count();

    // when
    HttpResponse<String> answer = deployFromModeler("admin", model);

    // then
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
    JsonNode problem = json.readTree(answer.body());
    assertThat(problem.path("code").asText()).isEqualTo(code);
    assertThat(problem.path("detail").asText()).contains("模型部署已拒绝", "InspectionTaskProcess.bpmn", named);
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(latestSpine().getId()).isEqualTo(before.getId());
    JsonNode latest = records("admin").get(0);
    assertThat(latest.path("outcome").asText()).isEqualTo("REFUSED");
    assertThat(latest.path("deployer").asText()).isEqualTo("admin");
    assertThat(latest.path("deploymentId").isNull()).isTrue();
    assertThat(latest.path("problems").toString()).contains(named);
  }

  @Test
  @DisplayName("R-IG-4 only an administrator deploys models: an inspector, a head and a supervisor are refused 403 and nothing is deployed")
  void onlyAdministratorsDeploy() throws Exception {
    // given
    long deployments = repository.createDeploymentQuery().count();

    for (String user : new String[] {"liuyang", "zhangwei", "huangmin"}) {
      // when
      HttpResponse<String> answer = deployFromModeler(user, changedSpine());

      // then
      assertThat(answer.statusCode()).as(user + ": " + answer.body()).isEqualTo(403);
      assertThat(json.readTree(answer.body()).path("ruleId").asText()).isEqualTo("R-IG-4");
      JsonNode record = records("admin").get(0);
      assertThat(record.path("deployer").asText()).isEqualTo(user);
      assertThat(record.path("outcome").asText()).isEqualTo("REFUSED");
      assertThat(record.path("resources").toString()).contains("InspectionTaskProcess.bpmn");
      assertThat(record.path("problems").toString()).contains("R-IG-4");
    }
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  @DisplayName("the deployment record is readable by the justice bureau and the administrator, by nobody else")
  void recordsAreForSupervision() throws Exception {
    Api api = new Api(port);
    assertThat(records("huangmin").isArray()).isTrue();
    assertThat(records("admin").isArray()).isTrue();
    for (String user : new String[] {"liuyang", "zhangwei"}) {
      assertThat(api.call(user, "GET", "/api/supervision/model-deployments", null).statusCode()).as(user)
          .isEqualTo(403);
    }
    assertThat(api.call(null, "GET", "/api/supervision/model-deployments", null).statusCode()).isEqualTo(401);
  }

  @Test
  @DisplayName("restart rule: after a designer's deployment the platform's deployment at start neither reverts it nor deploys a duplicate")
  void restartKeepsTheDesignersVersion() throws Exception {
    // given
    modelDeployer.deploy();
    HttpResponse<String> deployed = deployFromModeler("admin", changedSpine());
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    ProcessDefinition designers = latestSpine();
    long deployments = repository.createDeploymentQuery().count();
    long definitions = repository.createProcessDefinitionQuery().count();

    // when: the platform starts again (twice)
    modelDeployer.deploy();
    modelDeployer.deploy();

    // then
    assertThat(latestSpine().getId()).isEqualTo(designers.getId());
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(definitions);
  }

  @Test
  @DisplayName("restart rule: a release whose bundled spine changed supersedes the designer's version; the other models stay as they are")
  void changedReleaseSupersedes() throws Exception {
    // given
    modelDeployer.deploy();
    assertThat(deployFromModeler("admin", changedSpine()).statusCode()).isEqualTo(200);
    ProcessDefinition designers = latestSpine();
    Map<String, byte[]> release = new LinkedHashMap<>(bundled.resources());
    release.put(SPINE_FILE, changedSpine().getBytes(StandardCharsets.UTF_8));

    // when
    var deployment = new ModelDeployer(repository, new BundledModels(release)).deploy();

    // then
    ProcessDefinition latest = latestSpine();
    assertThat(latest.getVersion()).isGreaterThan(designers.getVersion());
    assertThat(latest.getDeploymentId()).isEqualTo(deployment.getId());
    assertThat(ModelDeployer.isPlatform(deployment)).isTrue();
    assertThat(repository.getDeploymentResourceNames(deployment.getId())).contains("forms/fill-task.form");

    // and the bundled release again: the spine changed once more, so it is deployed again, as one set
    modelDeployer.deploy();
    assertThat(repository.getResourceAsStream(latestSpine().getDeploymentId(), SPINE_FILE)).hasBinaryContent(
        bundled.resources().get(SPINE_FILE));
  }
}
