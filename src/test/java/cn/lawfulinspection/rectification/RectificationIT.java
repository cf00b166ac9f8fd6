package cn.lawfulinspection.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.qr.CodeKind;
import cn.lawfulinspection.qr.CodePayload;
import cn.lawfulinspection.qr.SignedCode;
import cn.lawfulinspection.rectification.process.FollowUpProcessIds;
import cn.lawfulinspection.support.Api;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.task.InspectionTask;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rectification over HTTP (R-RS-4, R-SC-3, R-SC-4): the enterprise reports through its inspection code anonymously,
 * the assigned inspector verifies through the REST API. Runs on H2 and on MariaDB ({@code -Dit.database=mariadb}).
 */
@IntegrationTest
class RectificationIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired SignedCode signer;
  @Autowired TaskService taskService;
  @Autowired FollowUpFixtures fx;
  @Autowired Clock clock;
  final ObjectMapper json = new ObjectMapper();

  HttpResponse<String> call(String user, String method, String path, String body) throws Exception {
    return new Api(port, "RectificationIT phone").call(user, method, path, body);
  }

  /** An inspected task with its follow-up started (deadline in ten days). */
  InspectionTask followedUp() {
    InspectionTask task = fx.inspectedTask();
    fx.startFollowUp(task, fx.today().plusDays(10));
    return task;
  }

  String code(InspectionTask task) throws Exception {
    HttpResponse<String> issued = call("liuyang", "GET", "/api/tasks/" + task.id() + "/inspection-code", null);
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
    return json.readTree(issued.body()).path("code").asText();
  }

  HttpResponse<String> report(String code, String text) throws Exception {
    return call(null, "POST", "/api/public/inspection-codes/" + code + "/rectification-report",
        json.writeValueAsString(java.util.Map.of("report", text, "evidence", List.of("整改照片-01", "消毒记录表"))));
  }

  HttpResponse<String> verify(String user, InspectionTask task, String body) throws Exception {
    return call(user, "POST", "/api/tasks/" + task.id() + "/rectification/verification", body);
  }

  JsonNode assertRefused(HttpResponse<String> response, int status, String ruleId) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.path("ruleId").asText()).isEqualTo(ruleId);
    assertThat(problem.path("detail").asText()).containsPattern("\\p{IsHan}");
    return problem;
  }

  String status(InspectionTask task) {
    return jdbc.queryForObject("select status from insp_rectification where task_id = ?", String.class, task.id());
  }

  long reports(InspectionTask task) {
    return jdbc.queryForObject("select count(*) from insp_rectification_round r join insp_rectification x"
        + " on r.rectification_id = x.id where x.task_id = ? and r.reported_at is not null", Long.class, task.id());
  }

  List<String> actions(InspectionTask task) {
    return jdbc.queryForList("select action from insp_task_trace where task_id = ? order by id", String.class,
        task.id());
  }

  @Test
  @DisplayName("R-RS-4 R-SC-4 the enterprise sees its rectification and reports through the inspection code, anonymously; traced as PUBLIC_PAGE; the process moves to the verification")
  void publicReport() throws Exception {
    InspectionTask task = followedUp();
    String code = code(task);

    HttpResponse<String> before = call(null, "GET", "/api/public/inspection-codes/" + code + "/rectification", null);
    assertThat(before.statusCode()).as(before.body()).isEqualTo(200);
    JsonNode open = json.readTree(before.body());
    assertThat(open.path("open").asBoolean()).isTrue();
    assertThat(open.path("canReport").asBoolean()).isTrue();
    assertThat(open.path("deadline").asText()).isEqualTo(fx.today().plusDays(10).toString());
    assertThat(open.path("statusLabel").asText()).isEqualTo("待企业整改");
    assertThat(open.path("note").asText()).contains("先行指出");

    HttpResponse<String> reported = report(code, "已清理后厨油污并建立每日清洁台账。");

    assertThat(reported.statusCode()).as(reported.body()).isEqualTo(200);
    JsonNode after = json.readTree(reported.body());
    assertThat(after.path("canReport").asBoolean()).isFalse();
    assertThat(after.path("report").asText()).isEqualTo("已清理后厨油污并建立每日清洁台账。");
    assertThat(after.path("evidence").get(1).asText()).isEqualTo("消毒记录表");
    assertThat(after.path("reportedAt").asText()).isNotBlank();
    assertThat(status(task)).isEqualTo("REPORTED");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(task.taskNumber())
        .taskDefinitionKey(FollowUpProcessIds.VERIFY_RECTIFICATION).count()).isOne();
    assertThat(jdbc.queryForList("select channel from insp_task_trace where task_id = ? and action = ?",
        String.class, task.id(), "RECTIFICATION_REPORTED")).containsExactly("PUBLIC_PAGE");

    // a second report in the same round is refused (R-RS-4) and saves nothing
    assertRefused(report(code, "再次报告整改情况。"), 422, "R-RS-4");
    assertThat(reports(task)).isOne();
  }

  @Test
  @DisplayName("R-SC-3 R-RS-4 a forged or foreign code is refused with no data, and nothing is reported")
  void forgedCode() throws Exception {
    InspectionTask task = followedUp();
    String code = code(task);
    String forged = code.substring(0, code.length() - 2) + (code.endsWith("AA") ? "BB" : "AA");
    String foreign = signer.sign(new CodePayload(CodeKind.ENTERPRISE, task.enterpriseCode(),
        clock.instant().plus(Duration.ofDays(30))));

    for (String bad : List.of(forged, foreign)) {
      HttpResponse<String> read = call(null, "GET", "/api/public/inspection-codes/" + bad + "/rectification", null);
      HttpResponse<String> post = report(bad, "已清理后厨油污并建立每日清洁台账。");
      for (HttpResponse<String> response : List.of(read, post)) {
        assertRefused(response, 422, "R-SC-3");
        assertThat(response.body()).doesNotContain(task.taskNumber()).doesNotContain("deadline")
            .doesNotContain(task.enterpriseName());
      }
    }
    assertThat(reports(task)).isZero();
    assertThat(status(task)).isEqualTo("OPEN");
  }

  @Test
  @DisplayName("R-RS-4 verification by an inspector not assigned to the task is refused (422) and nothing is saved; the assigned one verifies")
  void notAssigned() throws Exception {
    InspectionTask task = followedUp();
    assertRefused(verify("liuyang", task, "{\"verdict\":\"RECTIFIED\"}"), 422, "R-RS-4");
    report(code(task), "已清理后厨油污并建立每日清洁台账。");

    JsonNode refused = assertRefused(verify("lijun", task, "{\"verdict\":\"RECTIFIED\",\"remark\":\"已整改\"}"), 422,
        "R-RS-4");

    assertThat(refused.path("detail").asText()).contains("指派");
    assertThat(status(task)).isEqualTo("REPORTED");
    assertThat(actions(task)).doesNotContain("RECTIFICATION_VERIFIED");
    var open = taskService.createTaskQuery().processInstanceBusinessKey(task.taskNumber())
        .taskDefinitionKey(FollowUpProcessIds.VERIFY_RECTIFICATION).singleResult();
    assertThat(open.getAssignee()).isNull();

    assertThat(assertRefused(verify("liuyang", task, "{\"verdict\":\"RECHECK\",\"remark\":\"未整改\",\"recheckDate\":\""
        + fx.today() + "\"}"), 422, "R-RS-4").path("field").asText()).isEqualTo("recheckDate");

    HttpResponse<String> scheduled = verify("liuyang", task, "{\"verdict\":\"RECHECK\",\"remark\":\"防蝇设施未安装\","
        + "\"recheckDate\":\"" + fx.today().plusDays(3) + "\"}");
    assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(200);
    assertThat(json.readTree(scheduled.body()).path("status").asText()).isEqualTo("RECHECK_SCHEDULED");
    assertThat(jdbc.queryForList("select channel from insp_task_trace where task_id = ? and action = ?",
        String.class, task.id(), "RECTIFICATION_RECHECK_SCHEDULED")).containsExactly("REST");

    // the re-check day has not come: no re-check task yet
    assertRefused(call("liuyang", "POST", "/api/tasks/" + task.id() + "/rectification/recheck",
        "{\"rectified\":true}"), 422, "R-RS-4");
    HttpResponse<String> read = call("wangfang", "GET", "/api/tasks/" + task.id() + "/rectification", null);
    assertThat(json.readTree(read.body()).path("rounds")).hasSize(2);
  }

  @Test
  @DisplayName("R-RS-4 an empty report is refused as a 422 problem; a task without rectification has nothing to report")
  void emptyReportAndNoRectification() throws Exception {
    InspectionTask task = followedUp();
    JsonNode problem = assertRefused(report(code(task), "  "), 422, "R-RS-4");
    assertThat(problem.path("field").asText()).isEqualTo("report");
    assertThat(reports(task)).isZero();

    InspectionTask without = fx.inspectedTask();
    String code = code(without);
    HttpResponse<String> read = call(null, "GET", "/api/public/inspection-codes/" + code + "/rectification", null);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(json.readTree(read.body()).path("open").asBoolean()).isFalse();
    assertRefused(report(code, "已清理后厨油污并建立每日清洁台账。"), 422, "R-RS-4");
  }
}
