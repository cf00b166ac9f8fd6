package cn.lawfulinspection.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.support.TriggerRecordsForTests;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

/**
 * 登记检查任务 (TaskRegistrationProcess) through {@code /engine-rest} as Tasklist drives it, as 刘洋: the search, the
 * options of his own agency only, a new search, refusals that keep the form open, and the registration of the chosen
 * values with the spine bound and 张伟's approval waiting. Runs on H2 and on MariaDB ({@code -Dit.database=mariadb}).
 */
@IntegrationTest
class TaskRegistrationProcessIT {

  private static final String PROCESS = "/engine-rest/process-definition/key/TaskRegistrationProcess";

  @LocalServerPort int port;
  @Autowired TaskFixtures fx;
  @Autowired TriggerRecordsForTests triggers;
  final HttpClient http = HttpClient.newHttpClient();
  final ObjectMapper json = new ObjectMapper();

  @Test
  @DisplayName("R-IG-2 R-IG-3 R-MD-1 R-MD-3 R-TK-1 R-TK-10 liuyang registers in Tasklist by choosing (the complaint record from a list): options of scjg only, a new search when nothing matches, forged and foreign choices refused with the form kept open, the chosen task registered and bound, zhangwei's approval waiting")
  void registerByChoosing() throws Exception {
    Enterprise enterprise = fx.fresh(CreditTier.D);
    LocalDate day = fx.today().plusDays(1);
    // R-TK-10: scjg's complaint record about the enterprise (12345), and yjgl's, which scjg must not be offered
    String complaint = triggers.open("liuyang", enterprise.creditCode(), TriggerReason.COMPLAINT);
    String foreignRecord = triggers.open("sunli", enterprise.creditCode(), TriggerReason.COMPLAINT);

    // the start form asks only for a keyword
    assertThat(json(call("liuyang", "GET", PROCESS + "/deployed-start-form", null), 200).get("id").asText())
        .isEqualTo("search-enterprise");
    String pi = json(call("liuyang", "POST", PROCESS + "/submit-form",
        put(variables(), "enterpriseKeyword", "没有这样的企业名称")), 200).get("id").asText();

    // nothing matches: the form says so and offers a new search
    JsonNode fill = fillTask(pi);
    assertThat(fill.get("assignee").asText()).isEqualTo("liuyang");
    assertThat(fill.get("name").asText()).isEqualTo("填写检查任务");
    assertThat(json(call("liuyang", "GET", "/engine-rest/task/" + fill.get("id").asText() + "/deployed-form", null),
        200).get("id").asText()).isEqualTo("fill-task");
    JsonNode options = formVariables(fill);
    assertThat(options.at("/enterpriseFound/value").asBoolean()).isFalse();
    assertThat(options.at("/enterpriseOptions/value").asText()).isEqualTo("[]");
    assertThat(options.at("/searchAgain/value").asBoolean()).isTrue();
    submit(fill, put(put(variables(), "searchAgain", true), "enterpriseKeyword", enterprise.creditCode()), 204);

    // the new search finds the enterprise; the other lists are scjg's only
    fill = fillTask(pi);
    options = formVariables(fill);
    assertThat(options.at("/enterpriseFound/value").asBoolean()).isTrue();
    assertThat(options.at("/enterpriseOptions/type").asText()).isEqualTo("Json");
    assertThat(options.at("/enterpriseOptions/value").asText())
        .contains(enterprise.name() + "（" + enterprise.creditCode() + "）");
    assertThat(options.at("/itemOptions/value").asText())
        .contains("SCJG-001", "依据：《中华人民共和国食品安全法》第一百一十条")
        .doesNotContain("SCJG-007", "YJGL-", "STHJ-");
    assertThat(options.at("/inspectorOptions/value").asText())
        .contains("刘洋（", "\"scjg-002\"", "\"scjg-003\"")
        .doesNotContain("scjg-007", "yjgl-", "孙丽");
    assertThat(options.at("/planOptions/value").asText()).contains(fx.annualPlan().planNumber())
        .doesNotContain("JH-YJGL");
    assertThat(options.at("/kindOptions/value").asText()).contains("日常检查", "DOUBLE_RANDOM");
    assertThat(options.at("/triggerRecordOptions/value").asText()).contains(complaint, "投诉举报", "12345")
        .doesNotContain(foreignRecord);
    assertThat(options.at("/urgencyOptions/value").asText()).contains("危及生命安全", "PUBLIC_SAFETY");

    ObjectNode chosen = variables();
    put(chosen, "searchAgain", false);
    put(chosen, "enterpriseCode", enterprise.creditCode());
    put(chosen, "origin", "TRIGGERED");
    put(chosen, "triggerRecord", foreignRecord);
    put(chosen, "kind", "AD_HOC");
    put(chosen, "windowStart", day.toString());
    put(chosen, "windowEnd", day.toString());
    put(chosen, "emergency", false);
    put(chosen, "surprise", false);
    jsonList(chosen, "itemCodes", "[\"SCJG-001\"]");

    // another agency's inspector, a forged enterprise code: refused as for POST /api/tasks, the form stays open
    jsonList(chosen, "inspectors", "[\"scjg-002\",\"yjgl-002\"]");
    // R-TK-10: another agency's record is refused, the form stays open
    assertThat(submit(fill, chosen, 422).get("ruleId").asText()).isEqualTo("R-TK-10");
    put(chosen, "triggerRecord", complaint);
    JsonNode foreign = submit(fill, chosen, 422);
    assertThat(foreign.get("ruleId").asText()).isEqualTo("R-MD-1");
    assertThat(foreign.get("detail").asText()).contains("不属于本机关");
    jsonList(chosen, "inspectors", "[\"scjg-002\",\"scjg-003\"]");
    chosen.with("variables").set("enterpriseCode", value("91320000MA0000000X"));
    assertThat(submit(fill, chosen, 422).get("detail").asText()).containsPattern("\\p{IsHan}");
    chosen.with("variables").set("enterpriseCode", value(enterprise.creditCode()));
    jsonList(chosen, "itemCodes", "[\"YJGL-001\"]");
    assertThat(submit(fill, chosen, 422).get("ruleId").asText()).isEqualTo("R-MD-3");
    jsonList(chosen, "itemCodes", "[\"SCJG-001\"]");
    assertThat(fillTask(pi).get("id").asText()).isEqualTo(fill.get("id").asText());
    assertThat(json(call("liuyang", "GET", "/api/tasks?enterprise=" + enterprise.creditCode(), null), 200))
        .isEmpty();

    // a field that is not on the form is refused by the guard (R-IG-3)
    ObjectNode withRegistrant = chosen.deepCopy();
    withRegistrant.with("variables").set("registrant", value("zhangwei"));
    assertThat(call("liuyang", "POST", "/engine-rest/task/" + fill.get("id").asText() + "/submit-form",
        withRegistrant).statusCode()).isEqualTo(403);

    // the chosen values register the task, as liuyang, and start its spine bound to it
    submit(fill, chosen, 204);
    JsonNode tasks = json(call("liuyang", "GET", "/api/tasks?enterprise=" + enterprise.creditCode(), null), 200);
    assertThat(tasks).hasSize(1);
    JsonNode task = json(call("liuyang", "GET", "/api/tasks/" + tasks.get(0).get("id").asText(), null), 200);
    assertThat(task.get("registeredBy").asText()).isEqualTo("liuyang");
    assertThat(task.get("status").asText()).isEqualTo("AWAITING_APPROVAL");
    assertThat(task.get("origin").asText()).isEqualTo("TRIGGERED");
    assertThat(task.get("triggerRecordNumber").asText()).isEqualTo(complaint);
    assertThat(task.get("trigger").asText()).isEqualTo("COMPLAINT");
    assertThat(task.toString()).contains("SCJG-001", "scjg-002", "scjg-003");
    String number = task.get("taskNumber").asText();
    assertThat(json(call("liuyang", "GET", "/engine-rest/task?firstResult=0&maxResults=50&processInstanceId=" + pi,
        null), 200)).isEmpty();
    JsonNode approval = json(call("zhangwei", "GET",
        "/engine-rest/task?firstResult=0&maxResults=50&processInstanceBusinessKey=" + number, null), 200);
    assertThat(approval).hasSize(1);
    assertThat(approval.get(0).get("name").asText()).isEqualTo("审批检查方案");
  }

  @Test
  @DisplayName("R-IG-3 R-IG-4 the registration starts only as its start form does: no business key, no foreign field, not by another agency's staff outside its own")
  void startedOnlyAsTheStartFormDoes() throws Exception {
    ObjectNode withKey = put(variables(), "enterpriseKeyword", "饭店");
    withKey.put("businessKey", "RW-FORGED-1");
    assertThat(call("liuyang", "POST", PROCESS + "/submit-form", withKey).statusCode()).isEqualTo(403);
    assertThat(call("liuyang", "POST", PROCESS + "/submit-form",
        put(put(variables(), "enterpriseKeyword", "饭店"), "agencyCode", "yjgl")).statusCode()).isEqualTo(403);
    // sunli (应急管理局) starts her own: her lists are yjgl's
    String pi = json(call("sunli", "POST", PROCESS + "/submit-form", put(variables(), "enterpriseKeyword", "")), 200)
        .get("id").asText();
    JsonNode fill = json(call("sunli", "GET", "/engine-rest/task?firstResult=0&maxResults=50&processInstanceId=" + pi, null), 200).get(0);
    JsonNode options = json(call("sunli", "GET", "/engine-rest/task/" + fill.get("id").asText()
        + "/form-variables?deserializeValues=false", null), 200);
    assertThat(options.at("/itemOptions/value").asText()).contains("YJGL-001").doesNotContain("SCJG-");
    assertThat(options.at("/inspectorOptions/value").asText()).contains("yjgl-002").doesNotContain("scjg-");
    assertThat(options.at("/agencyName/value").asText()).isEqualTo("应急管理局");
    // liuyang cannot see or complete it
    assertThat(json(call("liuyang", "GET", "/engine-rest/task?firstResult=0&maxResults=50&processInstanceId=" + pi, null), 200)).isEmpty();
  }

  JsonNode fillTask(String pi) throws Exception {
    JsonNode tasks = json(call("liuyang", "GET", "/engine-rest/task?firstResult=0&maxResults=50&processInstanceId=" + pi
        + "&taskDefinitionKey=UserTask_FillTask", null), 200);
    assertThat(tasks).hasSize(1);
    return tasks.get(0);
  }

  JsonNode formVariables(JsonNode task) throws Exception {
    return json(call("liuyang", "GET", "/engine-rest/task/" + task.get("id").asText()
        + "/form-variables?deserializeValues=false", null), 200);
  }

  JsonNode submit(JsonNode task, ObjectNode body, int status) throws Exception {
    HttpResponse<String> response = call("liuyang", "POST", "/engine-rest/task/" + task.get("id").asText()
        + "/submit-form", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return response.body().isBlank() ? null : json.readTree(response.body());
  }

  /** A request body {"variables": {}}; {@link #put} adds a variable. */
  ObjectNode variables() {
    ObjectNode body = json.createObjectNode();
    body.putObject("variables");
    return body;
  }

  ObjectNode put(ObjectNode body, String name, Object v) {
    ObjectNode variable = json.createObjectNode();
    variable.set("value", json.valueToTree(v));
    body.with("variables").set(name, variable);
    return body;
  }

  ObjectNode value(String v) {
    return json.createObjectNode().put("value", v);
  }

  void jsonList(ObjectNode body, String name, String array) {
    body.with("variables").set(name, json.createObjectNode().put("type", "Json").put("value", array));
  }

  HttpResponse<String> call(String user, String method, String path, JsonNode body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
            .getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  JsonNode json(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return json.readTree(response.body());
  }
}
