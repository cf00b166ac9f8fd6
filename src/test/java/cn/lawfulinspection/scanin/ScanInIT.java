package cn.lawfulinspection.scanin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.enterprise.EnterpriseService;
import cn.lawfulinspection.qr.CodeKind;
import cn.lawfulinspection.qr.CodePayload;
import cn.lawfulinspection.qr.SignedCode;
import cn.lawfulinspection.support.FreshEnterprises;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.support.TriggerRecordsForTests;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.process.HeadApprovalProcessIds;
import cn.lawfulinspection.task.process.InspectionTaskProcessIds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scan-in over HTTP (R-SC-1, R-SC-2, R-SC-4): 刘洋 registers a complaint task for today (liuyang and wangfang
 * assigned), 张伟 approves it, the inspectors scan the enterprise's signed code. Runs on H2 and on MariaDB
 * ({@code -Dit.database=mariadb}).
 */
@IntegrationTest
class ScanInIT {

  @LocalServerPort int port;
  @Autowired FreshEnterprises freshEnterprises;
  @Autowired TriggerRecordsForTests triggers;
  @Autowired JdbcTemplate jdbc;
  @Autowired SignedCode signer;
  @Autowired EnterpriseService enterprises;
  @Autowired InspectionTaskService tasks;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired Clock clock;
  final HttpClient http = HttpClient.newHttpClient();
  final ObjectMapper json = new ObjectMapper();

  HttpResponse<String> call(String user, String method, String path, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
            .getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .header("User-Agent", "ScanInIT phone")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A C or D enterprise without tasks, not used before in this JVM. */
  Enterprise fresh() {
    return freshEnterprises.fresh(CreditTier.D);
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** liuyang registers a complaint task for the enterprise in the window; returns {id, taskNumber}. */
  JsonNode register(String enterprise, LocalDate day) throws Exception {
    HttpResponse<String> created = call("liuyang", "POST", "/api/tasks", triggers.link("liuyang", """
        {"enterpriseCode":"%s","origin":"TRIGGERED","trigger":"COMPLAINT","triggerDescription":"投诉：𠮷祥饭店后厨卫生差",
         "kind":"AD_HOC","itemCodes":["SCJG-001"],"inspectors":["liuyang","wangfang"],
         "windowStart":"%s","windowEnd":"%s"}""".formatted(enterprise, day, day)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json.readTree(created.body());
  }

  void approve(JsonNode task) {
    Task t = taskService.createTaskQuery().processInstanceBusinessKey(task.path("taskNumber").asText())
        .taskDefinitionKey(HeadApprovalProcessIds.APPROVE_TASK).singleResult();
    identityService.setAuthentication("zhangwei", List.of("head", "scjg", "scjgHead"));
    try {
      taskService.claim(t.getId(), "zhangwei");
      taskService.complete(t.getId(), Map.of(InspectionTaskProcessIds.APPROVAL_DECISION, "APPROVE"));
    } finally {
      identityService.clearAuthentication();
    }
  }

  String enterpriseCode(String creditCode) {
    return signer.sign(new CodePayload(CodeKind.ENTERPRISE, creditCode, clock.instant().plus(Duration.ofDays(30))));
  }

  HttpResponse<String> scan(String user, String code, JsonNode task) throws Exception {
    return call(user, "POST", "/api/scan-in", "{\"code\":\"%s\",\"taskId\":%s}".formatted(code, task.path("id")));
  }

  long records(JsonNode task) {
    return jdbc.queryForObject("select count(*) from insp_scan_in where task_id = ?", Long.class,
        task.path("id").asLong());
  }

  List<String> actions(JsonNode task) {
    return jdbc.queryForList("select action from insp_task_trace where task_id = ? order by id", String.class,
        task.path("id").asLong());
  }

  void assertRefused(HttpResponse<String> response, String ruleId) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.path("ruleId").asText()).isEqualTo(ruleId);
    assertThat(problem.path("detail").asText()).containsPattern("\\p{IsHan}");
  }

  @Test
  @DisplayName("R-SC-1 R-SC-4 an assigned inspector scans the enterprise's signed code in the window: one record, the spine moves past Msg_InspectorScannedIn; a repeated scan returns the same record")
  void scanInAndRepeat() throws Exception {
    Enterprise enterprise = fresh();
    JsonNode task = register(enterprise.creditCode(), today());
    approve(task);
    String number = task.path("taskNumber").asText();
    String code = enterpriseCode(enterprise.creditCode());

    HttpResponse<String> listed = call("liuyang", "GET", "/api/scan-in/tasks?c=" + code, null);
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    assertThat(json.readTree(listed.body()).findValuesAsText("taskNumber")).containsExactly(number);
    assertThat(json.readTree(call("lijun", "GET", "/api/scan-in/tasks?c=" + code, null).body())).isEmpty();

    HttpResponse<String> scanned = scan("liuyang", code, task);

    assertThat(scanned.statusCode()).as(scanned.body()).isEqualTo(200);
    JsonNode record = json.readTree(scanned.body());
    assertThat(record.path("method").asText()).isEqualTo("SCAN");
    assertThat(record.path("inspectorUserId").asText()).isEqualTo("liuyang");
    assertThat(record.path("device").asText()).isEqualTo("ScanInIT phone");
    assertThat(record.path("repeated").asBoolean()).isFalse();
    assertThat(records(task)).isOne();
    var spine = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number)
        .processDefinitionKey(InspectionTaskProcessIds.PROCESS_KEY).singleResult();
    assertThat(waitingAt(number)).isEqualTo(InspectionTaskProcessIds.RESULT_BACKFILL);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(spine.getId())
        .activityId(InspectionTaskProcessIds.INSPECTOR_SCANNED_IN).finished().count()).isOne();

    HttpResponse<String> again = scan("liuyang", code, task);
    HttpResponse<String> colleague = scan("wangfang", code, task);

    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(colleague.statusCode()).as(colleague.body()).isEqualTo(200);
    assertThat(json.readTree(again.body()).path("id").asLong()).isEqualTo(record.path("id").asLong());
    assertThat(json.readTree(colleague.body()).path("id").asLong()).isEqualTo(record.path("id").asLong());
    assertThat(json.readTree(colleague.body()).path("repeated").asBoolean()).isTrue();
    assertThat(records(task)).isOne();
    assertThat(actions(task)).containsSubsequence("HEAD_APPROVED", "SCANNED_IN", "SCAN_IN_REPEATED",
        "SCAN_IN_REPEATED");
    assertThat(actions(task)).filteredOn("SCANNED_IN"::equals).hasSize(1);
    assertThat(jdbc.queryForList("select channel from insp_task_trace where task_id = ? and action like 'SCAN%'",
        String.class, task.path("id").asLong())).containsOnly("MOBILE_PAGE");
  }

  @Test
  @DisplayName("R-SC-1 an inspector not assigned to the task is refused and nothing is saved")
  void unassigned() throws Exception {
    Enterprise enterprise = fresh();
    JsonNode task = register(enterprise.creditCode(), today());
    approve(task);

    assertRefused(scan("lijun", enterpriseCode(enterprise.creditCode()), task), "R-SC-1");
    assertThat(records(task)).isZero();
    assertThat(actions(task)).doesNotContain("SCANNED_IN");
  }

  @Test
  @DisplayName("R-SC-1 outside the approved window is refused; so is another enterprise's code")
  void outsideWindowAndForeignEnterprise() throws Exception {
    Enterprise enterprise = fresh();
    JsonNode task = register(enterprise.creditCode(), today().plusDays(3));
    approve(task);

    HttpResponse<String> early = scan("liuyang", enterpriseCode(enterprise.creditCode()), task);
    assertRefused(early, "R-SC-1");
    assertThat(json.readTree(early.body()).path("detail").asText()).contains("不在此范围内");

    Enterprise other = fresh();
    JsonNode today = register(enterprise.creditCode().equals(other.creditCode()) ? fresh().creditCode()
        : other.creditCode(), today());
    approve(today);
    HttpResponse<String> foreign = scan("liuyang", enterpriseCode(enterprise.creditCode()), today);
    assertRefused(foreign, "R-SC-1");
    assertThat(records(task)).isZero();
    assertThat(records(today)).isZero();
  }

  @Test
  @DisplayName("R-SC-1 R-SC-3 a forged, altered or foreign-kind code is refused and nothing is saved")
  void forgedCode() throws Exception {
    Enterprise enterprise = fresh();
    JsonNode task = register(enterprise.creditCode(), today());
    approve(task);
    String genuine = enterpriseCode(enterprise.creditCode());
    String forged = new SignedCode("another key of at least thirty-two bytes!".getBytes(StandardCharsets.UTF_8))
        .sign(new CodePayload(CodeKind.ENTERPRISE, enterprise.creditCode(), clock.instant().plusSeconds(3600)));
    String altered = genuine.substring(0, genuine.length() - 2) + (genuine.endsWith("AA") ? "BB" : "AA");
    String taskCode = signer.sign(new CodePayload(CodeKind.INSPECTION_TASK, task.path("id").asText(),
        clock.instant().plusSeconds(3600)));
    String expired = signer.sign(new CodePayload(CodeKind.ENTERPRISE, enterprise.creditCode(),
        clock.instant().minusSeconds(60)));

    for (String code : List.of(forged, altered, taskCode, expired)) {
      assertRefused(scan("liuyang", code, task), "R-SC-3");
    }
    assertRefused(call("liuyang", "GET", "/api/scan-in/tasks?c=" + forged, null), "R-SC-3");
    assertThat(records(task)).isZero();
  }

  @Test
  @DisplayName("R-SC-1 a task not yet approved cannot be scanned in to")
  void notApproved() throws Exception {
    Enterprise enterprise = fresh();
    JsonNode task = register(enterprise.creditCode(), today());

    HttpResponse<String> refused = scan("liuyang", enterpriseCode(enterprise.creditCode()), task);
    assertRefused(refused, "R-SC-1");
    assertThat(json.readTree(refused.body()).path("detail").asText()).contains("尚未经单位负责人审批");
    assertThat(records(task)).isZero();
    assertThat(tasks.get(task.path("id").asLong()).status().name()).isEqualTo("AWAITING_APPROVAL");
  }

  @Test
  @DisplayName("R-SC-2 R-SC-4 no scan: without the body-camera reference refused (nothing saved); with reason and reference recorded once and the spine moves on")
  void withoutScan() throws Exception {
    Enterprise enterprise = fresh();
    JsonNode task = register(enterprise.creditCode(), today());
    approve(task);
    String path = "/api/scan-in/without-scan";

    assertRefused(call("liuyang", "POST", path, "{\"taskId\":%s,\"reason\":\"PARTY_REFUSED\",\"bodyCameraRef\":\" \"}"
        .formatted(task.path("id"))), "R-SC-2");
    assertRefused(call("liuyang", "POST", path, "{\"taskId\":%s,\"bodyCameraRef\":\"JL-1\"}"
        .formatted(task.path("id"))), "R-SC-2");
    assertThat(records(task)).isZero();

    HttpResponse<String> recorded = call("wangfang", "POST", path,
        "{\"taskId\":%s,\"reason\":\"PARTY_REFUSED\",\"bodyCameraRef\":\"JL-2026-𠮷-0815\"}".formatted(task.path("id")));
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
    JsonNode record = json.readTree(recorded.body());
    assertThat(record.path("method").asText()).isEqualTo("NO_SCAN");
    assertThat(record.path("noScanReason").asText()).isEqualTo("PARTY_REFUSED");
    assertThat(record.path("bodyCameraRef").asText()).isEqualTo("JL-2026-𠮷-0815");
    assertThat(jdbc.queryForObject("select body_camera_ref from insp_scan_in where task_id = ?", String.class,
        task.path("id").asLong())).isEqualTo("JL-2026-𠮷-0815");
    assertThat(waitingAt(task.path("taskNumber").asText())).isEqualTo(InspectionTaskProcessIds.RESULT_BACKFILL);

    HttpResponse<String> scannedAfter = scan("liuyang", enterpriseCode(enterprise.creditCode()), task);
    assertThat(json.readTree(scannedAfter.body()).path("id").asLong()).isEqualTo(record.path("id").asLong());
    assertThat(records(task)).isOne();
    assertThat(actions(task)).contains("SCANNED_IN_WITHOUT_CODE").doesNotContain("SCANNED_IN");
  }

  /** The activity the task's spine waits at (after the scan-in: the result backfill). */
  String waitingAt(String taskNumber) {
    var spine = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(taskNumber)
        .processDefinitionKey(InspectionTaskProcessIds.PROCESS_KEY).singleResult();
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(spine.getId()).unfinished()
        .activityType("callActivity").singleResult().getActivityId();
  }

  @Test
  @DisplayName("R-SC-1 a scan after the result was backfilled and the task closed is answered as a repeat, not refused as unapproved")
  void scanAfterClose() throws Exception {
    Enterprise enterprise = fresh();
    JsonNode task = register(enterprise.creditCode(), today());
    approve(task);
    String code = enterpriseCode(enterprise.creditCode());
    long first = json.readTree(scan("liuyang", code, task).body()).path("id").asLong();
    HttpResponse<String> backfilled = call("liuyang", "POST", "/api/tasks/" + task.path("id") + "/result",
        "{\"items\":[{\"itemCode\":\"SCJG-001\",\"outcome\":\"COMPLIANT\"}]}");
    assertThat(backfilled.statusCode()).as(backfilled.body()).isEqualTo(200);

    HttpResponse<String> again = scan("wangfang", code, task);

    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(json.readTree(again.body()).path("id").asLong()).isEqualTo(first);
    assertThat(json.readTree(again.body()).path("repeated").asBoolean()).isTrue();
    assertThat(records(task)).isOne();
    assertThat(json.readTree(call("wangfang", "GET", "/api/scan-in/tasks?c=" + code, null).body())
        .findValuesAsText("status")).containsExactly("已办结");
  }

  // ---- the phone's location (R-IG-7)

  /** A task of today at the enterprise, registered by liuyang and approved by zhangwei. */
  JsonNode approvedToday(Enterprise enterprise) throws Exception {
    JsonNode task = register(enterprise.creditCode(), today());
    approve(task);
    return task;
  }

  HttpResponse<String> scanAt(String code, JsonNode task, String location) throws Exception {
    return call("liuyang", "POST", "/api/scan-in",
        "{\"code\":\"%s\",\"taskId\":%s%s}".formatted(code, task.path("id"), location));
  }

  JsonNode withoutLocation(String user, int page, int size) throws Exception {
    HttpResponse<String> listed = call(user, "GET", "/api/supervision/scans-without-location?page=%d&size=%d"
        .formatted(page, size), null);
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    return json.readTree(listed.body());
  }

  String scanTrace(JsonNode task) {
    return jdbc.queryForObject("select detail from insp_task_trace where task_id = ? and action like 'SCANNED_IN%'",
        String.class, task.path("id").asLong());
  }

  @Test
  @DisplayName("R-IG-7 a scan with the phone's location stores latitude, longitude and accuracy, answers them, traces them, and supervision does not list it")
  void scanWithLocation() throws Exception {
    Enterprise enterprise = fresh();
    JsonNode task = approvedToday(enterprise);

    HttpResponse<String> scanned = scanAt(enterpriseCode(enterprise.creditCode()), task,
        ",\"latitude\":32.5119834,\"longitude\":120.1486121,\"accuracy\":14.6");

    assertThat(scanned.statusCode()).as(scanned.body()).isEqualTo(200);
    JsonNode location = json.readTree(scanned.body()).path("location");
    assertThat(location.path("latitude").asDouble()).isEqualTo(32.5119834);
    assertThat(location.path("longitude").asDouble()).isEqualTo(120.1486121);
    assertThat(location.path("accuracy").asDouble()).isEqualTo(14.6);
    Map<String, Object> row = jdbc.queryForMap(
        "select latitude, longitude, location_accuracy from insp_scan_in where task_id = ?", task.path("id").asLong());
    assertThat(((Number) row.get("LATITUDE")).doubleValue()).isEqualTo(32.5119834);
    assertThat(((Number) row.get("LONGITUDE")).doubleValue()).isEqualTo(120.1486121);
    assertThat(((Number) row.get("LOCATION_ACCURACY")).doubleValue()).isEqualTo(14.6);
    assertThat(scanTrace(task)).contains("手机位置：纬度 32.511983，经度 120.148612，精度约 15 米");
    JsonNode listed = withoutLocation("huangmin", 0, 100);
    assertThat(listed.path("items").findValuesAsText("taskNumber")).doesNotContain(task.path("taskNumber").asText());
  }

  @Test
  @DisplayName("R-IG-7 a scan without location is recorded all the same and traced as such; supervision lists it newest first, one page at a time; inspectors and heads get 403")
  void scanWithoutLocationListedForSupervision() throws Exception {
    Enterprise first = fresh();
    Enterprise second = fresh();
    JsonNode older = approvedToday(first);
    JsonNode newer = approvedToday(second);

    assertThat(scanAt(enterpriseCode(first.creditCode()), older, "").statusCode()).isEqualTo(200);
    HttpResponse<String> noScan = call("liuyang", "POST", "/api/scan-in/without-scan", """
        {"taskId":%s,"reason":"CODE_NOT_VISIBLE","bodyCameraRef":"JL-2026-0815"}""".formatted(newer.path("id")));
    assertThat(noScan.statusCode()).as(noScan.body()).isEqualTo(200);

    assertThat(json.readTree(noScan.body()).path("location").isNull()).isTrue();
    assertThat(jdbc.queryForObject("select count(*) from insp_scan_in where task_id = ? and latitude is null",
        Long.class, older.path("id").asLong())).isOne();
    assertThat(scanTrace(older)).contains("手机未提供位置");
    assertThat(scanTrace(newer)).contains("手机未提供位置");

    JsonNode page = withoutLocation("huangmin", 0, 2);
    assertThat(page.path("page").asInt()).isZero();
    assertThat(page.path("size").asInt()).isEqualTo(2);
    assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(page.path("items").findValuesAsText("taskNumber")).containsExactly(
        newer.path("taskNumber").asText(), older.path("taskNumber").asText());
    JsonNode top = page.path("items").get(0);
    assertThat(top.path("method").asText()).isEqualTo("NO_SCAN");
    assertThat(top.path("inspectorUserId").asText()).isEqualTo("liuyang");
    assertThat(top.path("enterpriseName").asText()).isEqualTo(second.name());
    assertThat(top.path("device").asText()).isEqualTo("ScanInIT phone");
    JsonNode next = withoutLocation("admin", 1, 1);
    assertThat(next.path("items").findValuesAsText("taskNumber")).containsExactly(older.path("taskNumber").asText());

    for (String user : List.of("liuyang", "zhangwei", "sunli")) {
      assertThat(call(user, "GET", "/api/supervision/scans-without-location", null).statusCode()).isEqualTo(403);
    }
  }

  @Test
  @DisplayName("R-IG-7 a location out of range or half sent is refused with a Chinese problem naming the field; nothing is recorded")
  void locationOutOfRange() throws Exception {
    Enterprise enterprise = fresh();
    JsonNode task = approvedToday(enterprise);
    String code = enterpriseCode(enterprise.creditCode());
    Map<String, String> refusals = Map.of(
        ",\"latitude\":90.5,\"longitude\":120.1", "latitude",
        ",\"latitude\":32.5,\"longitude\":-180.01", "longitude",
        ",\"latitude\":32.5,\"longitude\":120.1,\"accuracy\":-1", "accuracy",
        ",\"latitude\":32.5,\"longitude\":120.1,\"accuracy\":100001", "accuracy",
        ",\"latitude\":32.5", "longitude",
        ",\"accuracy\":20", "latitude");

    for (Map.Entry<String, String> bad : refusals.entrySet()) {
      HttpResponse<String> refused = scanAt(code, task, bad.getKey());

      assertRefused(refused, "R-IG-7");
      assertThat(json.readTree(refused.body()).path("field").asText()).as(bad.getKey()).isEqualTo(bad.getValue());
    }
    HttpResponse<String> noScan = call("liuyang", "POST", "/api/scan-in/without-scan", """
        {"taskId":%s,"reason":"PARTY_REFUSED","bodyCameraRef":"JL-1","latitude":-91,"longitude":0}"""
        .formatted(task.path("id")));
    assertRefused(noScan, "R-IG-7");
    assertThat(records(task)).isZero();

    assertThat(scanAt(code, task, ",\"latitude\":-90,\"longitude\":180,\"accuracy\":0").statusCode()).isEqualTo(200);
    assertThat(records(task)).isOne();
  }
}
