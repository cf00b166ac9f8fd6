package cn.lawfulinspection.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.identity.RunAs;
import cn.lawfulinspection.plan.InspectionPlan;
import cn.lawfulinspection.plan.PlanService;
import cn.lawfulinspection.plan.PlanType;
import cn.lawfulinspection.qr.CodeKind;
import cn.lawfulinspection.qr.CodePayload;
import cn.lawfulinspection.qr.SignedCode;
import cn.lawfulinspection.support.Api;
import cn.lawfulinspection.support.FreshEnterprises;
import cn.lawfulinspection.support.TriggerRecordsForTests;
import cn.lawfulinspection.task.TriggerReason;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;

/**
 * The people of a scenario and what they do, through the application's own doors: REST and the public pages over
 * HTTP (an inspector's phone sends its User-Agent), Tasklist steps through the engine's TaskService as the
 * logged-in user (what the Camunda forms do), due timers executed by activity id. Also the reads a scenario asserts
 * on: where the processes wait, the task's trace, the refusal log.
 */
final class ScenarioDriver {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  static final String PHONE = "ScenarioIT phone";
  private static final Pattern LINK = Pattern.compile("/public/verify\\.html\\?c=([A-Za-z0-9_.-]+)");

  final ObjectMapper json = new ObjectMapper();
  private final Api api;
  private final RunAs runAs;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final ManagementService managementService;
  private final FreshEnterprises freshEnterprises;
  private final PlanService plans;
  private final TriggerRecordsForTests triggers;
  private final SignedCode signer;
  private final Clock clock;

  ScenarioDriver(ApplicationContext context, int port) {
    this.api = new Api(port, PHONE);
    this.runAs = context.getBean(RunAs.class);
    this.taskService = context.getBean(TaskService.class);
    this.runtimeService = context.getBean(RuntimeService.class);
    this.historyService = context.getBean(HistoryService.class);
    this.managementService = context.getBean(ManagementService.class);
    this.freshEnterprises = context.getBean(FreshEnterprises.class);
    this.plans = context.getBean(PlanService.class);
    this.signer = context.getBean(SignedCode.class);
    this.clock = context.getBean(Clock.class);
    this.triggers = context.getBean(TriggerRecordsForTests.class);
  }

  // ---- HTTP

  /** A call as a demo user (HTTP Basic, password demo), or anonymously for {@code user == null}. */
  HttpResponse<String> call(String user, String method, String path, Object body) throws Exception {
    return api.call(user, method, path,
        body == null ? null : body instanceof String text ? text : json.writeValueAsString(linked(user, path, body)));
  }

  /**
   * R-TK-10: a triggered registration ({@code POST /api/tasks}) without a trigger record links a new record of the
   * registrant's agency, registered first as the clerk would (with the urgency of an emergency, R-TK-4).
   */
  @SuppressWarnings("unchecked")
  private Object linked(String user, String path, Object body) {
    if ("/api/tasks".equals(path) && user != null && body instanceof Map<?, ?> map) {
      return triggers.link(user, (Map<String, Object>) map);
    }
    return body;
  }

  /** A new open trigger record of the user's agency about the enterprise (R-TK-10); its number. */
  String triggerRecord(String user, String enterpriseCode, TriggerReason kind) {
    return triggers.open(user, enterpriseCode, kind);
  }

  /** The call must answer {@code status}; its JSON body. */
  JsonNode expect(int status, HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return response.body().isBlank() ? json.nullNode() : json.readTree(response.body());
  }

  /** The call must be refused as a 422 problem (RFC 9457) of the rule, with a Chinese detail; the problem. */
  JsonNode refused(HttpResponse<String> response, String ruleId) throws Exception {
    JsonNode problem = expect(422, response);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(problem.path("ruleId").asText()).as(response.body()).isEqualTo(ruleId);
    assertThat(problem.path("detail").asText()).containsPattern("\\p{IsHan}");
    return problem;
  }

  /** An anonymous read of the enterprise's page through the inspection code ({@code ""} = the verification). */
  JsonNode publicRead(String code, String what) throws Exception {
    return expect(200, call(null, "GET", publicPath(code, what), null));
  }

  static String publicPath(String code, String what) {
    return "/api/public/inspection-codes/" + URLEncoder.encode(code, StandardCharsets.UTF_8)
        + (what.isEmpty() ? "" : "/" + what);
  }

  // ---- data a scenario starts from

  /** Today by the platform clock (inspection.clock.start moves it: .ci/test runs the scenarios under several dates). */
  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** A C or D enterprise off the white list (room for tasks), without any task, not handed out before. */
  Enterprise freshEnterprise() {
    return freshEnterprises.fresh(CreditTier.D);
  }

  /** scjg's filed annual plan of this year (demo data). */
  InspectionPlan annualPlan() {
    return plans.list(today().getYear(), "scjg", null).stream()
        .filter(p -> p.type() == PlanType.ANNUAL && p.filedVersion().isPresent()).findFirst().orElseThrow();
  }

  /** The enterprise's own code (企业专属二维码, its poster), genuine for 30 days. */
  String enterpriseCode(String creditCode) {
    return signer.sign(new CodePayload(CodeKind.ENTERPRISE, creditCode, clock.instant().plus(Duration.ofDays(60))));
  }

  /** A registration body for {@code POST /api/tasks}; the caller adds origin, plan or trigger, kind, window. */
  static Map<String, Object> registration(String enterpriseCode, List<String> items, LocalDate start,
      Map<String, Object> more) {
    Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("enterpriseCode", enterpriseCode,
        "itemCodes", items, "inspectors", List.of("liuyang", "wangfang"), "windowStart", start.toString(),
        "windowEnd", start.toString()));
    body.putAll(more);
    return body;
  }

  /** The code in the verification link of the last message to the enterprise whose log line contains {@code marker}. */
  static String linkIn(String log, String marker) {
    String line = log.lines().filter(l -> l.contains(marker)).reduce((a, b) -> b).orElseThrow(
        () -> new AssertionError("no message " + marker + " in the log"));
    Matcher m = LINK.matcher(line);
    assertThat(m.find()).as(line).isTrue();
    return m.group(1);
  }

  // ---- Tasklist

  /** The open user task of the process tree of the business key (task number), the only one with that key. */
  Task userTask(String businessKey, String taskKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
        .singleResult();
  }

  /** The user claims (if nobody has) and completes the task in Tasklist, as its form does. */
  void complete(String user, String businessKey, String taskKey, Map<String, Object> variables) {
    Task t = userTask(businessKey, taskKey);
    assertThat(t).as("open task " + taskKey + " of " + businessKey).isNotNull();
    runAs.as(user, () -> {
      assertThat(taskService.createTaskQuery().taskId(t.getId()).count()).as(user + " sees " + taskKey).isOne();
      if (t.getAssignee() == null) {
        taskService.claim(t.getId(), user);
      }
      taskService.complete(t.getId(), variables);
    });
  }

  /** The candidate groups of the open user task. */
  List<String> candidateGroups(String businessKey, String taskKey) {
    return taskService.getIdentityLinksForTask(userTask(businessKey, taskKey).getId()).stream()
        .filter(l -> l.getGroupId() != null).map(l -> l.getGroupId()).toList();
  }

  // ---- processes

  /** The (running or ended) instance of the process with this key for the business key. */
  HistoricProcessInstance instance(String processKey, String businessKey) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(businessKey).singleResult();
  }

  /** The running instance of the process with this key for the business key, for camunda-bpm-assert. */
  ProcessInstance running(String processKey, String businessKey) {
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(businessKey).singleResult();
    assertThat(pi).as(processKey + " of " + businessKey + " running").isNotNull();
    return pi;
  }

  /** Executes the due timer job(s) of the activity in the business key's processes, as the job executor would. */
  void fireTimer(String businessKey, String activityId) {
    List<Job> jobs = new ArrayList<>();
    runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()
        .forEach(pi -> jobs.addAll(managementService.createJobQuery().processInstanceId(pi.getId()).timers()
            .activityId(activityId).list()));
    assertThat(jobs).as("timer " + activityId + " of " + businessKey).isNotEmpty();
    jobs.forEach(j -> managementService.executeJob(j.getId()));
  }

  // ---- what the task says

  /** The task as its agency reads it over REST ({@code GET /api/tasks/{id}}, with warnings and trace). */
  JsonNode task(long id) throws Exception {
    return expect(200, call("zhangwei", "GET", "/api/tasks/" + id, null));
  }

  /** The trace (R-SC-4) as "ACTION@CHANNEL", in order. */
  List<String> trace(long id) throws Exception {
    List<String> steps = new ArrayList<>();
    task(id).path("trace").forEach(e -> steps.add(e.path("action").asText() + "@" + e.path("channel").asText()));
    return steps;
  }

  /** The newest refusals as the justice bureau (黄敏) reads them ({@code GET /api/supervision/refusals}). */
  JsonNode refusalLog() throws Exception {
    return expect(200, call("huangmin", "GET", "/api/supervision/refusals?limit=100", null));
  }

  /** Whether the refusal log holds an entry of the rule for the user (any for null) newer than {@code sinceId}. */
  boolean logged(long sinceId, String ruleId, String userId) throws Exception {
    for (JsonNode r : refusalLog()) {
      if (r.path("id").asLong() > sinceId && ruleId.equals(r.path("ruleId").asText())
          && (userId == null || userId.equals(r.path("userId").asText()))) {
        return true;
      }
    }
    return false;
  }

  /** The id of the newest refusal (0 when none), to tell the refusals a step adds. */
  long lastRefusalId() throws Exception {
    JsonNode log = refusalLog();
    return log.isEmpty() ? 0 : log.get(0).path("id").asLong();
  }
}
