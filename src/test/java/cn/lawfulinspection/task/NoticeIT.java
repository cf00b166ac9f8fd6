package cn.lawfulinspection.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.task.process.TaskProcesses;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The stored notice over REST, {@code GET /api/tasks/{id}/notice}, with the default (logging) adapter. H2 and MariaDB. */
@IntegrationTest
class NoticeIT {

  @LocalServerPort int port;
  @Autowired TaskFixtures fx;
  @Autowired TaskProcesses processes;
  @Autowired JdbcTemplate jdbc;
  final HttpClient http = HttpClient.newHttpClient();
  final ObjectMapper json = new ObjectMapper();

  HttpResponse<String> get(String user, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
            .getBytes(StandardCharsets.UTF_8))).GET().build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  InspectionTask approved(TaskRequest request) {
    InspectionTask task = fx.as("liuyang", () -> processes.registerAndStart(request));
    fx.approve(task);
    return task;
  }

  @Test
  @DisplayName("R-NT-1 R-NT-2 R-NT-3 the agency reads the stored notice over REST; another agency cannot; a task without a notice (an emergency) answers 404, a complaint-triggered one has its notice (R-NT-3)")
  void readNotice() throws Exception {
    InspectionTask task = approved(fx.planned(fx.fresh(CreditTier.D)));

    HttpResponse<String> own = get("liuyang", "/api/tasks/" + task.id() + "/notice");
    assertThat(own.statusCode()).isEqualTo(200);
    JsonNode notice = json.readTree(own.body());
    assertThat(notice.path("taskNumber").asText()).isEqualTo(task.taskNumber());
    assertThat(notice.path("channel").asText()).isEqualTo("LOG");
    assertThat(notice.path("windowStart").asText()).isEqualTo(task.windowStart().toString());
    assertThat(notice.path("summary").asText()).contains("法定依据", "合规标准", "联系人", task.enterpriseName());
    assertThat(jdbc.queryForObject("select count(*) from insp_notice where task_id = ?", Long.class, task.id()))
        .isOne();

    assertThat(get("zhaolei", "/api/tasks/" + task.id() + "/notice").statusCode()).isEqualTo(403);
    assertThat(get("huangmin", "/api/tasks/" + task.id() + "/notice").statusCode()).isEqualTo(200);

    // an emergency inspects at once, without a notice (R-TK-4)
    InspectionTask emergency = fx.as("liuyang", () -> processes.registerAndStart(fx.emergency(fx.fresh(CreditTier.D))));
    assertThat(get("liuyang", "/api/tasks/" + emergency.id() + "/notice").statusCode()).isEqualTo(404);
    // R-NT-3: a complaint-triggered (ad-hoc) task is noticed at its approval, like any other kind
    InspectionTask adHoc = approved(fx.complaint(fx.fresh(CreditTier.D), fx.routineDay(3)));
    assertThat(get("liuyang", "/api/tasks/" + adHoc.id() + "/notice").statusCode()).isEqualTo(200);
  }
}
