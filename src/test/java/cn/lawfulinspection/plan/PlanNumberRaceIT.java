package cn.lawfulinspection.plan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.plan.process.InspectionPlanProcessIds;
import cn.lawfulinspection.support.Api;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.support.Race;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Plans registered at the same instant (R-IG-5): nine inspectors of three agencies each start the plan process through
 * {@code /engine-rest} as Tasklist does, then all submit their fill-plan forms at once, which is when a plan gets its
 * number. The year is one nobody used before, so the first round also races to create the agencies' counters.
 * H2 and MariaDB.
 */
@IntegrationTest
class PlanNumberRaceIT {

  static final int ROUNDS = 5;

  /** An inspector who uploads a plan, with an item of his agency. */
  record Uploader(String user, String agency, String item) {}

  static final List<Uploader> UPLOADERS = List.of(
      new Uploader("liuyang", "scjg", "SCJG-001"), new Uploader("wangfang", "scjg", "SCJG-003"),
      new Uploader("lijun", "scjg", "SCJG-001"), new Uploader("liuyang", "scjg", "SCJG-004"),
      new Uploader("sunli", "yjgl", "YJGL-001"), new Uploader("zhouqiang", "yjgl", "YJGL-002"),
      new Uploader("sunli", "yjgl", "YJGL-005"), new Uploader("zhengkai", "sthj", "STHJ-002"),
      new Uploader("fengxue", "sthj", "STHJ-003"));

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;
  final ObjectMapper json = new ObjectMapper();

  static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }

  /** Starts the plan process as the uploader (the start form of 检查计划上传与备案); its fill-plan task. */
  String startedFillTask(Api api, Uploader uploader, int year, String title) throws Exception {
    HttpResponse<String> started = api.call(uploader.user(), "POST",
        "/engine-rest/process-definition/key/" + InspectionPlanProcessIds.PROCESS_KEY + "/submit-form",
        json.writeValueAsString(Map.of("variables", Map.of("planType", value("SPECIAL"), "planYear", value(year),
            "planTitle", value(title)))));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String instance = json.readTree(started.body()).path("id").asText();
    HttpResponse<String> tasks = api.call(uploader.user(), "GET", "/engine-rest/task?firstResult=0&maxResults=10&processInstanceId=" + instance
        + "&taskDefinitionKey=" + InspectionPlanProcessIds.FILL_PLAN, null);
    JsonNode found = json.readTree(tasks.body());
    assertThat(found).as(tasks.body()).hasSize(1);
    return found.get(0).path("id").asText();
  }

  /** The fill-plan form, complete. */
  String filled(Uploader uploader, int year) throws Exception {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("planItems", Map.of("type", "Json", "value", json.writeValueAsString(List.of(uploader.item()))));
    variables.put("inspectionMethod", value("现场检查"));
    variables.put("objectScope", value("辖区内相关企业（并发登记测试）"));
    variables.put("windowStart", value(year + "-03-01"));
    variables.put("windowEnd", value(year + "-11-30"));
    variables.put("annualCap", value(1));
    return json.writeValueAsString(Map.of("variables", variables));
  }

  /** The suffixes of the agency's plan numbers of the year, ascending. */
  List<Long> numbersOf(String agency, int year) {
    String prefix = "JH-" + agency.toUpperCase(Locale.ROOT) + "-" + year + "-";
    return jdbc.queryForList("select plan_number from insp_plan where agency_code = ? and plan_year = ?", String.class,
        agency, year).stream().map(n -> Long.parseLong(n.substring(prefix.length()))).sorted().toList();
  }

  @Test
  @DisplayName("R-IG-5 nine plans of three agencies registered at once, five rounds: every submission accepted, plan numbers distinct and gap-free per agency and year, no 5xx")
  void distinctGapFreePlanNumbers() throws Exception {
    Api api = new Api(port);
    int year = LocalDate.now(clock).getYear() + 2;

    for (int round = 1; round <= ROUNDS; round++) {
      // given nine plan processes waiting at 填写检查计划
      List<Callable<HttpResponse<String>>> submissions = new ArrayList<>();
      for (Uploader uploader : UPLOADERS) {
        String task = startedFillTask(api, uploader, year, year + " 年并发登记测试专项检查计划（第 " + round + " 轮）");
        String form = filled(uploader, year);
        submissions.add(() -> api.call(uploader.user(), "POST", "/engine-rest/task/" + task + "/submit-form", form));
      }

      // when
      List<HttpResponse<String>> answers = Race.run(submissions);

      // then
      Race.assertNoServerError(answers);
      assertThat(answers).as(() -> Race.describe(answers)).allMatch(r -> r.statusCode() == 204);
      for (String agency : List.of("scjg", "yjgl", "sthj")) {
        long uploads = UPLOADERS.stream().filter(u -> u.agency().equals(agency)).count();
        assertThat(numbersOf(agency, year)).as("plan numbers of %s in %d after round %d", agency, year, round)
            .containsExactlyElementsOf(LongStream.rangeClosed(1, uploads * round).boxed().toList());
      }
    }
  }
}
