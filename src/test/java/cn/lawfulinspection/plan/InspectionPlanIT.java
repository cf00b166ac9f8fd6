package cn.lawfulinspection.plan;

import static cn.lawfulinspection.plan.FormBodies.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import cn.lawfulinspection.supervision.RefusalLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole plan path through Camunda's REST API, as Tasklist drives it, with HTTP Basic as the demo users; then the
 * public listing, anonymously. Runs on H2 and on MariaDB ({@code -Dit.database=mariadb}).
 */
@IntegrationTest
class InspectionPlanIT {

  @Autowired RefusalLog refusals;
  @Autowired Clock clock;

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newHttpClient();
  private int year;

  @LocalServerPort int port;
  String title;

  @BeforeEach
  void uniqueTitle() {
    year = LocalDate.now(clock).getYear() + 1;
    title = year + " 年度食品安全日常检查计划（接口测试 " + System.nanoTime() + "）";
  }

  @Test
  @DisplayName("R-PL-2 R-PL-3 R-PL-4 upload as liuyang, approve as zhangwei, file as huangmin through /engine-rest; the public listing shows it")
  void wholePathThroughRest() throws Exception {
    // the start form Tasklist shows under 启动流程
    JsonNode startForm = json(call("liuyang", "GET",
        "/engine-rest/process-definition/key/InspectionPlanProcess/deployed-start-form", null), 200);
    assertThat(startForm.get("id").asText()).isEqualTo("start-plan");

    // start as liuyang with the start form's variables
    ObjectNode start = variables();
    var(start, "planType", "ANNUAL");
    start.with("variables").set("planYear", JSON.createObjectNode().put("value", year));
    var(start, "planTitle", title);
    String pi = json(call("liuyang", "POST",
        "/engine-rest/process-definition/key/InspectionPlanProcess/submit-form", start), 200).get("id").asText();

    // fill-plan: its form, its options, a refused incomplete submission, then the complete one
    String fillTask = taskOf("liuyang", pi, "UserTask_FillPlan");
    assertThat(json(call("liuyang", "GET", "/engine-rest/task/" + fillTask + "/deployed-form", null), 200)
        .get("id").asText()).isEqualTo("fill-plan");
    JsonNode formVariables = json(call("liuyang", "GET",
        "/engine-rest/task/" + fillTask + "/form-variables?deserializeValues=false", null), 200);
    assertThat(formVariables.at("/itemOptions/type").asText()).isEqualTo("Json");
    assertThat(formVariables.at("/itemOptions/value").asText()).contains("SCJG-001").doesNotContain("SCJG-007");
    assertThat(formVariables.at("/agencyName/value").asText()).isEqualTo("市场监督管理局");

    ObjectNode fill = variables();
    fill.with("variables").set("planItems",
        JSON.createObjectNode().put("type", "Json").put("value", "[\"SCJG-001\",\"SCJG-003\"]"));
    var(fill, "inspectionMethod", "双随机、一公开抽查");
    var(fill, "windowStart", year + "-03-01");
    var(fill, "windowEnd", year + "-12-31");
    fill.with("variables").set("annualCap", JSON.createObjectNode().put("value", 2));
    HttpResponse<String> refused = call("liuyang", "POST", "/engine-rest/task/" + fillTask + "/submit-form", fill);
    JsonNode problem = json(refused, 422);
    assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(problem.get("ruleId").asText()).isEqualTo("R-PL-2");
    assertThat(problem.get("detail").asText()).contains("检查计划内容不完整").contains("检查对象范围");
    assertThat(refusals.latest(5)).anySatisfy(r -> {
      assertThat(r.ruleId()).isEqualTo("R-PL-2");
      assertThat(r.userId()).isEqualTo("liuyang");
    });
    assertThat(json(call("huangmin", "GET", "/api/supervision/refusals?limit=5", null), 200).toString())
        .contains("R-PL-2", "liuyang");
    assertThat(call("liuyang", "GET", "/api/supervision/refusals", null).statusCode()).isEqualTo(403);
    assertThat(taskOf("liuyang", pi, "UserTask_FillPlan")).isEqualTo(fillTask);

    var(fill, "objectScope", "辖区内食品生产经营者");
    assertThat(call("liuyang", "POST", "/engine-rest/task/" + fillTask + "/submit-form", fill).statusCode())
        .isEqualTo(204);

    // zhangwei approves: he sees the summary, claims and completes
    String approveTask = taskOf("zhangwei", pi, "UserTask_ApprovePlan");
    assertThat(json(call("zhangwei", "GET", "/engine-rest/task/" + approveTask + "/form-variables", null), 200)
        .at("/planSummary/value").asText()).contains("特种设备").contains("双随机");
    claimAndSubmit("zhangwei", approveTask, "headDecision", "APPROVE");

    // huangmin files; returning without a reason is refused as a problem first
    String fileTask = taskOf("huangmin", pi, "UserTask_FilePlan");
    assertThat(call("huangmin", "POST", "/engine-rest/task/" + fileTask + "/claim",
        JSON.createObjectNode().put("userId", "huangmin")).statusCode()).isEqualTo(204);
    ObjectNode returnWithoutReason = variables();
    var(returnWithoutReason, "filingDecision", "RETURN");
    HttpResponse<String> noReason =
        call("huangmin", "POST", "/engine-rest/task/" + fileTask + "/submit-form", returnWithoutReason);
    assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(422);
    assertThat(json(noReason, 422).get("detail").asText()).contains("理由");
    assertThat(call("huangmin", "POST", "/engine-rest/task/" + fileTask + "/unclaim", null).statusCode())
        .isEqualTo(204);
    claimAndSubmit("huangmin", fileTask, "filingDecision", "FILE");
    assertThat(json(call("huangmin", "GET", "/engine-rest/history/process-instance/" + pi, null), 200)
        .get("state").asText()).isEqualTo("COMPLETED");

    // the public listing, anonymous
    HttpResponse<String> published = call(null, "GET", "/api/public/plans?year=" + year + "&agency=scjg", null);
    JsonNode plans = json(published, 200);
    JsonNode ours = null;
    for (JsonNode p : plans) {
      if (p.get("title").asText().equals(title)) {
        ours = p;
      }
    }
    assertThat(ours).as("published plan " + title).isNotNull();
    assertThat(ours.get("agencyName").asText()).isEqualTo("市场监督管理局");
    assertThat(ours.get("items").toString()).contains("特种设备使用单位安全管理");
    assertThat(ours.get("publishedAt").isNull()).isFalse();
    assertThat(published.body()).doesNotContain("processInstanceId").doesNotContain("liuyang");

    // the authenticated listing: supervision sees it, another agency does not
    assertThat(call("huangmin", "GET", "/api/plans?year=" + year, null).body()).contains(title);
    assertThat(json(call("sunli", "GET", "/api/plans?year=" + year, null), 200).toString()).doesNotContain(title);
    assertThat(call(null, "GET", "/api/plans", null).statusCode()).isEqualTo(401);
  }

  @Test
  @DisplayName("R-PL-3 a filed plan is amended through POST /api/plans/{id}/amendments by its own agency only")
  void amendmentThroughApi() throws Exception {
    JsonNode filed = null;
    for (JsonNode p : json(call("liuyang", "GET", "/api/plans?agency=scjg", null), 200)) {
      if (p.get("versions").toString().contains("\"FILED\"")
          && !p.get("versions").toString().contains("\"SUBMITTED\"")
          && !p.get("versions").toString().contains("\"APPROVED\"")) {
        filed = p;
      }
    }
    assertThat(filed).as("a filed scjg plan (the demo plan at least)").isNotNull();
    long planId = filed.get("id").asLong();

    HttpResponse<String> other = call("sunli", "POST", "/api/plans/" + planId + "/amendments", null);
    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(other.body()).contains("本机关");

    HttpResponse<String> started = call("wangfang", "POST", "/api/plans/" + planId + "/amendments", null);
    assertThat(started.statusCode()).isEqualTo(201);
    String pi = json(started, 201).get("processInstanceId").asText();
    String fillTask = taskOf("wangfang", pi, "UserTask_FillPlan");
    JsonNode vars = json(call("wangfang", "GET", "/engine-rest/task/" + fillTask + "/form-variables", null), 200);
    assertThat(vars.at("/planNumber/value").asText()).startsWith("JH-SCJG-");
    assertThat(vars.at("/objectScope/value").asText()).isNotBlank();

    HttpResponse<String> twice = call("wangfang", "POST", "/api/plans/" + planId + "/amendments", null);
    assertThat(twice.statusCode()).as("one amendment at a time").isEqualTo(422);
    assertThat(twice.body()).contains("R-PL-3").contains("修订在办理中");
    // the filed version stays in force while the amendment is open
    assertThat(call(null, "GET", "/api/public/plans?agency=scjg", null).body())
        .contains(filed.get("planNumber").asText());
  }

  private void claimAndSubmit(String user, String taskId, String key, String value) throws Exception {
    ObjectNode claim = JSON.createObjectNode().put("userId", user);
    assertThat(call(user, "POST", "/engine-rest/task/" + taskId + "/claim", claim).statusCode()).isEqualTo(204);
    ObjectNode decision = variables();
    var(decision, key, value);
    HttpResponse<String> done = call(user, "POST", "/engine-rest/task/" + taskId + "/submit-form", decision);
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
  }

  private String taskOf(String user, String processInstanceId, String taskKey) throws Exception {
    JsonNode tasks = json(call(user, "GET", "/engine-rest/task?firstResult=0&maxResults=10&processInstanceId=" + processInstanceId
        + "&taskDefinitionKey=" + URLEncoder.encode(taskKey, StandardCharsets.UTF_8), null), 200);
    assertThat(tasks).as(user + " sees " + taskKey).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  private HttpResponse<String> call(String user, String method, String path, JsonNode body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static JsonNode json(HttpResponse<String> response, int expectedStatus) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
    return JSON.readTree(response.body());
  }
}
