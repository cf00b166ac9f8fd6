package cn.lawfulinspection.plan;

import static cn.lawfulinspection.plan.FormBodies.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.identity.RunAs;
import cn.lawfulinspection.supervision.RefusalLog;
import cn.lawfulinspection.support.Api;
import cn.lawfulinspection.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * R-PL-6 joint plans (联合检查) through Camunda's REST API as Tasklist drives it: 刘洋 (scjg, lead) drafts a plan with
 * 应急管理局 (yjgl) as partner and one of its items; 张伟 approves; 黄敏 (the county justice bureau sfj) files. The
 * partner reads it but takes no step. Runs on H2 and on MariaDB ({@code -Dit.database=mariadb}).
 */
@IntegrationTest
class JointPlanIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired Clock clock;
  @Autowired PlanService plans;
  @Autowired RunAs runAs;
  @Autowired RefusalLog refusals;
  @LocalServerPort int port;

  private Api api;
  private int year;
  private String title;

  @BeforeEach
  void init() {
    api = new Api(port);
    year = LocalDate.now(clock).getYear() + 1;
    title = year + " 年度危化品经营联合检查计划（接口测试 " + System.nanoTime() + "）";
  }

  @Test
  @DisplayName("R-PL-6 a joint plan drafted by the lead with a partner's item is filed by the lead's path with the county justice bureau, read by the partner and published with it, amended by the lead only; a third agency's item and the partner's steps are refused")
  void jointPlan() throws Exception {
    ObjectNode start = variables();
    var(start, "planType", "SPECIAL");
    start.with("variables").set("planYear", JSON.createObjectNode().put("value", year));
    var(start, "planTitle", title);
    String pi = json(api.call("liuyang", "POST",
        "/engine-rest/process-definition/key/InspectionPlanProcess/submit-form", start.toString()), 200)
        .get("id").asText();

    // the fill-plan form offers the other agencies and their items from lists, not the justice bureau
    String fillTask = taskOf("liuyang", pi, "UserTask_FillPlan");
    JsonNode form = json(api.call("liuyang", "GET",
        "/engine-rest/task/" + fillTask + "/form-variables?deserializeValues=false", null), 200);
    assertThat(form.at("/partnerOptions/value").asText()).contains("应急管理局", "yjgl", "生态环境局")
        .doesNotContain("司法局").doesNotContain("\"scjg\"");
    assertThat(form.at("/partnerItemOptions/value").asText()).contains("YJGL-001", "应急管理局")
        .doesNotContain("SCJG-001");

    // an item of a third agency (sthj) not named as partner is refused, nothing saved
    ObjectNode fill = completeFill();
    jsonVar(fill, "partnerAgencies", "[\"yjgl\"]");
    jsonVar(fill, "partnerItems", "[\"YJGL-001\",\"STHJ-001\"]");
    HttpResponse<String> third = api.call("liuyang", "POST", "/engine-rest/task/" + fillTask + "/submit-form",
        fill.toString());
    JsonNode problem = json(third, 422);
    assertThat(problem.get("ruleId").asText()).isEqualTo("R-PL-6");
    assertThat(problem.get("detail").asText()).contains("生态环境局").contains("不是本计划的联合检查单位");
    assertThat(refusals.latest(5)).anySatisfy(r -> {
      assertThat(r.ruleId()).isEqualTo("R-PL-6");
      assertThat(r.userId()).isEqualTo("liuyang");
    });
    assertThat(taskOf("liuyang", pi, "UserTask_FillPlan")).isEqualTo(fillTask);
    assertThat(api.call("liuyang", "GET", "/api/plans?year=" + year, null).body()).doesNotContain(title);

    jsonVar(fill, "partnerItems", "[\"YJGL-001\"]");
    HttpResponse<String> submitted = api.call("liuyang", "POST", "/engine-rest/task/" + fillTask + "/submit-form",
        fill.toString());
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);

    // the partner's head does not get the approval, and is refused under R-PL-6 if he tries through the plan steps
    assertThat(tasks("zhaolei", pi, "UserTask_ApprovePlan")).isEmpty();
    assertThatThrownBy(() -> runAs.as("zhaolei", () -> plans.decideByHead(pi, "APPROVE", null)))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessage()).contains("牵头机关"))
        .hasFieldOrPropertyWithValue("ruleId", "R-PL-6");
    String approveTask = taskOf("zhangwei", pi, "UserTask_ApprovePlan");
    assertThat(json(api.call("zhangwei", "GET", "/engine-rest/task/" + approveTask + "/form-variables", null), 200)
        .at("/planSummary/value").asText()).contains("联合检查单位：应急管理局").contains("YJGL-001");
    claimAndSubmit("zhangwei", approveTask, "headDecision", "APPROVE");

    // filing goes to the county justice bureau's group; the partner's staff cannot file it
    JsonNode candidates = json(api.call("huangmin", "GET", "/engine-rest/task?firstResult=0&maxResults=10&processInstanceId=" + pi
        + "&taskDefinitionKey=UserTask_FilePlan&candidateGroup=sfj", null), 200);
    assertThat(candidates).hasSize(1);
    assertThat(tasks("sunli", pi, "UserTask_FilePlan")).isEmpty();
    assertThatThrownBy(() -> runAs.as("sunli", () -> plans.decideFiling(pi, "FILE", null)))
        .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("ruleId", "R-PL-6");
    claimAndSubmit("huangmin", taskOf("huangmin", pi, "UserTask_FilePlan"), "filingDecision", "FILE");

    // the partner reads it; an agency that is not a partner does not
    long planId = -1;
    for (JsonNode p : json(api.call("sunli", "GET", "/api/plans?year=" + year, null), 200)) {
      if (p.get("title").asText().equals(title)) {
        planId = p.get("id").asLong();
      }
    }
    assertThat(planId).as("the partner lists the joint plan").isPositive();
    JsonNode read = json(api.call("sunli", "GET", "/api/plans/" + planId, null), 200);
    assertThat(read.get("agencyCode").asText()).isEqualTo("scjg");
    JsonNode filed = read.get("versions").get(0);
    assertThat(filed.get("status").asText()).isEqualTo("FILED");
    assertThat(filed.get("filedBy").asText()).isEqualTo("huangmin");
    assertThat(filed.get("partners").toString()).contains("yjgl", "应急管理局");
    assertThat(filed.get("jointItems").get(0).get("agencyCode").asText()).isEqualTo("yjgl");
    assertThat(filed.get("items").toString()).contains("SCJG-001").doesNotContain("YJGL-001");
    assertThat(api.call("zhengkai", "GET", "/api/plans/" + planId, null).statusCode()).isEqualTo(403);

    // only the lead amends it; the amendment starts with the partners and joint items of the filed version
    assertThat(api.call("sunli", "POST", "/api/plans/" + planId + "/amendments", null).statusCode()).isEqualTo(422);
    String amendment = json(api.call("liuyang", "POST", "/api/plans/" + planId + "/amendments", null), 201)
        .get("processInstanceId").asText();
    JsonNode prefilled = json(api.call("liuyang", "GET", "/engine-rest/task/"
        + taskOf("liuyang", amendment, "UserTask_FillPlan") + "/form-variables?deserializeValues=false", null), 200);
    assertThat(prefilled.at("/partnerAgencies/value").asText()).contains("yjgl");
    assertThat(prefilled.at("/partnerItems/value").asText()).contains("YJGL-001");

    // the public listing names the partners and the joint items
    JsonNode ours = null;
    for (JsonNode p : json(api.call(null, "GET", "/api/public/plans?year=" + year + "&agency=scjg", null), 200)) {
      if (p.get("title").asText().equals(title)) {
        ours = p;
      }
    }
    assertThat(ours).as("published joint plan").isNotNull();
    assertThat(ours.get("partnerAgencies").toString()).contains("应急管理局");
    assertThat(ours.get("jointItems").toString()).contains("（应急管理局）");
  }

  private ObjectNode completeFill() {
    ObjectNode fill = variables();
    jsonVar(fill, "planItems", "[\"SCJG-001\"]");
    var(fill, "inspectionMethod", "现场检查");
    var(fill, "objectScope", "辖区内危险化学品经营单位");
    var(fill, "windowStart", year + "-03-01");
    var(fill, "windowEnd", year + "-11-30");
    fill.with("variables").set("annualCap", JSON.createObjectNode().put("value", 1));
    return fill;
  }

  private void claimAndSubmit(String user, String taskId, String key, String value) throws Exception {
    assertThat(api.call(user, "POST", "/engine-rest/task/" + taskId + "/claim",
        JSON.createObjectNode().put("userId", user).toString()).statusCode()).isEqualTo(204);
    ObjectNode decision = variables();
    var(decision, key, value);
    HttpResponse<String> done = api.call(user, "POST", "/engine-rest/task/" + taskId + "/submit-form",
        decision.toString());
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
  }

  private JsonNode tasks(String user, String processInstanceId, String taskKey) throws Exception {
    return json(api.call(user, "GET", "/engine-rest/task?firstResult=0&maxResults=10&processInstanceId=" + processInstanceId
        + "&taskDefinitionKey=" + URLEncoder.encode(taskKey, StandardCharsets.UTF_8), null), 200);
  }

  private String taskOf(String user, String processInstanceId, String taskKey) throws Exception {
    JsonNode tasks = tasks(user, processInstanceId, taskKey);
    assertThat(tasks).as(user + " sees " + taskKey).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  private static JsonNode json(HttpResponse<String> response, int expectedStatus) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
    return JSON.readTree(response.body());
  }
}
