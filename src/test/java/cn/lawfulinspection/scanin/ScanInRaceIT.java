package cn.lawfulinspection.scanin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.qr.CodeKind;
import cn.lawfulinspection.qr.CodePayload;
import cn.lawfulinspection.qr.SignedCode;
import cn.lawfulinspection.support.IntegrationTest;
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
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two inspectors of one task scan the enterprise's code at the same instant (R-SC-1): 刘洋's scan is saved but not
 * yet committed while 王芳's arrives over HTTP. 王芳's insert waits on the unique key, fails when 刘洋's commits, and is
 * answered with 刘洋's record as a repeat: one record, one correlation, no error. Runs on H2 and MariaDB.
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
      sleep(1500); // 王芳's request is in flight meanwhile, waiting on the unique key
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

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
