package cn.lawfulinspection.scanin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.qr.CodeKind;
import cn.lawfulinspection.qr.CodePayload;
import cn.lawfulinspection.qr.SignedCode;
import cn.lawfulinspection.result.process.ResultBackfillProcessIds;
import cn.lawfulinspection.support.Api;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.support.Race;
import cn.lawfulinspection.task.InspectedTasks;
import cn.lawfulinspection.task.InspectionTask;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two inspectors of one task scan the enterprise's code at the same instant (R-SC-1): 刘洋's scan is saved but not
 * yet committed while 王芳's arrives over HTTP. 王芳's request waits on the task's row lock, finds 刘洋's record once
 * it is committed, and is answered with it as a repeat: one record, one correlation, no error. Then eight scans over
 * HTTP at once, for several rounds (R-IG-5). Runs on H2 and MariaDB.
 */
@IntegrationTest
class ScanInRaceIT {

  @LocalServerPort int port;
  @Autowired InspectedTasks inspected;
  @Autowired ScanInService scanIns;
  @Autowired SignedCode signer;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;
  @Autowired RuntimeService runtimeService;

  @Test
  @DisplayName("R-SC-1 R-SC-4 two scans of one task at the same instant: one record, the second answered as a repeat, no error")
  void simultaneousScans() throws Exception {
    InspectionTask task = inspected.approvedToday();
    String enterpriseCode = signer.sign(
        new CodePayload(CodeKind.ENTERPRISE, task.enterpriseCode(), clock.instant().plus(Duration.ofDays(30))));
    CountDownLatch saved = new CountDownLatch(1);
    CompletableFuture<ScanInRecord> first = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
      ScanInRecord record = scanIns.scanIn(enterpriseCode, task.id(), "liuyang", clock.instant(), "phone A");
      saved.countDown();
      sleep(1500); // 王芳's request is in flight meanwhile, waiting on the task's row lock
      return record;
    }));
    assertThat(saved.await(30, TimeUnit.SECONDS)).isTrue();

    HttpResponse<String> second = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/scan-in"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("wangfang:demo"
            .getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(
            "{\"code\":\"%s\",\"taskId\":%d}".formatted(enterpriseCode, task.id()))).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    ScanInRecord winner = first.get(30, TimeUnit.SECONDS);

    assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
    JsonNode answer = new ObjectMapper().readTree(second.body());
    assertThat(answer.path("id").asLong()).isEqualTo(winner.id());
    assertThat(answer.path("inspectorUserId").asText()).isEqualTo("liuyang");
    assertThat(answer.path("repeated").asBoolean()).isTrue();
    assertThat(jdbc.queryForObject("select count(*) from insp_scan_in where task_id = ?", Long.class, task.id()))
        .isOne();
    assertThat(jdbc.queryForList("select action from insp_task_trace where task_id = ? and action like 'SCAN%'"
        + " order by id", String.class, task.id())).containsExactly("SCANNED_IN", "SCAN_IN_REPEATED");
  }

  @Test
  @DisplayName("R-IG-5 R-SC-1 eight simultaneous scans of one task by both inspectors, five rounds: all answered 200 with one record (seven as repeats), the spine moved on once, none 5xx")
  void eightSimultaneousScans() throws Exception {
    Api api = new Api(port, "ScanInRaceIT phone");
    for (int round = 1; round <= 5; round++) {
      // given an approved task of today, 刘洋 and 王芳 assigned, the enterprise's own code
      InspectionTask task = inspected.approvedToday();
      String enterpriseCode = signer.sign(
          new CodePayload(CodeKind.ENTERPRISE, task.enterpriseCode(), clock.instant().plus(Duration.ofDays(30))));
      String body = "{\"code\":\"%s\",\"taskId\":%d}".formatted(enterpriseCode, task.id());
      List<Callable<HttpResponse<String>>> scans = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String user = i % 2 == 0 ? "liuyang" : "wangfang";
        scans.add(() -> api.call(user, "POST", "/api/scan-in", body));
      }

      // when
      List<HttpResponse<String>> answers = Race.run(scans);

      // then
      Race.assertNoServerError(answers);
      assertThat(answers).as(() -> Race.describe(answers)).allMatch(r -> r.statusCode() == 200);
      List<JsonNode> records = new ArrayList<>();
      for (HttpResponse<String> answer : answers) {
        records.add(new ObjectMapper().readTree(answer.body()));
      }
      assertThat(records).extracting(r -> r.path("id").asLong()).containsOnly(records.get(0).path("id").asLong());
      assertThat(records).filteredOn(r -> !r.path("repeated").asBoolean()).hasSize(1);
      assertThat(jdbc.queryForObject("select count(*) from insp_scan_in where task_id = ?", Long.class, task.id()))
          .isOne();
      assertThat(jdbc.queryForList("select action from insp_task_trace where task_id = ? and action like 'SCAN%'",
          String.class, task.id())).containsOnly("SCANNED_IN", "SCAN_IN_REPEATED").containsOnlyOnce("SCANNED_IN")
          .hasSize(8);
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(task.taskNumber())
          .processDefinitionKey(ResultBackfillProcessIds.PROCESS_KEY).count()).isOne();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
