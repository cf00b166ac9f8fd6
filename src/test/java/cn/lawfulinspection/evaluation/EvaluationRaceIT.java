package cn.lawfulinspection.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.support.Api;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.support.Race;
import cn.lawfulinspection.task.InspectedTasks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Eight evaluations of one inspection posted at the same instant through the enterprise's follow-up link (R-IG-5,
 * R-RS-3): the task's row lock decides them one after the other, so one is stored and the rest are refused as a
 * second evaluation. H2 and MariaDB.
 */
@IntegrationTest
class EvaluationRaceIT {

  static final int ROUNDS = 5;
  static final String PATH = "/api/public/inspection-codes/%s/evaluation";

  @LocalServerPort int port;
  @Autowired InspectedTasks inspected;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();

  @Test
  @DisplayName("R-IG-5 R-RS-3 eight simultaneous evaluations of one inspection, five rounds: one stored and answered 200, the others a 422 R-RS-3 or 409 problem, none 5xx; traced once")
  void oneEvaluationPerTask() throws Exception {
    Api api = new Api(port, "EvaluationRaceIT phone");
    for (int round = 1; round <= ROUNDS; round++) {
      // given an inspection whose result went to the enterprise, with the follow-up link (R-IG-7)
      InspectedTasks.Told told = inspected.told();
      long taskId = told.task().id();
      List<Callable<HttpResponse<String>>> evaluations = new ArrayList<>();
      for (int score = 1; score <= 8; score++) {
        String body = json.writeValueAsString(Map.of("score", (score - 1) % 5 + 1, "comment", "并发评议 " + score));
        evaluations.add(() -> api.call(null, "POST", PATH.formatted(told.followUpCode()), body));
      }

      // when
      List<HttpResponse<String>> answers = Race.run(evaluations);

      // then
      Race.assertNoServerError(answers);
      List<HttpResponse<String>> accepted = answers.stream().filter(r -> r.statusCode() == 200).toList();
      assertThat(accepted).as(() -> Race.describe(answers)).hasSize(1);
      for (HttpResponse<String> lost : answers.stream().filter(r -> r.statusCode() != 200).toList()) {
        JsonNode problem = json.readTree(lost.body());
        assertThat(lost.statusCode()).as(lost.body()).isIn(409, 422);
        assertThat(problem.path("ruleId").asText()).isIn("R-RS-3", "R-IG-5");
        assertThat(problem.path("detail").asText()).containsPattern("\\p{IsHan}");
      }
      assertThat(jdbc.queryForList("select score from insp_evaluation where task_id = ?", Integer.class, taskId))
          .containsExactly(json.readTree(accepted.get(0).body()).path("score").asInt());
      assertThat(jdbc.queryForObject("select count(*) from insp_task_trace where task_id = ?"
          + " and action = 'EVALUATION_SUBMITTED'", Long.class, taskId)).isOne();
    }
  }
}
