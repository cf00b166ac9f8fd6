package cn.lawfulinspection.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The notice (检查预告) as the enterprise reads it through the inspection code,
 * {@code GET /api/public/inspection-codes/{code}/notice} (R-NT-1 "enterprise page"), and the link to that page in
 * the sent notice. H2 and MariaDB.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class NoticeByCodeIT {

  static final Pattern LINK = Pattern.compile("核验检查任务、查看预告：\\S*/public/verify\\.html\\?c=([A-Za-z0-9_.-]+)");

  @LocalServerPort int port;
  @Autowired InspectedTasks inspected;
  @Autowired TaskFixtures fx;
  @Autowired JdbcTemplate jdbc;
  final HttpClient http = HttpClient.newHttpClient();
  final ObjectMapper json = new ObjectMapper();

  HttpResponse<String> notice(String code) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/public/inspection-codes/" + code + "/notice"))
        .header("User-Agent", "NoticeByCodeIT phone").GET().build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  JsonNode ok(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  @Test
  @DisplayName("R-NT-1 the enterprise reads its notice through the code: items with legal basis and standard, time, method, the inspectors with their certificate numbers, contact, sent time; the read is traced")
  void sentNotice() throws Exception {
    InspectionTask task = inspected.approvedWithNotice();

    JsonNode n = ok(notice(inspected.code(task)));

    assertThat(n.path("sent").asBoolean()).isTrue();
    assertThat(n.has("reason")).isFalse();
    assertThat(n.path("taskNumber").asText()).isEqualTo(task.taskNumber());
    assertThat(n.path("enterpriseName").asText()).isEqualTo(task.enterpriseName());
    assertThat(n.path("items")).isNotEmpty();
    for (JsonNode item : n.path("items")) {
      assertThat(item.path("name").asText()).isNotBlank();
      assertThat(item.path("legalBasis").asText()).isNotBlank();
      assertThat(item.path("complianceStandard").asText()).isNotBlank();
    }
    assertThat(n.path("windowStart").asText()).isEqualTo(task.windowStart().toString());
    assertThat(n.path("window").asText()).contains("年", "月");
    assertThat(n.path("method").asText()).contains("现场检查");
    assertThat(n.path("contactName").asText()).contains("市场监督管理局");
    assertThat(n.path("contactPhone").asText()).isNotBlank();
    assertThat(n.path("inspectors")).hasSize(task.inspectors().size());
    for (InspectionTask.AssignedInspector i : task.inspectors()) {
      assertThat(n.path("inspectors").toString()).contains(i.name() + "（执法证号 " + i.certificateNumber() + "）");
      assertThat(n.path("text").asText()).contains(i.name());
    }
    assertThat(n.path("sentAt").asText()).isNotBlank();
    assertThat(n.path("text").asText()).contains("法定依据", "合规标准", "执法人员", task.taskNumber());
    assertThat(jdbc.queryForList("select detail from insp_task_trace where task_id = ? and action = ?", String.class,
        task.id(), "INSPECTION_CODE_VERIFIED")).anyMatch(d -> d.contains("查看检查预告") && d.contains("NoticeByCodeIT"));
  }

  @Test
  @DisplayName("R-NT-1 the logged notice carries the link to the verification page, and that link's code opens the notice")
  void loggedNoticeLinksToVerifyPage(CapturedOutput output) throws Exception {
    InspectionTask task = inspected.approvedWithNotice();

    String line = output.getOut().lines().filter(l -> l.contains("检查预告 " + task.taskNumber())).findFirst()
        .orElseThrow();
    Matcher link = LINK.matcher(line);

    assertThat(link.find()).as(line).isTrue();
    assertThat(ok(notice(link.group(1))).path("taskNumber").asText()).isEqualTo(task.taskNumber());
    assertThat(jdbc.queryForList("select detail from insp_task_trace where task_id = ? and action = 'NOTICE_SENT'",
        String.class, task.id())).singleElement().asString().contains("附检查码核验链接");
  }

  @Test
  @DisplayName("R-NT-1 R-NT-3 without a notice the page says why (a surprise special inspection, head's consent); an ad-hoc inspection is noticed too")
  void notSent() throws Exception {
    InspectionTask surprise = inspected.approved(new TaskRequest(fx.fresh(CreditTier.D).creditCode(),
        TaskOrigin.PLANNED, fx.annualPlan().id(), null, null, null, null, InspectionKind.SPECIAL, List.of("SCJG-001"),
        List.of("liuyang", "wangfang"), fx.noticeableDay(), fx.noticeableDay(), false, false, null)
        .withSurprise(SurpriseReason.PREVENT_LOSS, "防止燃气泄漏造成生命财产损失"));
    InspectionTask adHoc = inspected.approvedToday();

    JsonNode skipped = ok(notice(inspected.code(surprise)));
    JsonNode notBound = ok(notice(inspected.code(adHoc)));

    assertThat(skipped.path("sent").asBoolean()).isFalse();
    assertThat(skipped.path("reason").asText()).contains("突击检查", "单位负责人同意", "R-NT-3");
    assertThat(skipped.has("items")).isFalse();
    assertThat(notBound.path("sent").asBoolean()).isTrue();
  }

  @Test
  @DisplayName("R-NT-1 R-SC-3 a forged code gets the code's refusal and never the notice")
  void forged() throws Exception {
    InspectionTask task = inspected.approvedWithNotice();
    String code = inspected.code(task);
    String forged = InspectedTasks.forged(code);

    HttpResponse<String> response = notice(forged);

    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.path("ruleId").asText()).isEqualTo("R-SC-3");
    assertThat(response.body()).doesNotContain(task.taskNumber()).doesNotContain(task.enterpriseName())
        .doesNotContain("legalBasis");
  }
}
