package cn.lawfulinspection.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.support.FillTaskForm;
import cn.lawfulinspection.support.FreshEnterprises;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.support.TestDatabase;
import cn.lawfulinspection.support.TriggerRecordsForTests;
import cn.lawfulinspection.task.InspectedTasks;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.TriggerReason;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The authorization matrix (R-IG-1..R-IG-4): every role — an administrator, each kind of agency user, the justice
 * bureau, an anonymous client — against every operation of {@code /api}, {@code /engine-rest} and Tasklist's own
 * engine API that touches our records or processes. Each cell is a real HTTP call against a fresh record where the
 * operation would change it. Expected allows are listed per operation; every other cell must be refused (a 4xx, never
 * a 5xx), so an unexpected allow fails the test. The table it measured is written into {@code docs/security.md}.
 */
@IntegrationTest
class AuthorizationMatrixIT {

  static final String ANONYMOUS = "anonymous";
  /** Roles, in the column order of the table; the administrator last, since it may change the shared fixtures. */
  static final List<Role> ROLES = List.of(
      new Role(ANONYMOUS, "匿名"),
      new Role("liuyang", "市场监管局执法人员（登记人、被指派）"),
      new Role("lijun", "市场监管局执法人员（未指派）"),
      new Role("zhangwei", "市场监管局负责人"),
      new Role("sunli", "应急管理局执法人员"),
      new Role("zhaolei", "应急管理局负责人"),
      new Role("zhengkai", "生态环境局执法人员"),
      new Role("huangmin", "司法局执法监督"),
      new Role("admin", "系统管理员"));
  static final String ENGINE = "/engine-rest";
  static final String WEBAPP = "/camunda/api/engine/engine/default";
  static final String MATRIX_START = "<!-- authorization-matrix:start -->";
  static final String MATRIX_END = "<!-- authorization-matrix:end -->";

  record Role(String user, String label) {}

  /** One operation: what it does, on which channel, who may, and how to call it for a role on a fixture. */
  record Operation(String channel, String label, Set<String> allowed, boolean freshPerCall,
      Function<AuthorizationMatrixIT, Object> fixture, Call call) {}

  @FunctionalInterface
  interface Call {
    HttpResponse<String> as(AuthorizationMatrixIT it, String user, Object fixture) throws Exception;
  }

  @LocalServerPort int port;
  @Autowired InspectedTasks inspected;
  @Autowired TriggerRecordsForTests triggers;
  @Autowired FreshEnterprises fresh;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  final ObjectMapper json = new ObjectMapper();
  @Autowired ManagementService managementService;
  @Autowired Clock clock;
  final HttpClient client = HttpClient.newHttpClient();
  final Map<String, Http> sessions = new LinkedHashMap<>();

  // ----- fixtures -------------------------------------------------------------------------------------------------

  /** A planned task of 市场监管局 registered by 刘洋, waiting for 张伟's approval. */
  InspectionTask awaitingApproval() {
    return inspected.awaitingApproval(inspected.plannedLoweringFrequency());
  }

  /** A planned task of 市场监管局 approved by 张伟, its window ahead, waiting for the scan-in. */
  InspectionTask approved() {
    return inspected.approvedWithNotice();
  }

  /** A complaint task of today, approved and scanned in by 刘洋: the backfill waits. */
  InspectionTask scannedIn() {
    return inspected.scannedIn().task();
  }

  String approvalTaskId(InspectionTask task) {
    return inspected.approvalOf(task).getId();
  }

  String spine(InspectionTask task) {
    return task.processInstanceId();
  }

  String scanInTimer(InspectionTask task) {
    Job job = managementService.createJobQuery().processInstanceId(spine(task)).timers().singleResult();
    return job.getId();
  }

  String definitionId(String key) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(key).listPage(0, 1).isEmpty()
        ? null : runtimeService.createProcessInstanceQuery().processDefinitionKey(key).listPage(0, 1).get(0)
            .getProcessDefinitionId();
  }

  String registration(String enterprise, String extra) {
    String day = LocalDate.now(clock).toString();
    return """
        {"variables":{"enterpriseCode":{"value":"%s"},"origin":{"value":"TRIGGERED"},"triggerRecord":{"value":"%s"},
         "kind":{"value":"AD_HOC"},"itemCodes":{"value":"SCJG-001"},
         "inspectors":{"value":"liuyang,wangfang"},"windowStart":{"value":"%s"},"windowEnd":{"value":"%s"}%s}}"""
        .formatted(enterprise, triggers.open("liuyang", enterprise, TriggerReason.COMPLAINT), day, day, extra);
  }

  /**
   * 登记检查任务 as Tasklist drives it: the start form with the credit code as keyword, then the fill-task form with the
   * registration fields; answers the first refusal, or the completion of the fill-task form.
   */
  HttpResponse<String> registerByChoosing(String user, String enterprise) throws Exception {
    HttpResponse<String> started = basic(user, "POST", ENGINE + "/process-definition/key/TaskRegistrationProcess/submit-form",
        "{\"variables\":{\"enterpriseKeyword\":{\"value\":\"" + enterprise + "\"}}}");
    if (started.statusCode() >= 300) {
      return started;
    }
    String instance = json.readTree(started.body()).path("id").asText();
    List<Task> fill = taskService.createTaskQuery().processInstanceId(instance).listPage(0, 1);
    if (fill.isEmpty()) {
      return started;
    }
    String day = LocalDate.now(clock).toString();
    String chosen = FillTaskForm.complaint(enterprise,
        triggers.open("liuyang", enterprise, TriggerReason.COMPLAINT), day);
    return basic(user, "POST", ENGINE + "/task/" + fill.get(0).getId() + "/submit-form", chosen);
  }

  // ----- HTTP -------------------------------------------------------------------------------------------------------

  HttpResponse<String> basic(String user, String method, String path, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (!ANONYMOUS.equals(user)) {
      b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
          .getBytes(StandardCharsets.UTF_8)));
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Through Tasklist's engine API with the user's session and CSRF token (anonymous: no session). */
  HttpResponse<String> webapp(String user, String method, String path, String body) {
    Http http = sessions.computeIfAbsent(user, u -> {
      Http h = new Http(port);
      if (!ANONYMOUS.equals(u)) {
        h.webLogin(u, "demo");
      }
      return h;
    });
    return http.webSend(method, WEBAPP + path, body);
  }

  HttpResponse<String> deploy(String user) throws Exception {
    String boundary = "matrix" + System.nanoTime();
    String model = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
          <bpmn:process id="MatrixProbe" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="s"/>
          </bpmn:process>
        </bpmn:definitions>""";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nmatrix\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"probe.bpmn\"\r\n"
        + "Content-Type: application/xml\r\n\r\n" + model + "\r\n--" + boundary + "--\r\n";
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + ENGINE + "/deployment/create"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (!ANONYMOUS.equals(user)) {
      b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
          .getBytes(StandardCharsets.UTF_8)));
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  // ----- the operations -------------------------------------------------------------------------------------------

  static final Set<String> NOBODY = Set.of();
  static final Set<String> ADMIN = Set.of("admin");
  static final Set<String> EVERY_USER = Set.of("liuyang", "lijun", "zhangwei", "sunli", "zhaolei", "zhengkai",
      "huangmin", "admin");

  static List<Operation> operations() {
    List<Operation> ops = new ArrayList<>();
    // our REST API
    ops.add(new Operation("/api", "读取本局检查任务 GET /api/tasks/{id}", Set.of("liuyang", "lijun", "zhangwei", "huangmin", "admin"),
        false, it -> it.approved(), (it, u, t) -> it.basic(u, "GET", "/api/tasks/" + ((InspectionTask) t).id(), null)));
    ops.add(new Operation("/api", "登记市场监管局检查任务 POST /api/tasks", Set.of("liuyang", "lijun", "zhangwei"),
        true, it -> it.fresh.fresh(CreditTier.D).creditCode(), (it, u, e) -> it.basic(u, "POST", "/api/tasks", it.triggers.link("liuyang", """
            {"enterpriseCode":"%s","origin":"TRIGGERED","trigger":"COMPLAINT","triggerDescription":"投诉：门店消防通道堵塞",
             "kind":"AD_HOC","itemCodes":["SCJG-001"],"inspectors":["liuyang","wangfang"],"windowStart":"%s","windowEnd":"%s"}"""
            .formatted(e, LocalDate.now(it.clock), LocalDate.now(it.clock))))));
    ops.add(new Operation("/api", "回填检查结果 POST /api/tasks/{id}/result", Set.of("liuyang"), true, it -> it.scannedIn(),
        (it, u, t) -> it.basic(u, "POST", "/api/tasks/" + ((InspectionTask) t).id() + "/result", """
            {"items":[{"itemCode":"SCJG-001","outcome":"COMPLIANT"}]}""")));
    ops.add(new Operation("/api", "查看被拒绝的操作 GET /api/supervision/refusals", Set.of("huangmin", "admin"), false,
        it -> null, (it, u, x) -> it.basic(u, "GET", "/api/supervision/refusals?limit=1", null)));
    ops.add(new Operation("/api", "录入工作日历 PUT /api/calendar/years/2099", ADMIN, false, it -> null,
        (it, u, x) -> it.basic(u, "PUT", "/api/calendar/years/2099",
            "{\"source\":\"矩阵测试\",\"holidays\":[{\"date\":\"2099-01-01\",\"name\":\"元旦\"}],\"workingDays\":[]}")));
    ops.add(new Operation("/api", "获取企业专属二维码 GET /api/enterprises/{code}/code", ADMIN, false,
        it -> it.fresh.fresh(CreditTier.C).creditCode(),
        (it, u, e) -> it.basic(u, "GET", "/api/enterprises/" + e + "/code", null)));
    ops.add(new Operation("/api", "查看未定位的扫码入企 GET /api/supervision/scans-without-location",
        Set.of("huangmin", "admin"), false, it -> null,
        (it, u, x) -> it.basic(u, "GET", "/api/supervision/scans-without-location?page=0&size=5", null)));
    ops.add(new Operation("/api", "查看流程模型部署记录 GET /api/supervision/model-deployments",
        Set.of("huangmin", "admin"), false, it -> null,
        (it, u, x) -> it.basic(u, "GET", "/api/supervision/model-deployments?limit=5", null)));
    ops.add(new Operation("/api", "用执法人员出示的检查码评议 POST /api/public/inspection-codes/{code}/evaluation", NOBODY,
        false, it -> it.inspected.scannedIn().code(), (it, u, code) -> it.basic(u, "POST",
            "/api/public/inspection-codes/" + code + "/evaluation", "{\"score\":5,\"comment\":\"执法规范\"}")));
    // the generic process API: /engine-rest
    ops.add(new Operation(ENGINE, "查询待办任务 GET /task", EVERY_USER, false, it -> null,
        (it, u, x) -> it.basic(u, "GET", ENGINE + "/task?maxResults=5", null)));
    ops.add(new Operation(ENGINE, "领取负责人审批任务 POST /task/{id}/claim", Set.of("zhangwei", "admin"), true,
        it -> it.approvalTaskId(it.awaitingApproval()),
        (it, u, id) -> it.basic(u, "POST", ENGINE + "/task/" + id + "/claim", "{\"userId\":\"" + u + "\"}")));
    ops.add(new Operation(ENGINE, "按表单审批同意 POST /task/{id}/complete", Set.of("zhangwei"), true,
        it -> it.approvalTaskId(it.awaitingApproval()), (it, u, id) -> it.basic(u, "POST", ENGINE + "/task/" + id
            + "/complete", "{\"variables\":{\"approvalDecision\":{\"value\":\"APPROVE\"}}}")));
    ops.add(new Operation(ENGINE, "审批时夹带表单外字段 taskId POST /task/{id}/complete", NOBODY, true,
        it -> it.approvalTaskId(it.awaitingApproval()), (it, u, id) -> it.basic(u, "POST", ENGINE + "/task/" + id
            + "/complete", "{\"variables\":{\"approvalDecision\":{\"value\":\"APPROVE\"},\"taskId\":{\"value\":1}}}")));
    ops.add(new Operation(ENGINE, "从任务抛出 BPMN 错误 POST /task/{id}/bpmnError", NOBODY, true,
        it -> it.approvalTaskId(it.awaitingApproval()),
        (it, u, id) -> it.basic(u, "POST", ENGINE + "/task/" + id + "/bpmnError", "{\"errorCode\":\"Err_X\"}")));
    ops.add(new Operation(ENGINE, "在 Tasklist 登记任务 POST …/TaskRegistrationProcess/submit-form + POST /task/{id}/submit-form",
        Set.of("liuyang", "lijun", "zhangwei"), true, it -> it.fresh.fresh(CreditTier.D).creditCode(),
        (it, u, e) -> it.registerByChoosing(u, (String) e)));
    ops.add(new Operation(ENGINE, "开始表单夹带 initiator POST …/TaskRegistrationProcess/submit-form", NOBODY, true,
        it -> it.fresh.fresh(CreditTier.D).creditCode(),
        (it, u, e) -> it.basic(u, "POST", ENGINE + "/process-definition/key/TaskRegistrationProcess/submit-form",
            "{\"variables\":{\"enterpriseKeyword\":{\"value\":\"" + e + "\"},\"initiator\":{\"value\":\"zhangwei\"}}}")));
    ops.add(new Operation(ENGINE, "直接发起检查任务主流程 POST /process-definition/key/InspectionTaskProcess/submit-form",
        NOBODY, true, it -> it.fresh.fresh(CreditTier.D).creditCode(),
        (it, u, e) -> it.basic(u, "POST", ENGINE + "/process-definition/key/InspectionTaskProcess/submit-form",
            it.registration((String) e, ""))));
    ops.add(new Operation(ENGINE, "从中间环节启动流程 POST /process-definition/key/…/start (startInstructions)", NOBODY,
        false, it -> it.approved(), (it, u, t) -> it.basic(u, "POST", ENGINE
            + "/process-definition/key/InspectionTaskProcess/start", """
            {"variables":{"taskId":{"value":%d,"type":"Long"}},
             "startInstructions":[{"type":"startBeforeActivity","activityId":"ServiceTask_RecordNotScannedIn"}]}"""
            .formatted(((InspectionTask) t).id()))));
    ops.add(new Operation(ENGINE, "以已有任务编号启动流程 POST …/start (businessKey)", NOBODY, false, it -> it.approved(),
        (it, u, t) -> it.basic(u, "POST", ENGINE + "/process-definition/key/InspectionTaskProcess/start",
            "{\"businessKey\":\"" + ((InspectionTask) t).taskNumber() + "\"}")));
    ops.add(new Operation(ENGINE, "修改流程实例 POST /process-instance/{id}/modification", NOBODY, true,
        it -> it.approved(), (it, u, t) -> it.basic(u, "POST", ENGINE + "/process-instance/" + it.spine((InspectionTask) t)
            + "/modification", "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"ServiceTask_CloseTask\"}]}")));
    ops.add(new Operation(ENGINE, "写入流程变量 PUT /process-instance/{id}/variables/{name}", ADMIN, true,
        it -> it.approved(), (it, u, t) -> it.basic(u, "PUT", ENGINE + "/process-instance/" + it.spine((InspectionTask) t)
            + "/variables/approvalDecision", "{\"value\":\"REFUSE\"}")));
    ops.add(new Operation(ENGINE, "关联入企消息 POST /message", NOBODY, true, it -> it.approved(),
        (it, u, t) -> it.basic(u, "POST", ENGINE + "/message", "{\"messageName\":\"Msg_InspectorScannedIn\","
            + "\"businessKey\":\"" + ((InspectionTask) t).taskNumber() + "\"}")));
    ops.add(new Operation(ENGINE, "触发信号 POST /signal", ADMIN, false, it -> null,
        (it, u, x) -> it.basic(u, "POST", ENGINE + "/signal", "{\"name\":\"Sig_MatrixProbe\"}")));
    ops.add(new Operation(ENGINE, "挂起流程实例 PUT /process-instance/{id}/suspended", ADMIN, true, it -> it.approved(),
        (it, u, t) -> it.basic(u, "PUT", ENGINE + "/process-instance/" + it.spine((InspectionTask) t) + "/suspended",
            "{\"suspended\":true}")));
    ops.add(new Operation(ENGINE, "删除流程实例 DELETE /process-instance/{id}", ADMIN, true, it -> it.approved(),
        (it, u, t) -> it.basic(u, "DELETE", ENGINE + "/process-instance/" + it.spine((InspectionTask) t), null)));
    ops.add(new Operation(ENGINE, "提前执行入企期限定时器 POST /job/{id}/execute", NOBODY, true,
        it -> it.scanInTimer(it.approved()), (it, u, id) -> it.basic(u, "POST", ENGINE + "/job/" + id + "/execute", null)));
    ops.add(new Operation(ENGINE, "改动定时器到期时间 PUT /job/{id}/duedate", ADMIN, true,
        it -> it.scanInTimer(it.approved()), (it, u, id) -> it.basic(u, "PUT", ENGINE + "/job/" + id + "/duedate",
            "{\"duedate\":\"2020-01-01T00:00:00.000+0800\"}")));
    ops.add(new Operation(ENGINE, "部署流程模型 POST /deployment/create", ADMIN, false, it -> null,
        (it, u, x) -> it.deploy(u)));
    // Tasklist's own engine API (session and CSRF token)
    ops.add(new Operation("Tasklist", "按表单审批同意 POST …/task/{id}/submit-form", Set.of("zhangwei"), true,
        it -> it.approvalTaskId(it.awaitingApproval()), (it, u, id) -> it.webapp(u, "POST", "/task/" + id
            + "/submit-form", "{\"variables\":{\"approvalDecision\":{\"value\":\"APPROVE\"}}}")));
    ops.add(new Operation("Tasklist", "审批时夹带表单外字段 POST …/task/{id}/submit-form", NOBODY, true,
        it -> it.approvalTaskId(it.awaitingApproval()), (it, u, id) -> it.webapp(u, "POST", "/task/" + id
            + "/submit-form", "{\"variables\":{\"approvalDecision\":{\"value\":\"APPROVE\"},\"emergency\":{\"value\":true}}}")));
    ops.add(new Operation("Tasklist", "修改流程实例 POST …/process-instance/{id}/modification", NOBODY, true,
        it -> it.approved(), (it, u, t) -> it.webapp(u, "POST", "/process-instance/" + it.spine((InspectionTask) t)
            + "/modification", "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"ServiceTask_CloseTask\"}]}")));
    ops.add(new Operation("Tasklist", "写入流程变量 PUT …/process-instance/{id}/variables/{name}", ADMIN, true,
        it -> it.approved(), (it, u, t) -> it.webapp(u, "PUT", "/process-instance/" + it.spine((InspectionTask) t)
            + "/variables/emergency", "{\"value\":true,\"type\":\"Boolean\"}")));
    ops.add(new Operation("Tasklist", "从任务抛出 BPMN 错误 POST …/task/{id}/bpmnError", NOBODY, true,
        it -> it.approvalTaskId(it.awaitingApproval()),
        (it, u, id) -> it.webapp(u, "POST", "/task/" + id + "/bpmnError", "{\"errorCode\":\"Err_X\"}")));
    return ops;
  }

  @Test
  @DisplayName("R-IG-1 R-IG-2 R-IG-3 R-IG-4 the authorization matrix: every role against every operation on our records, 0 unexpected allows, no 5xx")
  void matrix() throws Exception {
    List<Operation> operations = operations();
    List<String> rows = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    int cells = 0;
    for (Operation op : operations) {
      Object shared = op.freshPerCall() ? null : op.fixture().apply(this);
      StringBuilder row = new StringBuilder("| " + op.channel() + " | " + op.label() + " |");
      for (Role role : ROLES) {
        Object fixture = op.freshPerCall() ? op.fixture().apply(this) : shared;
        HttpResponse<String> r = op.call().as(this, role.user(), fixture);
        int status = r.statusCode();
        boolean allowed = status >= 200 && status < 300;
        boolean expected = op.allowed().contains(role.user());
        cells++;
        if (allowed != expected || status >= 500) {
          wrong.add(op.label() + " as " + role.user() + ": expected " + (expected ? "allow" : "refusal") + ", got "
              + status + " " + abbreviate(r.body()));
        }
        row.append(' ').append(allowed ? "✓" : "✗").append(' ').append(status).append(" |");
      }
      rows.add(row.toString());
    }

    assertThat(cells).isGreaterThanOrEqualTo(150);
    if (TestDatabase.DATABASE.equals("h2")) {
      write(rows, cells);
    }
    assertThat(wrong).as("unexpected cells of the authorization matrix").isEmpty();
  }

  private static String abbreviate(String body) {
    return body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "…" : body;
  }

  /** Writes the measured table into docs/security.md between its markers. */
  private static void write(List<String> rows, int cells) throws IOException {
    Path doc = Path.of("docs/security.md");
    if (!Files.exists(doc)) {
      return;
    }
    StringBuilder table = new StringBuilder(MATRIX_START).append("\n")
        .append("Measured by `AuthorizationMatrixIT` (").append(cells).append(" cells; ✓ = 2xx, ✗ = refused, with the")
        .append(" HTTP status).\n\n| channel | operation |");
    ROLES.forEach(r -> table.append(' ').append(r.label()).append(" (`").append(r.user()).append("`) |"));
    table.append("\n|---|---|");
    ROLES.forEach(r -> table.append("---|"));
    table.append('\n');
    rows.forEach(r -> table.append(r).append('\n'));
    table.append(MATRIX_END);
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    int start = text.indexOf(MATRIX_START);
    int end = text.indexOf(MATRIX_END);
    if (start < 0 || end < 0) {
      return;
    }
    String updated = text.substring(0, start) + table + text.substring(end + MATRIX_END.length());
    if (!updated.equals(text)) {
      Files.writeString(doc, updated, StandardCharsets.UTF_8);
    }
  }
}
