package cn.lawfulinspection.result;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.result.process.ResultBackfillProcessIds;
import cn.lawfulinspection.support.Api;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.support.Race;
import cn.lawfulinspection.task.InspectedTasks;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.TaskStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Both assigned inspectors backfill one task's result at the same instant, eight requests (R-IG-5, R-RS-1): the task's
 * row lock decides them one after the other, so one result is stored and the rest are refused as a second backfill.
 * H2 and MariaDB.
 */
@IntegrationTest
class ResultRaceIT {

  static final int ROUNDS = 5;
  static final String COMPLIANT = "{\"items\":[{\"itemCode\":\"SCJG-001\",\"outcome\":\"COMPLIANT\"}]}";

  @LocalServerPort int port;
  @Autowired InspectedTasks inspected;
  @Autowired InspectionTaskService tasks;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();

  long count(String sql, long taskId) {
    return jdbc.queryForObject(sql, Long.class, taskId);
  }

  @Test
  @DisplayName("R-IG-5 R-RS-1 eight simultaneous backfills of one task, five rounds: one result stored and answered 200, the others a 422 R-RS-1 or 409 problem, none 5xx; traced and told once")
  void oneResultPerTask() throws Exception {
    Api api = new Api(port);
    for (int round = 1; round <= ROUNDS; round++) {
      // given a task 刘洋 scanned in to, waiting at 回填检查结果 (刘洋 and 王芳 assigned)
      InspectionTask task = inspected.approvedToday();
      inspected.scanIn(task);
      List<Callable<HttpResponse<String>>> backfills = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String user = i % 2 == 0 ? "liuyang" : "wangfang";
        backfills.add(() -> api.call(user, "POST", "/api/tasks/" + task.id() + "/result", COMPLIANT));
      }

      // when
      List<HttpResponse<String>> answers = Race.run(backfills);

      // then
      Race.assertNoServerError(answers);
      assertThat(answers).as(() -> Race.describe(answers)).filteredOn(r -> r.statusCode() == 200).hasSize(1);
      for (HttpResponse<String> lost : answers.stream().filter(r -> r.statusCode() != 200).toList()) {
        JsonNode problem = json.readTree(lost.body());
        assertThat(lost.statusCode()).as(lost.body()).isIn(409, 422);
        assertThat(problem.path("ruleId").asText()).isIn("R-RS-1", "R-IG-5");
        assertThat(problem.path("detail").asText()).containsPattern("\\p{IsHan}");
      }
      assertThat(count("select count(*) from insp_result where task_id = ?", task.id())).isOne();
      assertThat(count("select count(*) from insp_task_trace where task_id = ? and action = 'RESULT_BACKFILLED'",
          task.id())).isOne();
      assertThat(count("select count(*) from insp_task_trace where task_id = ?"
          + " and action = 'RESULT_SENT_TO_ENTERPRISE'", task.id())).isOne();
      assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.CLOSED);
      assertThat(taskService.createTaskQuery().processInstanceBusinessKey(task.taskNumber())
          .taskDefinitionKey(ResultBackfillProcessIds.BACKFILL_RESULT).count()).isZero();
    }
  }
}
