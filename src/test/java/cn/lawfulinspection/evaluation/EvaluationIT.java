package cn.lawfulinspection.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.qr.CodeKind;
import cn.lawfulinspection.qr.CodePayload;
import cn.lawfulinspection.qr.SignedCode;
import cn.lawfulinspection.support.Api;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.task.InspectedTasks;
import cn.lawfulinspection.task.InspectionTask;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The enterprise's evaluation (评议, R-RS-3) over HTTP, anonymously through the follow-up link it received with the
 * result (R-IG-7: never the inspection code the inspector shows), and what supervision reads of it (R-SV-3). H2 and
 * MariaDB ({@code -Dit.database=mariadb}).
 */
@IntegrationTest
class EvaluationIT {

  static final String PATH = "/api/public/inspection-codes/%s/evaluation";

  @LocalServerPort int port;
  @Autowired InspectedTasks inspected;
  @Autowired SignedCode signer;
  @Autowired Clock clock;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();

  HttpResponse<String> call(String user, String method, String path, String body) throws Exception {
    return new Api(port, "EvaluationIT phone").call(user, method, path, body);
  }

  HttpResponse<String> evaluate(String code, int score, String comment) throws Exception {
    return call(null, "POST", PATH.formatted(code), json.writeValueAsString(Map.of("score", score, "comment", comment)));
  }

  JsonNode read(String code) throws Exception {
    HttpResponse<String> r = call(null, "GET", PATH.formatted(code), null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return json.readTree(r.body());
  }

  long stored(InspectionTask task) {
    return jdbc.queryForObject("select count(*) from insp_evaluation where task_id = ?", Long.class, task.id());
  }

  List<String> actions(InspectionTask task) {
    return jdbc.queryForList("select action from insp_task_trace where task_id = ? order by id", String.class,
        task.id());
  }

  long lastRefusal() {
    return jdbc.queryForObject("select coalesce(max(id), 0) from insp_refusal_log", Long.class);
  }

  List<Map<String, Object>> refusalsSince(long id, String ruleId) {
    return jdbc.queryForList("select message, location from insp_refusal_log where id > ? and rule_id = ?", id,
        ruleId);
  }

  JsonNode refused(HttpResponse<String> response, String ruleId) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.path("ruleId").asText()).isEqualTo(ruleId);
    assertThat(problem.path("detail").asText()).containsPattern("\\p{IsHan}");
    return problem;
  }

  @Test
  @DisplayName("R-IG-7 the inspection code the inspector shows can neither read nor file the evaluation: 422 R-IG-7 in Chinese, logged without the code, traced, nothing stored")
  void inspectionCodeCannotEvaluate() throws Exception {
    InspectedTasks.Told told = inspected.told();
    InspectionTask task = told.task();
    String inspectorsCode = told.inspectionCode();
    long before = lastRefusal();

    JsonNode post = refused(evaluate(inspectorsCode, 5, "自己给自己打五星"), "R-IG-7");
    JsonNode get = refused(call(null, "GET", PATH.formatted(inspectorsCode), null), "R-IG-7");

    for (JsonNode problem : List.of(post, get)) {
      assertThat(problem.path("field").asText()).isEqualTo("code");
      assertThat(problem.path("detail").asText()).contains("检查结果告知", "执法人员出示的检查码", "不能用于评议");
      assertThat(problem.toString()).doesNotContain("score");
    }
    assertThat(stored(task)).isZero();
    assertThat(refusalsSince(before, "R-IG-7")).hasSize(2).allSatisfy(r -> {
      assertThat((String) r.get("LOCATION")).endsWith("/api/public/inspection-codes/{code}/evaluation")
          .doesNotContain(inspectorsCode);
      assertThat((String) r.get("MESSAGE")).contains("检查结果告知");
    });
    assertThat(actions(task)).contains("ENTERPRISE_ACTION_REFUSED").doesNotContain("EVALUATION_SUBMITTED");

    // the enterprise's own link still evaluates: the refusals took nothing from it
    assertThat(read(told.followUpCode()).path("canEvaluate").asBoolean()).isTrue();
  }

  @Test
  @DisplayName("R-RS-3 R-IG-7 R-SC-4 through its follow-up link the enterprise evaluates once: stored, traced on the public channel, read back; a second evaluation is refused")
  void onceOnly() throws Exception {
    InspectedTasks.Told told = inspected.told();
    InspectionTask task = told.task();
    String code = told.followUpCode();
    assertThat(read(code).path("canEvaluate").asBoolean()).isTrue();

    HttpResponse<String> first = evaluate(code, 4, "执法人员态度好，检查规范");

    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    JsonNode back = read(code);
    assertThat(back.path("evaluated").asBoolean()).isTrue();
    assertThat(back.path("score").asInt()).isEqualTo(4);
    assertThat(back.path("comment").asText()).isEqualTo("执法人员态度好，检查规范");
    assertThat(back.path("submittedAt").asText()).isNotBlank();
    assertThat(jdbc.queryForMap("select score, device from insp_evaluation where task_id = ?", task.id()))
        .containsEntry("SCORE", 4).containsEntry("DEVICE", "EvaluationIT phone");
    assertThat(jdbc.queryForList("select channel from insp_task_trace where task_id = ? and action = ?",
        String.class, task.id(), "EVALUATION_SUBMITTED")).containsExactly("PUBLIC_PAGE");
    assertThat(jdbc.queryForList("select detail from insp_task_trace where task_id = ? and action = ?",
        String.class, task.id(), "EVALUATION_SUBMITTED")).singleElement().asString().contains("检查结果告知链接");

    JsonNode again = refused(evaluate(code, 1, "再评一次"), "R-RS-3");

    assertThat(again.path("detail").asText()).isEqualTo("本次检查已评议，不能重复评议。");
    assertThat(stored(task)).isOne();
    assertThat(read(code).path("score").asInt()).isEqualTo(4);
    assertThat(actions(task)).filteredOn("EVALUATION_SUBMITTED"::equals).hasSize(1);
  }

  @Test
  @DisplayName("R-RS-3 before the inspectors scanned in, even a genuine follow-up link (the platform issues none then) is refused (检查尚未开始) and nothing is stored")
  void beforeScanIn() throws Exception {
    InspectionTask task = inspected.approvedToday();
    // signed by the test: the platform sends the link only with a result, which needs the scan-in
    String code = signer.sign(new CodePayload(CodeKind.ENTERPRISE_FOLLOW_UP, Long.toString(task.id()),
        clock.instant().plus(Duration.ofDays(30))));

    JsonNode state = read(code);
    JsonNode problem = refused(evaluate(code, 5, "很好"), "R-RS-3");

    assertThat(state.path("evaluated").asBoolean()).isFalse();
    assertThat(state.path("canEvaluate").asBoolean()).isFalse();
    assertThat(state.path("reason").asText()).startsWith("检查尚未开始，暂不能评议");
    assertThat(problem.path("detail").asText()).startsWith("检查尚未开始，暂不能评议");
    assertThat(stored(task)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from insp_refusal_log where rule_id = 'R-RS-3' and message like ?",
        Long.class, "检查尚未开始%")).isPositive();
    assertThat(jdbc.queryForList("select location from insp_refusal_log where rule_id = 'R-RS-3'", String.class))
        .allMatch(where -> !where.contains(code));
  }

  @Test
  @DisplayName("R-RS-3 R-IG-5 two simultaneous evaluations of one task: exactly one lands, the other is refused (unique key)")
  void simultaneous() throws Exception {
    InspectedTasks.Told told = inspected.told();
    InspectionTask task = told.task();
    String code = told.followUpCode();

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<HttpResponse<String>>> posts = List.of(
          () -> evaluate(code, 5, "甲"), () -> evaluate(code, 3, "乙"), () -> evaluate(code, 2, "丙"),
          () -> evaluate(code, 1, "丁"));
      List<Integer> statuses = new java.util.ArrayList<>();
      for (Future<HttpResponse<String>> f : pool.invokeAll(posts)) {
        statuses.add(f.get().statusCode());
      }

      assertThat(statuses).containsOnly(200, 422).filteredOn(s -> s == 200).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(stored(task)).isOne();
  }

  @Test
  @DisplayName("R-RS-3 a score outside 1 to 5 or a comment over 500 characters is refused with the field; nothing is stored")
  void bounds() throws Exception {
    InspectedTasks.Told told = inspected.told();
    InspectionTask task = told.task();
    String code = told.followUpCode();

    assertThat(refused(evaluate(code, 0, "零分"), "R-RS-3").path("field").asText()).isEqualTo("score");
    assertThat(refused(evaluate(code, 6, "六分"), "R-RS-3").path("field").asText()).isEqualTo("score");
    assertThat(refused(call(null, "POST", PATH.formatted(code), "{\"comment\":\"没有评分\"}"), "R-RS-3")
        .path("field").asText()).isEqualTo("score");
    assertThat(refused(evaluate(code, 3, "长".repeat(501)), "R-RS-3").path("field").asText()).isEqualTo("comment");
    assertThat(stored(task)).isZero();

    assertThat(evaluate(code, 1, "长".repeat(500)).statusCode()).isEqualTo(200);
    assertThat(evaluate(code, 5, "").statusCode()).isEqualTo(422);
  }

  @Test
  @DisplayName("R-RS-3 R-SC-3 a forged or foreign code gets the code's refusal and no data; nothing is stored")
  void forgedCode() throws Exception {
    InspectedTasks.Told told = inspected.told();
    InspectionTask task = told.task();
    String forged = InspectedTasks.forged(told.followUpCode());
    String foreign = signer.sign(new CodePayload(CodeKind.ENTERPRISE, task.enterpriseCode(),
        clock.instant().plus(Duration.ofDays(30))));

    for (String bad : List.of(forged, foreign)) {
      HttpResponse<String> post = evaluate(bad, 5, "伪造");
      HttpResponse<String> get = call(null, "GET", PATH.formatted(bad), null);
      for (HttpResponse<String> r : List.of(post, get)) {
        JsonNode problem = refused(r, "R-SC-3");
        assertThat(problem.path("field").asText()).isEqualTo("code");
        assertThat(r.body()).doesNotContain(task.taskNumber()).doesNotContain(task.enterpriseName())
            .doesNotContain("score");
      }
    }
    assertThat(refused(call(null, "GET", PATH.formatted("not-a-code"), null), "R-SC-3")).isNotNull();
    assertThat(stored(task)).isZero();
  }

  @Test
  @DisplayName("R-SV-3 R-RS-3 supervision lists the evaluations of an agency with count and average; others are refused")
  void supervisionList() throws Exception {
    InspectedTasks.Told one = inspected.told();
    InspectedTasks.Told two = inspected.told();
    assertThat(evaluate(one.followUpCode(), 5, "很满意").statusCode()).isEqualTo(200);
    assertThat(evaluate(two.followUpCode(), 2, "等待时间太长").statusCode()).isEqualTo(200);

    HttpResponse<String> listed = call("huangmin", "GET", "/api/supervision/evaluations?agencyCode=scjg", null);

    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    JsonNode summary = json.readTree(listed.body());
    assertThat(summary.path("agencyCode").asText()).isEqualTo("scjg");
    List<Map<String, Object>> all = jdbc.queryForList("select score from insp_evaluation where agency_code = 'scjg'");
    assertThat(summary.path("count").asLong()).isEqualTo(all.size()).isGreaterThanOrEqualTo(2);
    double average = all.stream().mapToInt(r -> ((Number) r.get("SCORE")).intValue()).average().orElseThrow();
    assertThat(summary.path("averageScore").asDouble()).isEqualTo(Math.round(average * 100) / 100.0);
    assertThat(summary.path("evaluations").findValuesAsText("taskNumber"))
        .contains(one.task().taskNumber(), two.task().taskNumber());
    assertThat(summary.path("evaluations").findValuesAsText("comment")).contains("等待时间太长");

    JsonNode other = json.readTree(call("huangmin", "GET", "/api/supervision/evaluations?agencyCode=nobody", null).body());
    assertThat(other.path("count").asLong()).isZero();
    assertThat(other.path("averageScore").isNull()).isTrue();

    assertThat(call("liuyang", "GET", "/api/supervision/evaluations", null).statusCode()).isEqualTo(403);
    assertThat(call(null, "GET", "/api/supervision/evaluations", null).statusCode()).isEqualTo(401);
  }
}
