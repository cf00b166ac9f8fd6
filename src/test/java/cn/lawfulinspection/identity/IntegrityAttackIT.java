package cn.lawfulinspection.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.plan.InspectionPlan;
import cn.lawfulinspection.plan.PlanService;
import cn.lawfulinspection.plan.PlanStatus;
import cn.lawfulinspection.plan.PlanVersion;
import cn.lawfulinspection.rectification.RectificationService;
import cn.lawfulinspection.rectification.RectificationStatus;
import cn.lawfulinspection.result.ItemOutcome;
import cn.lawfulinspection.result.ResultService;
import cn.lawfulinspection.result.ResultSubmission;
import cn.lawfulinspection.support.FillTaskForm;
import cn.lawfulinspection.support.FreshEnterprises;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.support.TriggerRecordsForTests;
import cn.lawfulinspection.task.InspectedTasks;
import cn.lawfulinspection.task.InspectionKind;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.TaskOrigin;
import cn.lawfulinspection.task.TaskRequest;
import cn.lawfulinspection.task.TaskStatus;
import cn.lawfulinspection.task.TriggerReason;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every attack issue 7 found on the platform, replayed over HTTP against the running application: through
 * {@code /engine-rest} and Tasklist's own engine API, a user who holds an account tries to move records that are not
 * his to move. Each is refused with a problem naming the rule, and the record is as it was (R-IG-1..R-IG-4, R-IG-6).
 */
@IntegrationTest
class IntegrityAttackIT {

  static final String TASK_PROCESS = "/engine-rest/process-definition/key/InspectionTaskProcess";
  static final String REGISTRATION = "/engine-rest/process-definition/key/TaskRegistrationProcess";

  @LocalServerPort int port;
  @Autowired InspectedTasks inspected;
  @Autowired TriggerRecordsForTests triggers;
  @Autowired InspectionTaskService tasks;
  @Autowired PlanService plans;
  @Autowired FreshEnterprises fresh;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ResultService results;
  @Autowired RectificationService rectifications;
  @Autowired RunAs runAs;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;
  final ObjectMapper json = new ObjectMapper();
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  long spines() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("InspectionTaskProcess").count();
  }

  List<String> actorsOf(InspectionTask task) {
    return tasks.get(task.id()).trace().stream().map(InspectionTask.TraceEntry::actor).toList();
  }

  JsonNode body(HttpResponse<String> response) throws Exception {
    return json.readTree(response.body());
  }

  @Test
  @DisplayName("R-IG-4 R-IG-3 another agency's inspector cannot end an approved task with a start instruction before 报告逾期未入企")
  void startInstructionRefused() throws Exception {
    InspectionTask task = inspected.approvedWithNotice();
    long before = spines();
    String attack = """
        {"variables":{"taskId":{"value":%d,"type":"Long"}},
         "startInstructions":[{"type":"startBeforeActivity","activityId":"ServiceTask_RecordNotScannedIn"}]}"""
        .formatted(task.id());

    HttpResponse<String> sunli = http.postJsonAs("sunli", TASK_PROCESS + "/start", attack);

    assertThat(sunli.statusCode()).isEqualTo(403);
    assertThat(body(sunli).path("ruleId").asText()).isIn("R-IG-3", "R-IG-4");
    assertThat(body(sunli).path("detail").asText()).contains("R-IG-");
    assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.APPROVED);
    assertThat(actorsOf(task)).doesNotContain("sunli");
    assertThat(spines()).isEqualTo(before);

    // an administrator may use start instructions, but a process started so is bound to no task: it moves nothing
    HttpResponse<String> admin = http.postJsonAs("admin", TASK_PROCESS + "/start", attack);
    assertThat(admin.statusCode()).isEqualTo(422);
    assertThat(body(admin).path("ruleId").asText()).isEqualTo("R-IG-3");
    assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.APPROVED);
    assertThat(spines()).isEqualTo(before);
  }

  @Test
  @DisplayName("R-IG-2 R-IG-4 an inspector cannot file and publish another agency's plan in the justice bureau's name")
  void planFilingInAnotherNameRefused() throws Exception {
    InspectionPlan plan = plans.list(null, "sthj", null).stream()
        .filter(p -> p.latestVersion().status() == PlanStatus.APPROVED).findFirst().orElseThrow();
    PlanVersion waiting = plan.latestVersion();
    String attack = """
        {"variables":{"planId":{"value":%d,"type":"Long"},"planVersion":{"value":%d,"type":"Integer"},
                      "filedBy":{"value":"huangmin"}},
         "startInstructions":[{"type":"startBeforeActivity","activityId":"ServiceTask_PublishPlan"}]}"""
        .formatted(plan.id(), waiting.version());

    HttpResponse<String> liuyang = http.postJsonAs("liuyang",
        "/engine-rest/process-definition/key/InspectionPlanProcess/start", attack);
    HttpResponse<String> admin = http.postJsonAs("admin",
        "/engine-rest/process-definition/key/InspectionPlanProcess/start", attack);

    assertThat(liuyang.statusCode()).isEqualTo(403);
    assertThat(admin.statusCode()).isEqualTo(422);
    assertThat(body(admin).path("ruleId").asText()).isEqualTo("R-IG-3");
    PlanVersion after = plans.get(plan.id()).version(waiting.version()).orElseThrow();
    assertThat(after.status()).isEqualTo(PlanStatus.APPROVED);
    assertThat(after.filedBy()).isNull();
    assertThat(after.publishedAt()).isNull();
  }

  @Test
  @DisplayName("R-IG-3 a head completing his own approval cannot re-point it at another agency's task; R-IG-1 nor approve that task himself")
  void crossAgencyApprovalRefused() throws Exception {
    InspectionTask scjg = inspected.awaitingApproval(inspected.plannedLoweringFrequency());
    InspectionTask yjgl = runAs.as("sunli", () -> inspected.registerFor(triggers.link("sunli", new TaskRequest(
        fresh.fresh(CreditTier.D).creditCode(), TaskOrigin.TRIGGERED, null, null, null, TriggerReason.COMPLAINT,
        "投诉：仓库消防通道堵塞", InspectionKind.AD_HOC, List.of("YJGL-001"), List.of("sunli", "zhouqiang"),
        LocalDate.now(clock), LocalDate.now(clock), false, false, null))));
    Task own = inspected.approvalOf(yjgl);
    assertThat(http.postJsonAs("zhaolei", "/engine-rest/task/" + own.getId() + "/claim", "{\"userId\":\"zhaolei\"}")
        .statusCode()).isEqualTo(204);

    HttpResponse<String> repointed = http.postJsonAs("zhaolei", "/engine-rest/task/" + own.getId() + "/complete", """
        {"variables":{"approvalDecision":{"value":"APPROVE"},"taskId":{"value":%d,"type":"Long"}}}"""
        .formatted(scjg.id()));
    HttpResponse<String> direct = http.postJsonAs("zhaolei",
        "/engine-rest/task/" + inspected.approvalOf(scjg).getId() + "/complete",
        "{\"variables\":{\"approvalDecision\":{\"value\":\"APPROVE\"}}}");

    assertThat(repointed.statusCode()).isEqualTo(403);
    assertThat(body(repointed).path("ruleId").asText()).isEqualTo("R-IG-3");
    assertThat(body(repointed).path("detail").asText()).contains("taskId");
    assertThat(direct.statusCode()).isIn(403, 404);
    assertThat(tasks.get(scjg.id()).status()).isEqualTo(TaskStatus.AWAITING_APPROVAL);
    assertThat(tasks.get(yjgl.id()).status()).isEqualTo(TaskStatus.AWAITING_APPROVAL);

    // the head's own task, with the form's fields only, goes through
    HttpResponse<String> fair = http.postJsonAs("zhaolei", "/engine-rest/task/" + own.getId() + "/complete",
        "{\"variables\":{\"approvalDecision\":{\"value\":\"APPROVE\"}}}");
    assertThat(fair.statusCode()).isEqualTo(204);
    assertThat(tasks.get(yjgl.id()).status()).isEqualTo(TaskStatus.APPROVED);
    assertThat(tasks.get(yjgl.id()).decidedBy()).isEqualTo("zhaolei");
  }

  @Test
  @DisplayName("R-IG-3 a head completing his own plan approval cannot re-point it at another agency's plan")
  void crossAgencyPlanApprovalRefused() throws Exception {
    InspectionPlan sthj = plans.list(null, "sthj", null).stream()
        .filter(p -> p.latestVersion().status() == PlanStatus.APPROVED).findFirst().orElseThrow();
    InspectionPlan own = plans.list(null, "scjg", null).stream()
        .filter(p -> p.latestVersion().status() == PlanStatus.SUBMITTED).findFirst().orElseThrow();
    Task approval = taskService.createTaskQuery().processInstanceId(own.latestVersion().processInstanceId())
        .taskDefinitionKey("UserTask_ApprovePlan").singleResult();
    http.postJsonAs("zhangwei", "/engine-rest/task/" + approval.getId() + "/claim", "{\"userId\":\"zhangwei\"}");

    HttpResponse<String> repointed = http.postJsonAs("zhangwei", "/engine-rest/task/" + approval.getId()
        + "/complete", """
        {"variables":{"headDecision":{"value":"APPROVE"},"planId":{"value":%d,"type":"Long"},
                      "planVersion":{"value":%d,"type":"Integer"}}}"""
        .formatted(sthj.id(), sthj.latestVersion().version()));

    assertThat(repointed.statusCode()).isEqualTo(403);
    assertThat(body(repointed).path("ruleId").asText()).isEqualTo("R-IG-3");
    assertThat(plans.get(sthj.id()).latestVersion().status()).isEqualTo(PlanStatus.APPROVED);
    assertThat(plans.get(own.id()).latestVersion().status()).isEqualTo(PlanStatus.SUBMITTED);
  }

  @Test
  @DisplayName("R-IG-4 an inspector cannot skip his head's approval by starting a spine with emergency=true for his task")
  void emergencyFlagCannotSkipApproval() throws Exception {
    InspectionTask task = inspected.awaitingApproval(inspected.plannedLoweringFrequency());
    long before = spines();

    HttpResponse<String> start = http.postJsonAs("liuyang", TASK_PROCESS + "/start", """
        {"variables":{"taskId":{"value":%d,"type":"Long"},"emergency":{"value":true,"type":"Boolean"}}}"""
        .formatted(task.id()));
    HttpResponse<String> withKey = http.postJsonAs("liuyang", TASK_PROCESS + "/start", """
        {"businessKey":"%s","variables":{"emergency":{"value":true,"type":"Boolean"}}}""".formatted(task.taskNumber()));

    assertThat(start.statusCode()).isEqualTo(403);
    assertThat(withKey.statusCode()).isEqualTo(403);
    assertThat(body(withKey).path("ruleId").asText()).isEqualTo("R-IG-3");
    assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.AWAITING_APPROVAL);
    assertThat(spines()).isEqualTo(before);
  }

  @Test
  @DisplayName("R-IG-4 no inspector closes a rectification as 整改到位 by throwing a BPMN error from the verification task")
  void bpmnErrorFromUserTaskRefused() throws Exception {
    InspectionTask task = inspected.scannedIn().task();
    runAs.as("liuyang", () -> results.backfill(task.id(), new ResultSubmission(List.of(new ResultSubmission.Entry(
        "SCJG-001", ItemOutcome.PROBLEM_FOUND, "冷藏设备温度超标", false, List.of())),
        LocalDate.now(clock).plusDays(10), null), "liuyang"));
    rectifications.report(task.id(), "已维修冷藏设备并校准温控。", List.of("维修单"), "IntegrityAttackIT phone");
    Task verify = taskService.createTaskQuery().processInstanceBusinessKey(task.taskNumber())
        .taskDefinitionKey("UserTask_VerifyRectification").singleResult();
    String attack = """
        {"errorCode":"Err_Rectified","variables":{"followUpOutcome":{"value":"RECTIFIED"}}}""";

    for (String user : List.of("lijun", "liuyang")) {
      HttpResponse<String> thrown = http.postJsonAs(user, "/engine-rest/task/" + verify.getId() + "/bpmnError", attack);
      assertThat(thrown.statusCode()).as(user).isEqualTo(403);
      assertThat(body(thrown).path("ruleId").asText()).isEqualTo("R-IG-4");
    }
    HttpResponse<String> escalation = http.postJsonAs("liuyang", "/engine-rest/task/" + verify.getId()
        + "/bpmnEscalation", "{\"escalationCode\":\"Esc_Done\"}");
    assertThat(escalation.statusCode()).isEqualTo(403);

    assertThat(rectifications.of(task.id()).orElseThrow().status()).isEqualTo(RectificationStatus.REPORTED);
    assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.RECTIFYING);
    assertThat(taskService.createTaskQuery().taskId(verify.getId()).count()).isEqualTo(1);
  }

  @Test
  @DisplayName("R-IG-2 R-IG-3 R-IG-4 a start variable 'initiator' cannot register a task in someone else's name, the spine cannot be started directly; 登记检查任务's forms register it as the caller")
  void initiatorCannotBeNamed() throws Exception {
    String enterprise = fresh.fresh(CreditTier.D).creditCode();
    String today = LocalDate.now(clock).toString();

    HttpResponse<String> named = http.postJsonAs("liuyang", REGISTRATION + "/submit-form",
        "{\"variables\":{\"enterpriseKeyword\":{\"value\":\"" + enterprise + "\"},\"initiator\":{\"value\":\"zhangwei\"}}}");
    assertThat(named.statusCode()).isEqualTo(403);
    assertThat(body(named).path("detail").asText()).contains("initiator");
    HttpResponse<String> direct = http.postJsonAs("liuyang", TASK_PROCESS + "/submit-form", """
        {"variables":{"enterpriseCode":{"value":"%s"},"origin":{"value":"TRIGGERED"},"triggerReason":{"value":"COMPLAINT"},
         "triggerDescription":{"value":"投诉：销售过期食品"},"kind":{"value":"AD_HOC"},"itemCodes":{"value":"SCJG-001"},
         "inspectors":{"value":"liuyang,wangfang"},"windowStart":{"value":"%s"},"windowEnd":{"value":"%s"}}}"""
        .formatted(enterprise, today, today));
    assertThat(direct.statusCode()).isEqualTo(403);
    assertThat(body(direct).path("ruleId").asText()).isEqualTo("R-IG-4");
    assertThat(tasks.ofEnterprise(enterprise, null)).isEmpty();

    Task fill = fillTask("liuyang", enterprise);
    HttpResponse<String> fair = http.postJsonAs("liuyang", "/engine-rest/task/" + fill.getId() + "/submit-form",
        FillTaskForm.complaint(enterprise,
        triggers.open("liuyang", enterprise, TriggerReason.COMPLAINT), today));
    assertThat(fair.statusCode()).as(fair.body()).isEqualTo(204);
    assertThat(tasks.ofEnterprise(enterprise, null)).singleElement()
        .satisfies(t -> assertThat(t.registeredBy()).isEqualTo("liuyang"));
  }

  /** 登记检查任务 started by {@code user} with the credit code as keyword: its fill-task form, waiting. */
  Task fillTask(String user, String enterprise) throws Exception {
    HttpResponse<String> started = http.postJsonAs(user, REGISTRATION + "/submit-form",
        "{\"variables\":{\"enterpriseKeyword\":{\"value\":\"" + enterprise + "\"}}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    return taskService.createTaskQuery().processInstanceId(body(started).path("id").asText()).singleResult();
  }

  @Test
  @DisplayName("R-IG-3 registering a task for a plan that does not exist answers a 4xx problem, not a server error, in /engine-rest and in Tasklist; the form stays open")
  void startForMissingRecordIs4xx() throws Exception {
    String enterprise = fresh.fresh(CreditTier.D).creditCode();
    String day = LocalDate.now(clock).plusDays(20).toString();
    String form = """
        {"variables":{"searchAgain":{"value":false},"enterpriseCode":{"value":"%s"},"origin":{"value":"PLANNED"},
         "planNumber":{"value":"JH-SCJG-1999-999"},"kind":{"value":"ROUTINE"},"itemCodes":{"value":"[\\"SCJG-001\\"]","type":"Json"},
         "inspectors":{"value":"[\\"scjg-002\\",\\"scjg-003\\"]","type":"Json"},"windowStart":{"value":"%s"},"windowEnd":{"value":"%s"},
         "emergency":{"value":false},"surprise":{"value":false}}}""".formatted(enterprise, day, day);
    Task fill = fillTask("liuyang", enterprise);

    HttpResponse<String> rest = http.postJsonAs("liuyang", "/engine-rest/task/" + fill.getId() + "/submit-form", form);
    http.webLogin("liuyang", "demo");
    HttpResponse<String> tasklist = http.webPost("/camunda/api/engine/engine/default/task/" + fill.getId()
        + "/submit-form", form, true);

    assertThat(rest.statusCode()).isEqualTo(422);
    assertThat(body(rest).path("ruleId").asText()).isEqualTo("R-TK-1");
    assertThat(tasklist.statusCode()).isEqualTo(422);
    assertThat(body(tasklist).path("detail").asText()).contains("JH-SCJG-1999-999");
    assertThat(tasks.ofEnterprise(enterprise, null)).isEmpty();
    assertThat(taskService.createTaskQuery().taskId(fill.getId()).count()).isOne();
  }

  @Test
  @DisplayName("R-IG-6 a head who registered a task cannot approve it himself, in Tasklist or /engine-rest: a 422 problem, not a server error")
  void headCannotApproveOwnRegistration() throws Exception {
    InspectionTask own = runAs.as("zhangwei", () -> inspected.registerFor(inspected.plannedLoweringFrequency()));
    Task approval = inspected.approvalOf(own);
    http.webLogin("zhangwei", "demo");
    http.webPost("/camunda/api/engine/engine/default/task/" + approval.getId() + "/claim",
        "{\"userId\":\"zhangwei\"}", true);

    HttpResponse<String> tasklist = http.webPost("/camunda/api/engine/engine/default/task/" + approval.getId()
        + "/submit-form", "{\"variables\":{\"approvalDecision\":{\"value\":\"APPROVE\"}}}", true);
    HttpResponse<String> rest = http.postJsonAs("zhangwei", "/engine-rest/task/" + approval.getId() + "/complete",
        "{\"variables\":{\"approvalDecision\":{\"value\":\"APPROVE\"}}}");

    for (HttpResponse<String> r : List.of(tasklist, rest)) {
      assertThat(r.statusCode()).isEqualTo(422);
      assertThat(body(r).path("ruleId").asText()).isEqualTo("R-IG-6");
    }
    assertThat(tasks.get(own.id()).status()).isEqualTo(TaskStatus.AWAITING_APPROVAL);
    assertThat(jdbc.queryForObject("select count(*) from insp_refusal_log where rule_id = 'R-IG-6' and user_id = 'zhangwei'",
        Integer.class)).isGreaterThanOrEqualTo(2);
  }
}
