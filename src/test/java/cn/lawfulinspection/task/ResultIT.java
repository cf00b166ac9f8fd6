package cn.lawfulinspection.task;

import static cn.lawfulinspection.task.process.HeadApprovalProcessIds.APPROVE_TASK;
import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.inspectioncode.InspectionCodes;
import cn.lawfulinspection.qr.CodeKind;
import cn.lawfulinspection.qr.CodePayload;
import cn.lawfulinspection.qr.SignedCode;
import cn.lawfulinspection.support.Api;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.task.process.TaskProcesses;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The result backfill over HTTP (R-RS-1, R-SC-1, R-MD-1, R-MD-3, R-RS-2, R-RS-4, R-RS-5): 刘洋 registers a complaint
 * task for today (items SCJG-001 and SCJG-005, the latter on the first-violation exemption list; liuyang and
 * wangfang assigned), 张伟 approves, 刘洋 scans in, then backfills. H2 and MariaDB.
 */
@IntegrationTest
class ResultIT {

  static final String EXEMPT_ITEM = "SCJG-005";

  @LocalServerPort int port;
  @Autowired TaskFixtures fx;
  @Autowired TaskProcesses processes;
  @Autowired InspectionTaskService tasks;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired SignedCode signer;
  @Autowired InspectionCodes codes;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;
  final ObjectMapper json = new ObjectMapper();

  HttpResponse<String> call(String user, String method, String path, String body) throws Exception {
    return new Api(port).call(user, method, path, body);
  }

  /** A complaint task of today for the enterprise, approved by the head; not scanned in yet. */
  InspectionTask approvedToday(Enterprise e) {
    LocalDate today = fx.today();
    TaskRequest request = new TaskRequest(e.creditCode(), TaskOrigin.TRIGGERED, null, null, null,
        TriggerReason.COMPLAINT, "投诉：后厨卫生差", InspectionKind.AD_HOC, List.of("SCJG-001", EXEMPT_ITEM),
        List.of("liuyang", "wangfang"), today, today, false, false, null);
    InspectionTask task = fx.as("liuyang", () -> processes.registerAndStart(fx.linked(request)));
    Task approval = taskService.createTaskQuery().processInstanceBusinessKey(task.taskNumber())
        .taskDefinitionKey(APPROVE_TASK).singleResult();
    fx.as("zhangwei", () -> {
      taskService.claim(approval.getId(), "zhangwei");
      taskService.complete(approval.getId(), Map.of(APPROVAL_DECISION, "APPROVE"));
      return null;
    });
    return task;
  }

  void scanIn(InspectionTask task, String user) throws Exception {
    String code = signer.sign(new CodePayload(CodeKind.ENTERPRISE, task.enterpriseCode(),
        clock.instant().plus(Duration.ofDays(30))));
    HttpResponse<String> scanned = call(user, "POST", "/api/scan-in",
        "{\"code\":\"%s\",\"taskId\":%d}".formatted(code, task.id()));
    assertThat(scanned.statusCode()).as(scanned.body()).isEqualTo(200);
  }

  static String minorProblem(String deadline) {
    return """
        {"items":[
          {"itemCode":"SCJG-001","outcome":"COMPLIANT","evidence":["IMG-0001"]},
          {"itemCode":"SCJG-005","outcome":"PROBLEM_FOUND","findings":"年度报告未按时公示","minor":true,
           "evidence":["IMG-0002","JL-2026-0815"]}],
         "rectificationDeadline":"%s"}""".formatted(deadline);
  }

  long results(InspectionTask task) {
    return jdbc.queryForObject("select count(*) from insp_result where task_id = ?", Long.class, task.id());
  }

  long refusals(String ruleId) {
    return jdbc.queryForObject("select count(*) from insp_refusal_log where rule_id = ?", Long.class, ruleId);
  }

  static void assertProblem(HttpResponse<String> response, String ruleId) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    assertThat(new ObjectMapper().readTree(response.body()).path("ruleId").asText()).isEqualTo(ruleId);
  }

  @Test
  @DisplayName("R-SC-1 R-MD-1 a result before the scan-in, or by an inspector not assigned, is refused (422), logged, nothing saved")
  void refusals() throws Exception {
    InspectionTask task = approvedToday(fx.fresh(CreditTier.D));
    String deadline = fx.today().plusDays(30).toString();
    long loggedBefore = refusals("R-SC-1");

    HttpResponse<String> early = call("liuyang", "POST", "/api/tasks/" + task.id() + "/result", minorProblem(deadline));

    assertProblem(early, "R-SC-1");
    assertThat(json.readTree(early.body()).path("detail").asText()).contains("尚未扫码入企，不能回填检查结果");
    assertThat(refusals("R-SC-1")).isEqualTo(loggedBefore + 1);
    assertThat(results(task)).isZero();

    scanIn(task, "liuyang");
    assertProblem(call("lijun", "POST", "/api/tasks/" + task.id() + "/result", minorProblem(deadline)), "R-MD-1");
    assertProblem(call("liuyang", "POST", "/api/tasks/" + task.id() + "/result",
        "{\"items\":[{\"itemCode\":\"SCJG-001\",\"outcome\":\"COMPLIANT\"}]}"), "R-MD-3");
    assertProblem(call("liuyang", "POST", "/api/tasks/" + task.id() + "/result", """
        {"items":[{"itemCode":"SCJG-001","outcome":"COMPLIANT"},{"itemCode":"SCJG-005","outcome":"NOT_CHECKED"}]}"""),
        "R-RS-1");
    assertProblem(call("liuyang", "POST", "/api/tasks/" + task.id() + "/result", minorProblem("2000-01-01")),
        "R-RS-4");
    assertThat(results(task)).isZero();
    assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.APPROVED);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(task.taskNumber())
        .taskDefinitionKey("UserTask_BackfillResult").count()).isOne();
  }

  @Test
  @DisplayName("R-RS-1 R-RS-5 R-RS-2 R-RS-4 backfilled over REST: first minor violation marked 首违不罚, the enterprise is told, the spine opens the rectification; a second violation is not exempt")
  void backfillAndFirstViolation() throws Exception {
    Enterprise enterprise = fx.fresh(CreditTier.D);
    InspectionTask first = approvedToday(enterprise);
    scanIn(first, "liuyang");
    String deadline = fx.today().plusDays(30).toString();

    HttpResponse<String> backfilled = call("liuyang", "POST", "/api/tasks/" + first.id() + "/result",
        minorProblem(deadline));

    assertThat(backfilled.statusCode()).as(backfilled.body()).isEqualTo(200);
    JsonNode result = json.readTree(backfilled.body());
    assertThat(result.path("problemsFound").asBoolean()).isTrue();
    assertThat(result.path("late").asBoolean()).isFalse();
    assertThat(result.path("backfilledBy").asText()).isEqualTo("liuyang");
    assertThat(result.path("items").findValuesAsText("itemCode")).containsExactly("SCJG-001", EXEMPT_ITEM);
    assertThat(result.path("items").get(1).path("firstViolationExempt").asBoolean()).isTrue();
    assertThat(result.path("items").get(1).path("evidence")).hasSize(2);
    InspectionTask read = tasks.get(first.id());
    assertThat(read.status()).isEqualTo(TaskStatus.RECTIFYING);
    assertThat(read.trace()).extracting(InspectionTask.TraceEntry::action).containsSubsequence("SCANNED_IN",
        "RESULT_BACKFILLED", "FIRST_VIOLATION_EXEMPT", "RESULT_SENT_TO_ENTERPRISE", "RECTIFICATION_OPENED");
    assertThat(historyService.createHistoricActivityInstanceQuery().activityId(FOLLOW_UP).unfinished()
        .processInstanceId(historyService.createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(first.taskNumber()).processDefinitionKey(PROCESS_KEY).singleResult().getId())
        .count()).isOne();

    // once only (R-RS-1)
    assertProblem(call("wangfang", "POST", "/api/tasks/" + first.id() + "/result", minorProblem(deadline)),
        "R-RS-1");
    HttpResponse<String> readBack = call("zhangwei", "GET", "/api/tasks/" + first.id() + "/result", null);
    assertThat(json.readTree(readBack.body()).path("rectificationDeadline").asText()).isEqualTo(deadline);

    // the same minor violation again at the same enterprise is not a first one (R-RS-5); the other assigned
    // inspector may backfill the task 刘洋 scanned in to (assigned to him in Tasklist)
    InspectionTask second = approvedToday(enterprise);
    scanIn(second, "liuyang");
    HttpResponse<String> again = call("wangfang", "POST", "/api/tasks/" + second.id() + "/result",
        minorProblem(deadline));
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(json.readTree(again.body()).path("items").get(1).path("firstViolationExempt").asBoolean()).isFalse();
    assertThat(tasks.get(second.id()).status()).isEqualTo(TaskStatus.RECTIFYING);
  }

  @Test
  @DisplayName("R-RS-2 R-SC-3 the enterprise reads the result through the inspection code; a forged code gets the refusal and no data")
  void publicResult() throws Exception {
    InspectionTask task = approvedToday(fx.fresh(CreditTier.D));
    String code = codes.issue(tasks.get(task.id()), "liuyang").code();
    String path = "/api/public/inspection-codes/" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "/result";

    JsonNode before = json.readTree(call(null, "GET", path, null).body());
    assertThat(before.path("backfilled").asBoolean()).isFalse();
    assertThat(before.path("items")).isEmpty();

    scanIn(task, "liuyang");
    HttpResponse<String> backfilled = call("liuyang", "POST", "/api/tasks/" + task.id() + "/result", """
        {"items":[{"itemCode":"SCJG-001","outcome":"COMPLIANT"},
                  {"itemCode":"SCJG-005","outcome":"NOT_CHECKED","findings":"企业财务人员不在岗，资料无法调取"}]}""");
    assertThat(backfilled.statusCode()).as(backfilled.body()).isEqualTo(200);

    HttpResponse<String> read = call(null, "GET", path, null);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    JsonNode result = json.readTree(read.body());
    assertThat(result.path("backfilled").asBoolean()).isTrue();
    assertThat(result.path("statusLabel").asText()).isEqualTo("已办结");
    assertThat(result.path("rectificationDeadline").isNull()).isTrue();
    assertThat(result.path("items").findValuesAsText("outcomeLabel")).containsExactly("合规", "未检查");
    assertThat(result.path("items").get(1).path("findings").asText()).contains("财务人员不在岗");
    assertThat(result.has("backfilledAt")).isTrue();
    assertThat(result.toString()).doesNotContain("liuyang", "evidence");
    assertThat(tasks.get(task.id()).trace()).extracting(InspectionTask.TraceEntry::action)
        .contains("INSPECTION_CODE_VERIFIED", "TASK_CLOSED");
    assertThat(tasks.get(task.id()).trace()).filteredOn(e -> e.action().equals("INSPECTION_CODE_VERIFIED"))
        .anySatisfy(e -> assertThat(e.detail()).contains("查看检查结果"));

    HttpResponse<String> forged = call(null, "GET", "/api/public/inspection-codes/"
        + URLEncoder.encode(code.substring(0, code.length() - 3) + "AAA", StandardCharsets.UTF_8) + "/result", null);
    assertThat(forged.statusCode()).isEqualTo(422);
    assertThat(json.readTree(forged.body()).path("ruleId").asText()).isEqualTo("R-SC-3");
    assertThat(forged.body()).doesNotContain(task.taskNumber(), "items");
  }
}
