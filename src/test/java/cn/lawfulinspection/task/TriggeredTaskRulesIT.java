package cn.lawfulinspection.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.support.Api;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.support.Race;
import cn.lawfulinspection.support.TriggerRecordsForTests;
import cn.lawfulinspection.task.process.HeadApprovalProcessIds;
import cn.lawfulinspection.task.process.InspectionTaskProcessIds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Triggered inspections under control, over REST on the real engine and database (H2, and MariaDB with
 * {@code -Dit.database=mariadb}): trigger records (R-TK-10), emergencies only for urgent triggered tasks (R-TK-4),
 * surprises only for special inspections with a stated reason (R-NT-3), and over-inspection of one enterprise in a month
 * (R-SV-2, the default profile applies it: warning above 3, block above 5, the justice bureau's exception).
 */
@IntegrationTest
class TriggeredTaskRulesIT {

  @LocalServerPort int port;
  @Autowired TaskFixtures fx;
  @Autowired TriggerRecordsForTests triggers;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService taskService;
  final ObjectMapper json = new ObjectMapper();

  Api api() {
    return new Api(port);
  }

  /** A triggered ad-hoc task of today for scjg (liuyang, wangfang) or yjgl (sunli, zhouqiang). */
  Map<String, Object> triggered(String enterprise, String record, boolean scjg) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("enterpriseCode", enterprise);
    body.put("origin", "TRIGGERED");
    if (record != null) {
      body.put("triggerRecord", record);
    }
    body.put("kind", "AD_HOC");
    body.put("itemCodes", List.of(scjg ? "SCJG-001" : "YJGL-001"));
    body.put("inspectors", scjg ? List.of("liuyang", "wangfang") : List.of("sunli", "zhouqiang"));
    body.put("windowStart", fx.today().toString());
    body.put("windowEnd", fx.today().toString());
    return body;
  }

  HttpResponse<String> post(String user, String path, Object body) throws Exception {
    return api().call(user, "POST", path, json.writeValueAsString(body));
  }

  JsonNode problem(HttpResponse<String> answer, int status, String ruleId) throws Exception {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    JsonNode problem = json.readTree(answer.body());
    assertThat(problem.path("ruleId").asText()).isEqualTo(ruleId);
    assertThat(problem.path("detail").asText()).containsPattern("\\p{IsHan}");
    return problem;
  }

  JsonNode created(HttpResponse<String> answer) throws Exception {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    return json.readTree(answer.body());
  }

  /** 张伟 approves the task at 审批检查方案 (R-TK-3), as in Tasklist. */
  void approve(String taskNumber) {
    Task approval = taskService.createTaskQuery().processInstanceBusinessKey(taskNumber)
        .taskDefinitionKey(HeadApprovalProcessIds.APPROVE_TASK).singleResult();
    fx.as("zhangwei", () -> {
      taskService.claim(approval.getId(), "zhangwei");
      taskService.complete(approval.getId(), Map.of(InspectionTaskProcessIds.APPROVAL_DECISION, "APPROVE"));
    });
  }

  int tasks() {
    return jdbc.queryForObject("select count(*) from insp_task", Integer.class);
  }

  @Test
  @DisplayName("R-TK-10 staff register a complaint with its 12345 ticket: numbered per agency and year, source, date, content, enterprise, registrant; read by their agency and supervision only; incomplete records refused")
  void registerRecord() throws Exception {
    Enterprise e = fx.fresh(CreditTier.D);
    JsonNode record = created(post("liuyang", "/api/triggers", Map.of("kind", "COMPLAINT",
        "source", "12345 政务服务热线", "hotlineTicket", "GD-2026-120701", "receivedOn", fx.today().toString(),
        "content", "群众反映后厨卫生差", "enterpriseCode", e.creditCode())));
    assertThat(record.path("recordNumber").asText()).matches("CF-SCJG-" + fx.today().getYear() + "-\\d{4}");
    assertThat(record.path("hotlineTicket").asText()).isEqualTo("GD-2026-120701");
    assertThat(record.path("registeredBy").asText()).isEqualTo("liuyang");
    assertThat(record.path("enterpriseName").asText()).isEqualTo(e.name());
    assertThat(record.path("usedByTaskNumber").isNull()).isTrue();
    String number = record.path("recordNumber").asText();

    assertThat(api().call("wangfang", "GET", "/api/triggers/" + number, null).statusCode()).isEqualTo(200);
    assertThat(api().call("huangmin", "GET", "/api/triggers/" + number, null).statusCode()).isEqualTo(200);
    assertThat(api().call("sunli", "GET", "/api/triggers/" + number, null).statusCode()).isEqualTo(403);
    assertThat(api().call("liuyang", "GET", "/api/triggers", null).body()).contains(number);
    assertThat(api().call("sunli", "GET", "/api/triggers", null).body()).doesNotContain(number);

    Map<String, Object> future = new LinkedHashMap<>(Map.of("kind", "COMPLAINT", "source", "12345",
        "receivedOn", fx.today().plusDays(1).toString(), "content", "x", "enterpriseCode", e.creditCode()));
    assertThat(problem(post("liuyang", "/api/triggers", future), 422, "R-TK-10").path("field").asText())
        .isEqualTo("receivedOn");
    Map<String, Object> ticketOnReferral = new LinkedHashMap<>(Map.of("kind", "REFERRAL", "source", "市局转办函",
        "hotlineTicket", "GD-1", "receivedOn", fx.today().toString(), "content", "x", "enterpriseCode",
        e.creditCode()));
    assertThat(problem(post("liuyang", "/api/triggers", ticketOnReferral), 422, "R-TK-10").path("detail").asText())
        .contains("12345");
    Map<String, Object> noSource = new LinkedHashMap<>(Map.of("kind", "DATA_MONITORING", "receivedOn",
        fx.today().toString(), "content", "x", "enterpriseCode", e.creditCode()));
    problem(post("liuyang", "/api/triggers", noSource), 422, "R-TK-10");
  }

  @Test
  @DisplayName("R-TK-10 R-TK-1 a triggered task needs its agency's record of the same enterprise: free text alone, another agency's or another enterprise's record is refused and nothing saved; the trigger is the record's")
  void taskLinksRecord() throws Exception {
    Enterprise e = fx.fresh(CreditTier.D);
    Enterprise other = fx.fresh(CreditTier.D);
    int before = tasks();
    Map<String, Object> freeText = triggered(e.creditCode(), null, true);
    freeText.put("trigger", "COMPLAINT");
    freeText.put("triggerDescription", "投诉：后厨卫生差");
    assertThat(problem(post("liuyang", "/api/tasks", freeText), 422, "R-TK-10").path("detail").asText())
        .contains("仅填写文字说明不能作为触发事由");
    problem(post("liuyang", "/api/tasks", triggered(e.creditCode(),
        triggers.open("sunli", e.creditCode(), TriggerReason.COMPLAINT), true)), 422, "R-TK-10");
    assertThat(problem(post("liuyang", "/api/tasks", triggered(e.creditCode(),
        triggers.open("liuyang", other.creditCode(), TriggerReason.COMPLAINT), true)), 422, "R-TK-10")
        .path("detail").asText()).contains("不一致");
    assertThat(tasks()).isEqualTo(before);

    String referral = triggers.open("liuyang", e.creditCode(), TriggerReason.REFERRAL);
    Map<String, Object> body = triggered(e.creditCode(), referral, true);
    body.put("trigger", "MEDIA_EXPOSURE"); // ignored: the record says what triggered the task
    JsonNode task = created(post("liuyang", "/api/tasks", body));
    assertThat(task.path("trigger").asText()).isEqualTo("REFERRAL");
    assertThat(task.path("triggerRecordNumber").asText()).isEqualTo(referral);
    assertThat(json.readTree(api().call("liuyang", "GET", "/api/triggers/" + referral, null).body())
        .path("usedByTaskNumber").asText()).isEqualTo(task.path("taskNumber").asText());

    // one record justifies one task: used again, it is a conflict (409), not a rule the clerk can fix by editing
    JsonNode conflict = problem(post("liuyang", "/api/tasks", triggered(e.creditCode(), referral, true)), 409,
        "R-TK-10");
    assertThat(conflict.path("detail").asText()).contains(task.path("taskNumber").asText(), "只能触发一个检查任务");
  }

  @Test
  @DisplayName("R-TK-10 R-IG-5 four registrations from one record at once: exactly one task, the others 409 with R-TK-10, never 500")
  void oneRecordRace() throws Exception {
    Enterprise e = fx.fresh(CreditTier.D);
    String record = triggers.open("liuyang", e.creditCode(), TriggerReason.COMPLAINT);
    String body = json.writeValueAsString(triggered(e.creditCode(), record, true));
    Api api = api();
    List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
    for (String user : List.of("liuyang", "wangfang", "lijun", "liuyang")) {
      calls.add(() -> api.call(user, "POST", "/api/tasks", body));
    }

    List<HttpResponse<String>> answers = Race.run(calls);

    Race.assertNoServerError(answers);
    assertThat(answers).as(() -> Race.describe(answers)).filteredOn(a -> a.statusCode() == 201).hasSize(1);
    for (HttpResponse<String> refused : answers.stream().filter(a -> a.statusCode() != 201).toList()) {
      problem(refused, 409, "R-TK-10");
    }
    assertThat(jdbc.queryForObject("select count(*) from insp_task where trigger_record_number = ?", Integer.class,
        record)).isEqualTo(1);
  }

  @Test
  @DisplayName("R-TK-4 a planned task is never an emergency; a triggered one only with an urgency category and reason, then it inspects first")
  void emergencyOnlyWhenUrgent() throws Exception {
    Enterprise e = fx.fresh(CreditTier.D);
    LocalDate day = fx.noticeableDay();
    Map<String, Object> planned = new LinkedHashMap<>(Map.of("enterpriseCode", e.creditCode(), "origin", "PLANNED",
        "planNumber", fx.annualPlan().planNumber(), "kind", "DOUBLE_RANDOM", "itemCodes", List.of("SCJG-001"),
        "inspectors", List.of("liuyang", "wangfang"), "windowStart", day.toString(), "windowEnd", day.toString(),
        "emergency", true));
    planned.put("urgency", "LIFE");
    planned.put("urgencyReason", "燃气泄漏");
    assertThat(problem(post("liuyang", "/api/tasks", planned), 422, "R-TK-4").path("detail").asText())
        .contains("有计划检查不能按“情况紧急”");

    Map<String, Object> noUrgency = triggered(e.creditCode(),
        triggers.open("liuyang", e.creditCode(), TriggerReason.COMPLAINT), true);
    noUrgency.put("emergency", true);
    assertThat(problem(post("liuyang", "/api/tasks", noUrgency), 422, "R-TK-4").path("field").asText())
        .isEqualTo("urgency");
    noUrgency.put("urgency", "PUBLIC_SAFETY");
    assertThat(problem(post("liuyang", "/api/tasks", noUrgency), 422, "R-TK-4").path("field").asText())
        .isEqualTo("urgencyReason");
    noUrgency.put("urgencyReason", "群众举报后厨燃气泄漏，随时可能爆炸");
    JsonNode task = created(post("liuyang", "/api/tasks", noUrgency));
    assertThat(task.path("status").asText()).isEqualTo("IN_PROGRESS_POST_HOC");
    assertThat(task.path("urgency").asText()).isEqualTo("PUBLIC_SAFETY");
    assertThat(task.path("urgencyReason").asText()).contains("燃气泄漏");
  }

  @Test
  @DisplayName("R-NT-3 no kind skips the notice by itself: a superior-assigned task is noticed; only a special inspection with a listed reason may be a surprise")
  void surpriseOnlyWithReason() throws Exception {
    Enterprise e = fx.fresh(CreditTier.D);
    // a superior-assigned (triggered) task is approved and noticed like any other
    Map<String, Object> superior = triggered(e.creditCode(),
        triggers.open("liuyang", e.creditCode(), TriggerReason.SUPERIOR_ASSIGNMENT), true);
    superior.put("kind", "SUPERIOR_ASSIGNED");
    LocalDate day = fx.routineDay(10);
    superior.put("windowStart", day.toString());
    superior.put("windowEnd", day.toString());
    JsonNode task = created(post("liuyang", "/api/tasks", superior));
    approve(task.path("taskNumber").asText());
    JsonNode read = json.readTree(api().call("liuyang", "GET", "/api/tasks/" + task.path("id").asText(), null)
        .body());
    assertThat(read.path("trace").findValuesAsText("action")).contains("NOTICE_SENT")
        .doesNotContain("NOTICE_NOT_REQUIRED");

    // an ad-hoc surprise is refused: only special inspections may be
    Map<String, Object> adHoc = triggered(e.creditCode(),
        triggers.open("liuyang", e.creditCode(), TriggerReason.COMPLAINT), true);
    adHoc.put("surprise", true);
    adHoc.put("surpriseReason", "HIGH_RISK_HAZARD");
    adHoc.put("surpriseReasonText", "排查隐患");
    assertThat(problem(post("liuyang", "/api/tasks", adHoc), 422, "R-NT-3").path("detail").asText())
        .contains("只有专项检查");

    // a special inspection: a reason from the list and its words are required, then the head sees them
    Enterprise s = fx.fresh(CreditTier.D);
    LocalDate later = fx.noticeableDay();
    Map<String, Object> special = new LinkedHashMap<>(Map.of("enterpriseCode", s.creditCode(), "origin", "PLANNED",
        "planNumber", fx.annualPlan().planNumber(), "kind", "SPECIAL", "itemCodes", List.of("SCJG-001"),
        "inspectors", List.of("liuyang", "wangfang"), "windowStart", later.toString(), "windowEnd",
        later.toString(), "surprise", true));
    assertThat(problem(post("liuyang", "/api/tasks", special), 422, "R-NT-3").path("field").asText())
        .isEqualTo("surpriseReason");
    special.put("surpriseReason", "HIGH_RISK_HAZARD");
    assertThat(problem(post("liuyang", "/api/tasks", special), 422, "R-NT-3").path("field").asText())
        .isEqualTo("surpriseReasonText");
    special.put("surpriseReasonText", "排查冷库氨制冷系统较高风险隐患");
    JsonNode surprise = created(post("liuyang", "/api/tasks", special));
    assertThat(surprise.path("surpriseReason").asText()).isEqualTo("HIGH_RISK_HAZARD");
    assertThat(surprise.path("warnings").findValuesAsText("ruleId")).contains("R-NT-3");
    assertThat(surprise.path("warnings").toString()).contains("排查冷库氨制冷系统较高风险隐患", "负责人审批同意即同意不予预告");
  }

  @Test
  @DisplayName("R-SV-2 triggered inspections of one enterprise in a month, all agencies: the 4th and 5th warn the head, the 6th is refused unless the justice bureau's exception is referenced, which serves once")
  void overInspection() throws Exception {
    Enterprise e = fx.fresh(CreditTier.D);
    String code = e.creditCode();
    List<JsonNode> registered = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      boolean scjg = i % 2 == 1; // scjg and yjgl alternate: counted across agencies
      String user = scjg ? "liuyang" : "sunli";
      registered.add(created(post(user, "/api/tasks",
          triggered(code, triggers.open(user, code, TriggerReason.COMPLAINT), scjg))));
    }
    for (int i = 0; i < 3; i++) {
      assertThat(registered.get(i).path("warnings").findValuesAsText("ruleId")).doesNotContain("R-SV-2");
    }
    assertThat(registered.get(3).path("warnings").findValuesAsText("ruleId")).contains("R-SV-2");
    assertThat(registered.get(4).path("warnings").toString()).contains("R-SV-2", "第5次", "明显超过合理频次");

    int before = tasks();
    String sixth = triggers.open("liuyang", code, TriggerReason.COMPLAINT);
    assertThat(problem(post("liuyang", "/api/tasks", triggered(code, sixth, true)), 422, "R-SV-2")
        .path("detail").asText()).contains("第6次", "司法局");
    assertThat(tasks()).isEqualTo(before);
    assertThat(json.readTree(api().call("liuyang", "GET", "/api/triggers/" + sixth, null).body())
        .path("usedByTaskNumber").isNull()).isTrue();

    // only the justice bureau grants the exception, with its reason (audited on the record)
    Map<String, Object> grant = Map.of("enterpriseCode", code, "month", YearMonth.from(fx.today()).toString(),
        "reason", "群众反复举报液化气违规存放，确需再次检查");
    assertThat(post("zhangwei", "/api/over-inspection-exceptions", grant).statusCode()).isEqualTo(403);
    JsonNode exception = created(post("huangmin", "/api/over-inspection-exceptions", grant));
    assertThat(exception.path("number").asText()).startsWith("LW-SFJ-");
    assertThat(exception.path("grantedBy").asText()).isEqualTo("huangmin");

    Map<String, Object> allowed = triggered(code, sixth, true);
    allowed.put("overInspectionException", exception.path("number").asText());
    JsonNode task = created(post("liuyang", "/api/tasks", allowed));
    assertThat(task.path("overInspectionException").asText()).isEqualTo(exception.path("number").asText());
    assertThat(task.path("warnings").toString()).contains("R-SV-2", "司法局准予例外");

    Map<String, Object> again = triggered(code, triggers.open("sunli", code, TriggerReason.COMPLAINT), false);
    again.put("overInspectionException", exception.path("number").asText());
    problem(post("sunli", "/api/tasks", again), 409, "R-SV-2");
  }

  @Test
  @DisplayName("R-SV-2 R-IG-5 two registrations at once where only one fits under the block level: one task, the other refused with R-SV-2, never 500")
  void overInspectionRace() throws Exception {
    Enterprise e = fx.fresh(CreditTier.D);
    String code = e.creditCode();
    for (int i = 1; i <= 4; i++) {
      created(post("liuyang", "/api/tasks", triggered(code, triggers.open("liuyang", code, TriggerReason.COMPLAINT),
          true)));
    }
    String a = json.writeValueAsString(triggered(code, triggers.open("liuyang", code, TriggerReason.COMPLAINT), true));
    String b = json.writeValueAsString(triggered(code, triggers.open("sunli", code, TriggerReason.COMPLAINT), false));
    Api api = api();

    List<HttpResponse<String>> answers = Race.run(List.of(() -> api.call("liuyang", "POST", "/api/tasks", a),
        () -> api.call("sunli", "POST", "/api/tasks", b)));

    Race.assertNoServerError(answers);
    assertThat(answers).as(() -> Race.describe(answers)).filteredOn(r -> r.statusCode() == 201).hasSize(1);
    problem(answers.stream().filter(r -> r.statusCode() != 201).findFirst().orElseThrow(), 422, "R-SV-2");
    assertThat(jdbc.queryForObject("select count(*) from insp_task where enterprise_code = ?", Integer.class, code))
        .isEqualTo(5);
  }

  @Test
  @DisplayName("R-TK-8 each agency publishes its list of off-site items: anyone reads yjgl's usable off-site items, not the on-site ones")
  void offSiteList() throws Exception {
    HttpResponse<String> answer = api().call(null, "GET", "/api/public/agencies/yjgl/off-site-items", null);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode list = json.readTree(answer.body());
    assertThat(list.findValuesAsText("code")).contains("YJGL-003", "YJGL-004").doesNotContain("YJGL-001", "SCJG-005");
    assertThat(list.findValuesAsText("offSiteCheckable")).containsOnly("true");
  }
}
