package cn.lawfulinspection.draw;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.plan.InspectionPlan;
import cn.lawfulinspection.plan.PlanService;
import cn.lawfulinspection.plan.PlanType;
import cn.lawfulinspection.supervision.RefusalLog;
import cn.lawfulinspection.support.Api;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.support.Race;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * R-PL-5 (YQ 5) over HTTP on the real database: commit, execute, publish, replay; refusals under an unfiled plan or
 * another agency's plan; the inspector pool without expired certificates; simultaneous executions.
 */
@IntegrationTest
class DrawIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired PlanService plans;
  @Autowired RefusalLog refusals;

  @Test
  @DisplayName("R-PL-5 the hash shown at commit is the SHA-256 of the seed revealed at execution; the published draw replays to the same result")
  void commitExecutePublishReplay() throws Exception {
    // given a draw committed under scjg's filed routine plan
    JsonNode committed = commit("liuyang", plan("scjg", true, PlanType.ANNUAL).planNumber(), 3);
    String number = committed.get("drawNumber").asText();
    String hash = committed.get("seedHash").asText();
    assertThat(committed.get("status").asText()).isEqualTo("COMMITTED");
    assertThat(committed.get("seed").isNull()).isTrue();
    assertThat(committed.get("committedBy").asText()).isEqualTo("liuyang");
    JsonNode before = json(api().call(null, "GET", "/api/public/draws/" + number, null), 200);
    assertThat(before.get("seed").isNull()).isTrue();
    assertThat(before.get("seedHash").asText()).isEqualTo(hash);

    // when executed
    JsonNode drawn = json(api().call("wangfang", "POST", "/api/draws/" + number + "/execute", null), 200);

    // then the revealed seed hashes to the commitment, three enterprises drawn with two inspectors each
    String seed = drawn.get("seed").asText();
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(HexFormat.of().parseHex(seed));
    assertThat(HexFormat.of().formatHex(digest)).isEqualTo(hash);
    assertThat(drawn.get("status").asText()).isEqualTo("DRAWN");
    assertThat(drawn.get("result")).hasSize(3);
    drawn.get("result").forEach(a -> assertThat(a.get("inspectorIds")).hasSize(2));
    assertThat(drawn.get("steps")).extracting(s -> s.get("step").asText()).containsExactly("COMMIT", "EXECUTE");

    // and anyone reads it (一公开) without the actors or inspector ids, and the replay matches
    JsonNode published = json(api().call(null, "GET", "/api/public/draws/" + number, null), 200);
    assertThat(published.get("seed").asText()).isEqualTo(seed);
    assertThat(published.get("committedBy").isNull()).isTrue();
    assertThat(published.get("result").get(0).get("inspectorIds").isNull()).isTrue();
    assertThat(published.get("result").get(0).get("enterpriseName").asText()).isNotBlank();
    assertThat(published.get("result").get(0).get("inspectorNames")).hasSize(2);
    JsonNode replay = json(api().call(null, "GET", "/api/public/draws/" + number + "/replay", null), 200);
    assertThat(replay.get("seedMatchesHash").asBoolean()).isTrue();
    assertThat(replay.get("resultMatches").asBoolean()).isTrue();
    assertThat(replay.get("recomputed")).isEqualTo(published.get("result"));
  }

  @Test
  @DisplayName("R-PL-5 an inspector whose certificate expired is not in the pool and never drawn; the valid ones are")
  void expiredNotInPool() throws Exception {
    JsonNode committed = commit("liuyang", plan("scjg", true, PlanType.ANNUAL).planNumber(), 5);
    List<String> pool = new ArrayList<>();
    committed.get("inspectorPool").forEach(n -> pool.add(n.asText()));
    assertThat(pool).doesNotContain("徐明").contains("刘洋", "陈静");
    JsonNode drawn = json(api().call("liuyang", "POST",
        "/api/draws/" + committed.get("drawNumber").asText() + "/execute", null), 200);
    drawn.get("result").forEach(a -> assertThat(a.get("inspectorIds").toString()).doesNotContain("scjg-007"));
  }

  @Test
  @DisplayName("R-PL-5 R-PL-3 a draw under an unfiled plan is refused with a Chinese 422 and logged; nothing saved")
  void unfiledPlanRefused() throws Exception {
    InspectionPlan unfiled = plan("scjg", false, null);
    HttpResponse<String> r = api().call("liuyang", "POST", "/api/draws", body(unfiled.planNumber(), 2));
    JsonNode problem = json(r, 422);
    assertThat(problem.get("ruleId").asText()).isEqualTo("R-PL-3");
    assertThat(problem.get("detail").asText()).contains("尚未经司法局备案");
    assertThat(refusals.latest(20)).anyMatch(x -> "R-PL-3".equals(x.ruleId())
        && x.message().contains(unfiled.planNumber()) && "liuyang".equals(x.userId()));
  }

  @Test
  @DisplayName("R-PL-5 a draw under another agency's filed plan is refused with a Chinese 422")
  void otherAgencyRefused() throws Exception {
    HttpResponse<String> r = api().call("liuyang", "POST", "/api/draws",
        body(plan("yjgl", true, PlanType.ANNUAL).planNumber(), 2));
    JsonNode problem = json(r, 422);
    assertThat(problem.get("ruleId").asText()).isEqualTo("R-PL-5");
    assertThat(problem.get("detail").asText()).contains("只能在本单位的检查计划下");
  }

  @Test
  @DisplayName("R-PL-5 executing twice is a 409; of simultaneous executions exactly one wins, the others get 409, none a 500")
  void executeOnce() throws Exception {
    String number = commit("liuyang", plan("scjg", true, PlanType.ANNUAL).planNumber(), 2)
        .get("drawNumber").asText();
    List<Callable<HttpResponse<String>>> calls = IntStream.range(0, 4)
        .<Callable<HttpResponse<String>>>mapToObj(i -> () -> api().call(i % 2 == 0 ? "liuyang" : "wangfang", "POST",
            "/api/draws/" + number + "/execute", null))
        .toList();
    List<HttpResponse<String>> answers = Race.run(calls);
    Race.assertNoServerError(answers);
    assertThat(answers).as(() -> Race.describe(answers)).filteredOn(a -> a.statusCode() == 200).hasSize(1);
    assertThat(answers).as(() -> Race.describe(answers)).filteredOn(a -> a.statusCode() == 409).hasSize(3);
    HttpResponse<String> again = api().call("liuyang", "POST", "/api/draws/" + number + "/execute", null);
    assertThat(json(again, 409).get("ruleId").asText()).isEqualTo("R-PL-5");
    JsonNode replay = json(api().call(null, "GET", "/api/public/draws/" + number + "/replay", null), 200);
    assertThat(replay.get("resultMatches").asBoolean()).isTrue();
  }

  private InspectionPlan plan(String agency, boolean filed, PlanType type) {
    return plans.list(null, agency, null).stream()
        .filter(p -> p.filedVersion().isPresent() == filed && (type == null || p.type() == type))
        .findFirst().orElseThrow();
  }

  private JsonNode commit(String user, String planNumber, int count) throws Exception {
    return json(api().call(user, "POST", "/api/draws", body(planNumber, count)), 201);
  }

  private static String body(String planNumber, int count) {
    return "{\"planNumber\":\"" + planNumber + "\",\"enterpriseCount\":" + count + "}";
  }

  private static JsonNode json(HttpResponse<String> r, int status) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    return JSON.readTree(r.body());
  }

  private Api api() {
    return new Api(port);
  }
}
