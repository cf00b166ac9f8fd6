package cn.lawfulinspection.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.support.TriggerRecordsForTests;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Registration and approval through REST: 刘洋 registers over {@code /api/tasks}, 张伟 approves over
 * {@code /engine-rest}, 赵磊 (yjgl) cannot; an emergency with a late post-hoc approval reaches the justice bureau. Runs on H2 and on MariaDB ({@code -Dit.database=mariadb}).
 */
@IntegrationTest
class InspectionTaskIT {

  @LocalServerPort int port;
  @Autowired TaskFixtures fx;
  @Autowired TriggerRecordsForTests triggers;
  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService managementService;
  final HttpClient http = HttpClient.newHttpClient();
  final ObjectMapper json = new ObjectMapper();

  HttpResponse<String> call(String user, String method, String path, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
            .getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  String complaint(String enterprise, LocalDate day) {
    return triggers.link("liuyang", """
        {"enterpriseCode":"%s","origin":"TRIGGERED","trigger":"COMPLAINT","triggerDescription":"投诉：𠮷祥饭店后厨卫生差",
         "kind":"AD_HOC","itemCodes":["SCJG-001"],"inspectors":["liuyang","wangfang"],
         "windowStart":"%s","windowEnd":"%s"}""".formatted(enterprise, day, day));
  }

  @Test
  @DisplayName("R-TK-2 R-TK-3 R-SC-4 registered over REST (201 with warning), approved by zhangwei over engine-rest, not by zhaolei; trace readable")
  void registerAndApprove() throws Exception {
    String enterprise = fx.fresh(CreditTier.D).creditCode();
    HttpResponse<String> created = call("liuyang", "POST", "/api/tasks", complaint(enterprise, fx.today().plusDays(1)));
    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode task = json.readTree(created.body());
    assertThat(task.path("warnings").get(0).path("ruleId").asText()).isEqualTo("R-TK-2");
    assertThat(task.path("status").asText()).isEqualTo("AWAITING_APPROVAL");
    String number = task.path("taskNumber").asText();

    HttpResponse<String> listed = call("zhangwei", "GET",
        "/engine-rest/task?firstResult=0&maxResults=50&processInstanceBusinessKey=" + number, null);
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    JsonNode tasks = json.readTree(call("zhangwei", "GET",
        "/engine-rest/task?firstResult=0&maxResults=50&processInstanceBusinessKey=" + number, null).body());
    assertThat(tasks).hasSize(1);
    String taskId = tasks.get(0).path("id").asText();
    assertThat(tasks.get(0).path("name").asText()).isEqualTo("审批检查方案");

    assertThat(json.readTree(call("zhaolei", "GET", "/engine-rest/task?firstResult=0&maxResults=50&processInstanceBusinessKey=" + number, null)
        .body())).isEmpty();
    assertThat(call("zhaolei", "POST", "/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"zhaolei\"}")
        .statusCode()).isEqualTo(403);

    assertThat(call("zhangwei", "POST", "/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"zhangwei\"}")
        .statusCode()).isEqualTo(204);
    assertThat(call("zhangwei", "POST", "/engine-rest/task/" + taskId + "/complete",
        "{\"variables\":{\"approvalDecision\":{\"value\":\"APPROVE\",\"type\":\"String\"}}}").statusCode())
        .isEqualTo(204);

    JsonNode read = json.readTree(call("liuyang", "GET", "/api/tasks/" + task.path("id").asText(), null).body());
    assertThat(read.path("status").asText()).isEqualTo("APPROVED");
    assertThat(read.path("triggerDescription").asText()).contains("投诉举报", "12345");
    assertThat(read.path("triggerRecordNumber").asText()).startsWith("CF-SCJG-");
    // the approval and the notice step that follows it in the same transaction (R-NT-3: an ad-hoc task is noticed too)
    assertThat(read.path("trace").findValuesAsText("action")).containsExactly("REGISTERED", "APPROVAL_REQUESTED",
        "HEAD_APPROVED", "NOTICE_SENT");
    assertThat(read.path("trace").findValuesAsText("channel")).containsExactly("REST", "REST", "ENGINE_REST",
        "ENGINE_REST");
    assertThat(read.path("trace").findValuesAsText("actor")).containsExactly("liuyang", "liuyang", "zhangwei",
        "zhangwei");
    assertThat(call("sunli", "GET", "/api/tasks/" + task.path("id").asText(), null).statusCode()).isEqualTo(403);
    assertThat(json.readTree(call("huangmin", "GET", "/api/tasks?enterprise=" + enterprise, null).body())).hasSize(1);
  }

  JsonNode engineTasks(String user, String number) throws Exception {
    HttpResponse<String> listed = call(user, "GET",
        "/engine-rest/task?firstResult=0&maxResults=50&processInstanceBusinessKey=" + number, null);
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    return json.readTree(listed.body());
  }

  @Test
  @DisplayName("R-TK-4 R-SC-4 emergency over REST: liuyang enters at once without a scan (R-SC-2), reports, the timer runs out, zhangwei approves late, the justice bureau's task exists")
  void emergencyWithLatePostHocApproval() throws Exception {
    String enterprise = fx.fresh(CreditTier.D).creditCode();
    String body = complaint(enterprise, fx.today()).replace("\"windowStart\"",
        "\"emergency\":true,\"urgency\":\"PUBLIC_SAFETY\",\"urgencyReason\":\"群众举报燃气泄漏\",\"windowStart\"");
    HttpResponse<String> created = call("liuyang", "POST", "/api/tasks", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode task = json.readTree(created.body());
    assertThat(task.path("status").asText()).isEqualTo("IN_PROGRESS_POST_HOC");
    String number = task.path("taskNumber").asText();

    // the emergency may scan in at once (R-TK-4): here the code could not be scanned (R-SC-2)
    HttpResponse<String> entered = call("liuyang", "POST", "/api/scan-in/without-scan", """
        {"taskId":%s,"reason":"CODE_NOT_VISIBLE","bodyCameraRef":"JL-2026-0815"}""".formatted(task.path("id")));
    assertThat(entered.statusCode()).as(entered.body()).isEqualTo(200);

    // liuyang reports reason and result over engine-rest
    JsonNode mine = engineTasks("liuyang", number);
    assertThat(mine).hasSize(1);
    assertThat(mine.get(0).path("name").asText()).isEqualTo("报告紧急检查事由和结果");
    assertThat(mine.get(0).path("assignee").asText()).isEqualTo("liuyang");
    assertThat(call("liuyang", "POST", "/engine-rest/task/" + mine.get(0).path("id").asText() + "/complete", """
        {"variables":{"emergencyReason":{"value":"群众举报燃气泄漏","type":"String"},
         "emergencyResult":{"value":"关闭燃气总阀，责令整改","type":"String"}}}""").statusCode()).isEqualTo(204);

    // the head's period runs out: the overdue timer fires (executed through the engine API)
    JsonNode heads = engineTasks("zhangwei", number);
    assertThat(heads).hasSize(1);
    assertThat(heads.get(0).path("name").asText()).isEqualTo("补办审批检查方案");
    Job timer = managementService.createJobQuery().processInstanceId(heads.get(0).path("processInstanceId").asText())
        .timers().singleResult();
    managementService.executeJob(timer.getId());

    // zhangwei approves late; his task was still open
    String headTask = engineTasks("zhangwei", number).get(0).path("id").asText();
    assertThat(headTask).isEqualTo(heads.get(0).path("id").asText());
    assertThat(call("zhangwei", "POST", "/engine-rest/task/" + headTask + "/claim", "{\"userId\":\"zhangwei\"}")
        .statusCode()).isEqualTo(204);
    assertThat(call("zhangwei", "POST", "/engine-rest/task/" + headTask + "/complete",
        "{\"variables\":{\"postHocDecision\":{\"value\":\"APPROVE\",\"type\":\"String\"}}}").statusCode())
        .isEqualTo(204);

    // the justice bureau's task exists and only the justice bureau sees it
    JsonNode supervision = engineTasks("huangmin", number);
    assertThat(supervision).hasSize(1);
    assertThat(supervision.get(0).path("name").asText()).isEqualTo("处理被否决的紧急检查");
    assertThat(engineTasks("zhangwei", number)).isEmpty();

    JsonNode read = json.readTree(call("liuyang", "GET", "/api/tasks/" + task.path("id").asText(), null).body());
    assertThat(read.path("status").asText()).isEqualTo("APPROVED_POST_HOC");
    assertThat(read.path("trace").findValuesAsText("action")).containsExactly("REGISTERED", "EMERGENCY_POST_HOC",
        "SCANNED_IN_WITHOUT_CODE", "EMERGENCY_REPORTED", "POST_HOC_OVERDUE_REPORTED", "HEAD_APPROVED_POST_HOC");
    assertThat(read.path("trace").findValuesAsText("channel"))
        .containsExactly("REST", "REST", "MOBILE_PAGE", "ENGINE_REST", "ENGINE", "ENGINE_REST");
  }

  @Test
  @DisplayName("R-MD-2 a refused registration answers 422 with the rule ID and saves nothing")
  void refusedRegistration() throws Exception {
    String enterprise = fx.fresh(CreditTier.D).creditCode();
    Integer before = jdbc.queryForObject("select count(*) from insp_task", Integer.class);
    String body = complaint(enterprise, fx.today().plusDays(10)).replace("\"liuyang\",\"wangfang\"", "\"liuyang\"");

    HttpResponse<String> refused = call("liuyang", "POST", "/api/tasks", body);

    assertThat(refused.statusCode()).isEqualTo(422);
    JsonNode problem = json.readTree(refused.body());
    assertThat(problem.path("ruleId").asText()).isEqualTo("R-MD-2");
    assertThat(problem.path("detail").asText()).contains("不得少于");
    assertThat(jdbc.queryForObject("select count(*) from insp_task", Integer.class)).isEqualTo(before);
    assertThat(jdbc.queryForObject("select count(*) from insp_task_trace where task_id not in (select id from insp_task)",
        Integer.class)).isZero();
  }

  @Test
  @DisplayName("R-TK-8 an off-site check recorded over REST blocks the planned on-site task of that item, not a complaint-triggered one")
  void offSiteCheckOverRest() throws Exception {
    String enterprise = fx.fresh(CreditTier.D).creditCode();
    assertThat(call("sunli", "POST", "/api/offsite-checks", """
        {"enterpriseCode":"%s","itemCode":"YJGL-003","violationFound":false}""".formatted(enterprise)).statusCode())
        .isEqualTo(201);
    LocalDate day = fx.noticeableDay();
    HttpResponse<String> refused = call("sunli", "POST", "/api/tasks", """
        {"enterpriseCode":"%s","origin":"PLANNED","planNumber":"%s","kind":"DOUBLE_RANDOM","itemCodes":["YJGL-003"],
         "inspectors":["sunli","zhouqiang"],"windowStart":"%s","windowEnd":"%s"}""".formatted(enterprise,
        fx.annualPlanOf("yjgl").planNumber(), day, day));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(json.readTree(refused.body()).path("ruleId").asText()).isEqualTo("R-TK-8");
    HttpResponse<String> triggered = call("sunli", "POST", "/api/tasks", """
        {"enterpriseCode":"%s","origin":"TRIGGERED","triggerRecord":"%s","kind":"AD_HOC","itemCodes":["YJGL-003"],
         "inspectors":["sunli","zhouqiang"],"windowStart":"%s","windowEnd":"%s"}""".formatted(enterprise,
        triggers.open("sunli", enterprise, TriggerReason.COMPLAINT), day, day));
    assertThat(triggered.statusCode()).as(triggered.body()).isEqualTo(201);
  }
}
