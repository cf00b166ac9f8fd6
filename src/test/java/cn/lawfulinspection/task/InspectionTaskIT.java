package cn.lawfulinspection.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.support.IntegrationTest;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Registration and approval through REST: 刘洋 registers over {@code /api/tasks}, 张伟 approves over
 * {@code /engine-rest}, 赵磊 (yjgl) cannot. Runs on H2 and on MariaDB ({@code -Dit.database=mariadb}).
 */
@IntegrationTest
class InspectionTaskIT {

  @LocalServerPort int port;
  @Autowired TaskFixtures fx;
  @Autowired JdbcTemplate jdbc;
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
    return """
        {"enterpriseCode":"%s","origin":"TRIGGERED","trigger":"COMPLAINT","triggerDescription":"投诉：𠮷祥饭店后厨卫生差",
         "kind":"AD_HOC","itemCodes":["SCJG-001"],"inspectors":["liuyang","wangfang"],
         "windowStart":"%s","windowEnd":"%s"}""".formatted(enterprise, day, day);
  }

  @Test
  @DisplayName("R-TK-2 R-TK-3 R-SC-4 registered over REST (201 with warning), approved by zhangwei over engine-rest, not by zhaolei; trace readable")
  void registerAndApprove() throws Exception {
    String enterprise = fx.fresh(CreditTier.D).creditCode();
    HttpResponse<String> created = call("liuyang", "POST", "/api/tasks", complaint(enterprise, LocalDate.now().plusDays(1)));
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
    assertThat(read.path("triggerDescription").asText()).contains("𠮷");
    assertThat(read.path("trace").findValuesAsText("channel")).containsExactly("REST", "REST", "ENGINE_REST");
    assertThat(read.path("trace").findValuesAsText("actor")).containsExactly("liuyang", "liuyang", "zhangwei");
    assertThat(call("sunli", "GET", "/api/tasks/" + task.path("id").asText(), null).statusCode()).isEqualTo(403);
    assertThat(json.readTree(call("huangmin", "GET", "/api/tasks?enterprise=" + enterprise, null).body())).hasSize(1);
  }

  @Test
  @DisplayName("R-MD-2 a refused registration answers 422 with the rule ID and saves nothing")
  void refusedRegistration() throws Exception {
    String enterprise = fx.fresh(CreditTier.D).creditCode();
    Integer before = jdbc.queryForObject("select count(*) from insp_task", Integer.class);
    String body = complaint(enterprise, LocalDate.now().plusDays(10)).replace("\"liuyang\",\"wangfang\"", "\"liuyang\"");

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
  @DisplayName("R-TK-8 an off-site check recorded over REST blocks the on-site task of that item")
  void offSiteCheckOverRest() throws Exception {
    String enterprise = fx.fresh(CreditTier.D).creditCode();
    assertThat(call("liuyang", "POST", "/api/offsite-checks", """
        {"enterpriseCode":"%s","itemCode":"SCJG-005","violationFound":false}""".formatted(enterprise)).statusCode())
        .isEqualTo(201);
    HttpResponse<String> refused = call("liuyang", "POST", "/api/tasks",
        complaint(enterprise, LocalDate.now().plusDays(10)).replace("SCJG-001", "SCJG-005"));
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(json.readTree(refused.body()).path("ruleId").asText()).isEqualTo("R-TK-8");
  }
}
