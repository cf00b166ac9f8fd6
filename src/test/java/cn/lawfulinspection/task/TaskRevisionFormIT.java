package cn.lawfulinspection.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.support.Api;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.task.process.HeadApprovalProcessIds;
import cn.lawfulinspection.task.process.TaskProcesses;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 修改检查任务 (revise-task) by choosing, through {@code /engine-rest} as Tasklist drives it: after 张伟's return the
 * form offers scjg's usable items and qualified inspectors with the task's current ones ticked; 刘洋 revises by
 * choosing others, and forged choices are refused by the same registration checks with the task kept open. Runs on
 * H2 and on MariaDB ({@code -Dit.database=mariadb}).
 */
@IntegrationTest
class TaskRevisionFormIT {

  @LocalServerPort int port;
  @Autowired TaskFixtures fx;
  @Autowired TaskProcesses processes;
  @Autowired TaskService taskService;
  final ObjectMapper json = new ObjectMapper();
  Api api;

  @BeforeEach
  void api() {
    api = new Api(port);
  }

  @Test
  @DisplayName("R-TK-3 R-MD-1 R-MD-3 R-IG-3 after a return liuyang revises by choosing: scjg's options only, the current items and inspectors ticked, a foreign item or an unqualified inspector refused with the task kept open, a foreign field refused, the chosen ones revise the task")
  void reviseByChoosing() throws Exception {
    LocalDate day = fx.today().plusDays(1);
    InspectionTask task = fx.as("liuyang", () -> processes.registerAndStart(
        fx.complaint(fx.fresh(CreditTier.D), day)));
    fx.returned(task.taskNumber(), "请补充投诉编号");
    JsonNode revise = reviseTask(task.taskNumber());

    assertThat(json(call("liuyang", "GET", "/engine-rest/task/" + id(revise) + "/deployed-form", null), 200)
        .get("id").asText()).isEqualTo(HeadApprovalProcessIds.FORM_REVISE);
    JsonNode form = json(call("liuyang", "GET", "/engine-rest/task/" + id(revise)
        + "/form-variables?deserializeValues=false", null), 200);
    assertThat(form.at("/itemOptions/type").asText()).isEqualTo("Json");
    assertThat(form.at("/itemOptions/value").asText())
        .contains("\"SCJG-001\"", "\"SCJG-002\"", "依据：《中华人民共和国食品安全法》第一百一十条")
        .doesNotContain("SCJG-007", "YJGL-", "STHJ-");
    assertThat(form.at("/inspectorOptions/value").asText())
        .contains("刘洋（", "\"scjg-002\"", "\"scjg-003\"")
        .doesNotContain("scjg-007", "yjgl-", "孙丽");
    // the current choices, ticked (inspectors as the task holds them: their inspector ids)
    assertThat(form.at("/itemCodes/type").asText()).isEqualTo("Json");
    assertThat(json.readTree(form.at("/itemCodes/value").asText()))
        .containsExactlyElementsOf(json.readTree("[\"SCJG-001\"]"));
    assertThat(json.readTree(form.at("/inspectors/value").asText()))
        .containsExactlyInAnyOrderElementsOf(json.valueToTree(task.inspectors().stream()
            .map(InspectionTask.AssignedInspector::inspectorId).toList()));
    assertThat(form.at("/returnReason/value").asText()).contains("请补充投诉编号");

    ObjectNode chosen = json.createObjectNode();
    chosen.set("windowStart", value(null, day.toString()));
    chosen.set("windowEnd", value(null, day.toString()));
    chosen.set("inspectors", value("Json", "[\"scjg-002\",\"scjg-003\"]"));

    // another agency's item: R-MD-3, the revise task stays open and the task unchanged
    chosen.set("itemCodes", value("Json", "[\"SCJG-001\",\"YJGL-001\"]"));
    JsonNode foreignItem = submit(revise, chosen, 422);
    assertThat(foreignItem.get("ruleId").asText()).isEqualTo("R-MD-3");
    assertThat(foreignItem.get("detail").asText()).containsPattern("\\p{IsHan}");
    // an inspector whose certificate has expired (not offered): R-MD-1
    chosen.set("itemCodes", value("Json", "[\"SCJG-001\",\"SCJG-002\"]"));
    chosen.set("inspectors", value("Json", "[\"scjg-002\",\"scjg-007\"]"));
    JsonNode unqualified = submit(revise, chosen, 422);
    assertThat(unqualified.get("ruleId").asText()).isEqualTo("R-MD-1");
    assertThat(unqualified.get("detail").asText()).containsPattern("\\p{IsHan}");
    assertThat(id(reviseTask(task.taskNumber()))).isEqualTo(id(revise));
    assertThat(json(call("liuyang", "GET", "/api/tasks/" + task.id(), null), 200).get("status").asText())
        .isEqualTo("RETURNED");

    // a field that is not on the form is refused by the guard (R-IG-3)
    chosen.set("inspectors", value("Json", "[\"scjg-002\",\"scjg-003\"]"));
    ObjectNode withRegistrant = chosen.deepCopy().set("registrant", value(null, "zhangwei"));
    assertThat(submit(revise, withRegistrant, 403).path("ruleId").asText()).isEqualTo("R-IG-3");
    assertThat(id(reviseTask(task.taskNumber()))).isEqualTo(id(revise));

    // other items and inspectors chosen: the task is revised and goes back to the head
    submit(revise, chosen, 204);
    JsonNode revised = json(call("liuyang", "GET", "/api/tasks/" + task.id(), null), 200);
    assertThat(revised.get("status").asText()).isEqualTo("AWAITING_APPROVAL");
    assertThat(revised.get("revision").asInt()).isEqualTo(1);
    assertThat(revised.get("triggerRecordNumber").asText()).isEqualTo(task.triggerRecordNumber());
    assertThat(revised.toString()).contains("SCJG-001", "SCJG-002", "scjg-002", "scjg-003");
    assertThat(revised.get("inspectors")).hasSize(2);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(task.taskNumber())
        .taskDefinitionKey(HeadApprovalProcessIds.APPROVE_TASK).count()).isEqualTo(1);
  }

  JsonNode reviseTask(String taskNumber) throws Exception {
    JsonNode tasks = json(call("liuyang", "GET", "/engine-rest/task?firstResult=0&maxResults=50"
        + "&processInstanceBusinessKey=" + taskNumber + "&taskDefinitionKey=" + HeadApprovalProcessIds.REVISE_TASK,
        null), 200);
    assertThat(tasks).hasSize(1);
    return tasks.get(0);
  }

  static String id(JsonNode task) {
    return task.get("id").asText();
  }

  /** Completes the revise task with {@code vars} (the form's values) as 刘洋, expecting {@code status}. */
  JsonNode submit(JsonNode task, ObjectNode vars, int status) throws Exception {
    ObjectNode body = json.createObjectNode().set("variables", vars);
    HttpResponse<String> response = call("liuyang", "POST", "/engine-rest/task/" + id(task) + "/submit-form", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return response.body().isBlank() ? null : json.readTree(response.body());
  }

  /** A text value, or with {@code type} Json an array as Tasklist submits a checklist. */
  ObjectNode value(String type, String v) {
    ObjectNode value = json.createObjectNode().put("value", v);
    return type == null ? value : value.put("type", type);
  }

  HttpResponse<String> call(String user, String method, String path, JsonNode body) throws Exception {
    return api.call(user, method, path, body == null ? null : body.toString());
  }

  JsonNode json(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return json.readTree(response.body());
  }
}
