package cn.lawfulinspection.task;

import static cn.lawfulinspection.task.process.HeadApprovalProcessIds.FILE_QUIET_EXCEPTION;
import static cn.lawfulinspection.task.process.HeadApprovalProcessIds.FILING_PROCESS_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.support.Api;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.support.Race;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Both supervisors of the justice bureau file one quiet-period exception at the same instant, eight completions of its
 * 备案安静期例外检查 task through {@code /engine-rest} (R-IG-5, R-TK-7): one filing is recorded; the others find it
 * under the task's row lock or lose the engine's optimistic lock, and are answered as such. H2 and MariaDB.
 */
@IntegrationTest
class QuietFilingRaceIT {

  static final int ROUNDS = 5;
  static final String FILING = "{\"variables\":{\"filingRemarks\":{\"value\":\"经审查，属上级交办专项检查，同意备案\"}}}";

  @LocalServerPort int port;
  @Autowired TaskFixtures fx;
  @Autowired InspectedTasks inspected;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();

  /** A superior-assigned task inside the quiet period, approved by 张伟: its filing waits for the justice bureau. */
  InspectionTask approvedException() {
    LocalDate day = fx.quietDay();
    return inspected.approved(new TaskRequest(fx.fresh(CreditTier.D).creditCode(), TaskOrigin.TRIGGERED, null, null,
        null, TriggerReason.SUPERIOR_ASSIGNMENT, "市局交办：节前食品安全专项督查（并发备案测试）",
        InspectionKind.SUPERIOR_ASSIGNED, List.of("SCJG-001"), List.of("liuyang", "wangfang"), day, day, false, false,
        null));
  }

  @Test
  @DisplayName("R-IG-5 R-TK-7 eight simultaneous filings of one quiet-period exception, five rounds: one completes (204) and is traced once, the others a clean 4xx (409 conflict, 422 R-TK-7 or 404), none 5xx")
  void oneFilingPerTask() throws Exception {
    Api api = new Api(port);
    for (int round = 1; round <= ROUNDS; round++) {
      // given the filing task of an approved quiet-period exception
      InspectionTask task = approvedException();
      String filing = taskService.createTaskQuery().processInstanceBusinessKey(task.taskNumber())
          .taskDefinitionKey(FILE_QUIET_EXCEPTION).singleResult().getId();
      List<Callable<HttpResponse<String>>> completions = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String user = i % 2 == 0 ? "huangmin" : "linhai";
        completions.add(() -> api.call(user, "POST", "/engine-rest/task/" + filing + "/submit-form", FILING));
      }

      // when
      List<HttpResponse<String>> answers = Race.run(completions);

      // then
      Race.assertNoServerError(answers);
      assertThat(answers).as(() -> Race.describe(answers)).filteredOn(r -> r.statusCode() == 204).hasSize(1);
      for (HttpResponse<String> lost : answers.stream().filter(r -> r.statusCode() != 204).toList()) {
        assertThat(lost.statusCode()).as(lost.body()).isIn(404, 409, 422);
        if (lost.statusCode() != 404) {
          assertThat(json.readTree(lost.body()).path("ruleId").asText()).isIn("R-IG-5", "R-TK-7");
          assertThat(json.readTree(lost.body()).path("detail").asText()).containsPattern("\\p{IsHan}");
        }
      }
      assertThat(jdbc.queryForObject("select count(*) from insp_task_trace where task_id = ?"
          + " and action = 'QUIET_EXCEPTION_FILED'", Long.class, task.id())).isOne();
      assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(task.taskNumber())
          .processDefinitionKey(FILING_PROCESS_KEY).finished().count()).isOne();
    }
  }
}
