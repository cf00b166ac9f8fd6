package cn.lawfulinspection.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.policy.Policies;
import cn.lawfulinspection.support.Api;
import cn.lawfulinspection.support.FreshEnterprises;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.support.Race;
import cn.lawfulinspection.support.TriggerRecordsForTests;
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
 * Simultaneous registrations over HTTP (R-IG-5): task numbers come from a counter row locked by each registration,
 * the annual cap (R-TK-5) is counted under the enterprise's row lock, by registrations and revisions alike. Every request of a round waits at a barrier
 * and all fire at once, for several rounds. H2 and MariaDB.
 */
@IntegrationTest
class TaskRegistrationRaceIT {

  static final int ROUNDS = 5;

  /** Who registers: twelve clients of 市场监督管理局, four of 应急管理局 (each agency has its own numbers). */
  record Client(String user, String agency, String item, List<String> inspectors) {}

  static final List<Client> CLIENTS = clients();

  @LocalServerPort int port;
  @Autowired FreshEnterprises freshEnterprises;
  @Autowired TriggerRecordsForTests triggers;
  @Autowired Policies policies;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;
  @Autowired TaskFixtures fx;
  final ObjectMapper json = new ObjectMapper();

  static List<Client> clients() {
    List<String> scjgTeam = List.of("liuyang", "wangfang");
    List<String> yjglTeam = List.of("sunli", "zhouqiang");
    List<Client> clients = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      clients.add(new Client(List.of("liuyang", "wangfang", "lijun").get(i % 3), "scjg", "SCJG-001", scjgTeam));
    }
    for (int i = 0; i < 4; i++) {
      clients.add(new Client(yjglTeam.get(i % 2), "yjgl", "YJGL-001", yjglTeam));
    }
    return clients;
  }

  /** A triggered ad-hoc task for today, as POST /api/tasks takes it. */
  String triggered(String enterpriseCode, TriggerReason trigger, Client client) throws Exception {
    LocalDate today = LocalDate.now(clock);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("enterpriseCode", enterpriseCode);
    body.put("origin", TaskOrigin.TRIGGERED.name());
    body.put("triggerRecord", triggers.open(client.user(), enterpriseCode, trigger));
    body.put("kind", InspectionKind.AD_HOC.name());
    body.put("itemCodes", List.of(client.item()));
    body.put("inspectors", client.inspectors());
    body.put("windowStart", today.toString());
    body.put("windowEnd", today.toString());
    return json.writeValueAsString(body);
  }

  /** {@code n} registrations for the enterprise by the first {@code n} clients, each counting against the cap. */
  List<Callable<HttpResponse<String>>> capped(Api api, Enterprise enterprise, int n) throws Exception {
    List<Callable<HttpResponse<String>>> registrations = new ArrayList<>();
    for (Client client : CLIENTS.subList(0, n)) {
      String body = triggered(enterprise.creditCode(), TriggerReason.CASE_HANDLING, client);
      registrations.add(() -> api.call(client.user(), "POST", "/api/tasks", body));
    }
    return registrations;
  }

  /** The answer is the R-TK-5 refusal: the enterprise has had its {@code cap} inspections this year. */
  void assertCapReached(HttpResponse<String> refused, int cap) throws Exception {
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    JsonNode problem = json.readTree(refused.body());
    assertThat(problem.path("ruleId").asText()).isEqualTo("R-TK-5");
    assertThat(problem.path("detail").asText()).contains("已达").contains("上限" + cap + "次");
  }

  /** Registers over HTTP, expecting it accepted; the task's id and number. */
  JsonNode registered(Api api, String enterpriseCode) throws Exception {
    HttpResponse<String> answer = api.call("liuyang", "POST", "/api/tasks",
        triggered(enterpriseCode, TriggerReason.CASE_HANDLING, CLIENTS.get(0)));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    return json.readTree(answer.body());
  }

  /** 张伟 returns the task (R-TK-3): it no longer counts against the cap and waits at 修改检查任务 for 刘洋. */
  String returned(String taskNumber) {
    return fx.returned(taskNumber, "请补充执法办案的案件编号");
  }

  /** The revise-task form as 刘洋 submits it: the same day, the same items and team. */
  String revision() throws Exception {
    String today = LocalDate.now(clock).toString();
    return json.writeValueAsString(Map.of("variables", Map.of(
        "itemCodes", Map.of("type", "Json", "value", "[\"SCJG-001\"]"),
        "inspectors", Map.of("type", "Json", "value", "[\"liuyang\",\"wangfang\"]"),
        "windowStart", Map.of("value", today), "windowEnd", Map.of("value", today))));
  }

  /** The suffixes of the agency's task numbers of the year, in ascending order. */
  List<Long> numbersOf(String agency, int year) {
    String prefix = "RW-" + agency.toUpperCase(Locale.ROOT) + "-" + year + "-";
    return jdbc.queryForList("select task_number from insp_task where agency_code = ? and task_number like ?",
            String.class, agency, prefix + "%").stream()
        .map(n -> Long.parseLong(n.substring(prefix.length()))).sorted().toList();
  }

  @Test
  @DisplayName("R-IG-5 sixteen clients registering at once, five rounds: every registration accepted, task numbers distinct and gap-free per agency and year, no 5xx")
  void distinctGapFreeNumbers() throws Exception {
    // given sixteen enterprises; complaints are outside the annual cap (R-TK-5), so they serve every round
    List<Enterprise> enterprises = CLIENTS.stream().map(c -> freshEnterprises.fresh(CreditTier.D)).toList();
    Api api = new Api(port);
    int year = LocalDate.now(clock).getYear();

    for (int round = 1; round <= ROUNDS; round++) {
      List<Callable<HttpResponse<String>>> registrations = new ArrayList<>();
      for (int i = 0; i < CLIENTS.size(); i++) {
        Client client = CLIENTS.get(i);
        String body = triggered(enterprises.get(i).creditCode(), TriggerReason.COMPLAINT, client);
        registrations.add(() -> api.call(client.user(), "POST", "/api/tasks", body));
      }

      // when
      List<HttpResponse<String>> answers = Race.run(registrations);

      // then
      Race.assertNoServerError(answers);
      assertThat(answers).as(() -> "round " + Race.describe(answers)).allMatch(r -> r.statusCode() == 201);
      List<String> numbers = new ArrayList<>();
      for (HttpResponse<String> answer : answers) {
        numbers.add(json.readTree(answer.body()).path("taskNumber").asText());
      }
      assertThat(numbers).doesNotHaveDuplicates();
      for (String agency : List.of("scjg", "yjgl")) {
        List<Long> stored = numbersOf(agency, year);
        assertThat(stored).as("task numbers of %s in %d after round %d", agency, year, round)
            .containsExactlyElementsOf(LongStream.rangeClosed(1, stored.size()).boxed().toList());
      }
      assertThat(numbers).allMatch(n -> n.matches("RW-(SCJG|YJGL)-" + year + "-\\d{4,}"));
    }
  }

  @Test
  @DisplayName("R-IG-5 R-TK-5 eight simultaneous registrations for one fresh tier-C enterprise, five rounds: exactly the cap (2) accepted, every other answer a 422 R-TK-5 problem, never a 5xx, never more than the cap stored")
  void capHoldsUnderSimultaneousRegistrations() throws Exception {
    int cap = policies.current().tierCaps().c();
    Api api = new Api(port);

    for (int round = 1; round <= ROUNDS; round++) {
      // given a tier-C enterprise without tasks; 执法办案 counts against the cap and needs no quiet-period approval
      Enterprise enterprise = freshEnterprises.fresh(CreditTier.C);
      List<Callable<HttpResponse<String>>> registrations = capped(api, enterprise, 8);

      // when
      List<HttpResponse<String>> answers = Race.run(registrations);

      // then
      Race.assertNoServerError(answers);
      assertThat(answers).as(() -> "round " + Race.describe(answers))
          .filteredOn(r -> r.statusCode() == 201).hasSize(cap);
      for (HttpResponse<String> refused : answers.stream().filter(r -> r.statusCode() != 201).toList()) {
        assertCapReached(refused, cap);
      }
      assertThat(jdbc.queryForObject("select count(*) from insp_task where enterprise_code = ?", Long.class,
          enterprise.creditCode())).as("tasks stored for %s after round %d", enterprise.creditCode(), round)
          .isEqualTo(cap);
    }
  }

  @Test
  @DisplayName("R-IG-5 R-TK-5 a revision racing seven registrations for the last place under the cap, five rounds: exactly one of the eight gets it, the others a 422 R-TK-5 problem, none 5xx, the cap never exceeded")
  void revisionAndRegistrationsShareTheCap() throws Exception {
    int cap = policies.current().tierCaps().c();
    Api api = new Api(port);

    for (int round = 1; round <= ROUNDS; round++) {
      // given a tier-C enterprise with cap - 1 tasks that count and one returned task (which does not)
      Enterprise enterprise = freshEnterprises.fresh(CreditTier.C);
      for (int i = 0; i < cap - 1; i++) {
        registered(api, enterprise.creditCode());
      }
      String revise = returned(registered(api, enterprise.creditCode()).path("taskNumber").asText());
      String form = revision();
      List<Callable<HttpResponse<String>>> attempts = new ArrayList<>(capped(api, enterprise, 7));
      attempts.add(0, () -> api.call("liuyang", "POST", "/engine-rest/task/" + revise + "/submit-form", form));

      // when
      List<HttpResponse<String>> answers = Race.run(attempts);

      // then
      Race.assertNoServerError(answers);
      List<HttpResponse<String>> refused = answers.stream().filter(r -> r.statusCode() >= 400).toList();
      assertThat(refused).as(() -> "round " + Race.describe(answers)).hasSize(7);
      for (HttpResponse<String> r : refused) {
        assertCapReached(r, cap);
      }
      assertThat(jdbc.queryForObject("select count(*) from insp_task where enterprise_code = ?"
          + " and status not in ('RETURNED', 'REFUSED', 'NOTICE_TOO_LATE', 'NOT_SCANNED_IN')", Long.class,
          enterprise.creditCode())).as("tasks counting against the cap after round %d", round).isEqualTo(cap);
    }
  }
}
