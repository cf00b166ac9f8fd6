package cn.lawfulinspection.inspectioncode;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.enterprise.EnterpriseService;
import cn.lawfulinspection.qr.CodeCheck;
import cn.lawfulinspection.qr.CodeKind;
import cn.lawfulinspection.qr.CodePayload;
import cn.lawfulinspection.qr.SignedCode;
import cn.lawfulinspection.support.FreshEnterprises;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.support.TriggerRecordsForTests;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inspection code over HTTP (R-SC-3, R-SC-4) on the demo tasks of scjg: 刘洋's approved planned task and the
 * complaint task still waiting for 张伟. Runs on H2 and on MariaDB ({@code -Dit.database=mariadb}).
 */
@IntegrationTest
class InspectionCodeIT {

  @LocalServerPort int port;
  @Autowired FreshEnterprises freshEnterprises;
  @Autowired TriggerRecordsForTests triggers;
  @Autowired JdbcTemplate jdbc;
  @Autowired SignedCode signer;
  @Autowired InspectionTaskService tasks;
  @Autowired EnterpriseService enterprises;
  @Autowired java.time.Clock clock;
  final HttpClient http = HttpClient.newHttpClient();
  final ObjectMapper json = new ObjectMapper();

  HttpResponse<byte[]> call(String user, String path) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("User-Agent", "InspectionCodeIT phone");
    if (user != null) {
      b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
          .getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  JsonNode body(HttpResponse<byte[]> response) throws Exception {
    return json.readTree(new String(response.body(), StandardCharsets.UTF_8));
  }

  long approvedTask() {
    return jdbc.queryForObject("select min(id) from insp_task where status = 'APPROVED'", Long.class);
  }

  long waitingTask() {
    return jdbc.queryForObject("select min(id) from insp_task where status = 'AWAITING_APPROVAL'", Long.class);
  }

  HttpResponse<byte[]> verify(String code) throws Exception {
    return call(null, "/api/public/inspection-codes/" + code);
  }

  /** A refusal: the status, rule R-SC-3, a Chinese detail, and none of the task's data. */
  void assertRefused(HttpResponse<byte[]> response, int status, InspectionTask task) throws Exception {
    assertThat(response.statusCode()).isEqualTo(status);
    JsonNode problem = body(response);
    assertThat(problem.path("ruleId").asText()).isEqualTo("R-SC-3");
    assertThat(problem.path("detail").asText()).containsPattern("\\p{IsHan}");
    String text = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(text).doesNotContain(task.taskNumber()).doesNotContain(task.agencyName())
        .doesNotContain(task.inspectors().get(0).name()).doesNotContain(task.inspectors().get(0).certificateNumber());
    assertThat(problem.has("inspectors")).isFalse();
  }

  List<String> traceActions(long taskId) {
    return jdbc.queryForList("select action from insp_task_trace where task_id = ? order by id", String.class, taskId);
  }

  @Test
  @DisplayName("R-SC-3 R-SC-4 an approved task's code verifies anonymously: inspectors with certificate numbers, items, window, rights; traced as PUBLIC_PAGE")
  void genuineCode() throws Exception {
    long id = approvedTask();
    InspectionTask task = tasks.get(id);
    HttpResponse<byte[]> issued = call("liuyang", "/api/tasks/" + id + "/inspection-code");
    assertThat(issued.statusCode()).isEqualTo(200);
    JsonNode code = body(issued);
    String text = code.path("code").asText();
    assertThat(code.path("verificationUrl").asText()).endsWith("/public/verify.html?c=" + text);
    Instant expiresAt = Instant.parse(code.path("expiresAt").asText());
    assertThat(expiresAt).isAfter(clock.instant())
        .isBeforeOrEqualTo(task.windowEnd().plusDays(2).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant());

    HttpResponse<byte[]> verified = verify(text);

    assertThat(verified.statusCode()).isEqualTo(200);
    JsonNode v = body(verified);
    assertThat(v.path("taskNumber").asText()).isEqualTo(task.taskNumber());
    assertThat(v.path("agencyName").asText()).isEqualTo("市场监督管理局");
    assertThat(v.path("enterpriseName").asText()).isEqualTo(task.enterpriseName());
    assertThat(v.path("inspectors").findValuesAsText("certificateNumber"))
        .containsExactlyElementsOf(task.inspectors().stream().map(InspectionTask.AssignedInspector::certificateNumber)
            .toList())
        .allMatch(c -> !c.isBlank());
    assertThat(v.path("inspectors").findValuesAsText("name")).hasSize(task.inspectors().size());
    assertThat(v.path("items").findValuesAsText("legalBasis")).isNotEmpty().allMatch(b -> !b.isBlank());
    assertThat(v.path("windowStart").asText()).isEqualTo(task.windowStart().toString());
    assertThat(v.path("rights").findValuesAsText("name")).containsExactly("陈述权", "申辩权", "救济权");
    assertThat(v.path("rights").findValuesAsText("explanation").get(2)).contains("行政复议", "行政诉讼");
    assertThat(v.has("trace")).isFalse();
    assertThat(v.has("warnings")).isFalse();

    List<Map<String, Object>> trace = jdbc.queryForList(
        "select actor, action, channel, detail from insp_task_trace where task_id = ? order by id desc", id);
    assertThat(trace.get(0)).containsEntry("ACTION", "INSPECTION_CODE_VERIFIED").containsEntry("CHANNEL", "PUBLIC_PAGE")
        .containsEntry("ACTOR", "public");
    assertThat((String) trace.get(0).get("DETAIL")).contains("InspectionCodeIT phone");
    assertThat(trace.get(1)).containsEntry("ACTION", "INSPECTION_CODE_SHOWN").containsEntry("ACTOR", "liuyang")
        .containsEntry("CHANNEL", "REST");
  }

  @Test
  @DisplayName("R-SC-3 the code's QR image opens the verification page with the signed code")
  void qrImage() throws Exception {
    long id = approvedTask();
    HttpResponse<byte[]> png = call("zhangwei", "/api/tasks/" + id + "/inspection-code.png");
    assertThat(png.statusCode()).isEqualTo(200);
    assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
    String url = decode(png.body());
    assertThat(url).contains("/public/verify.html?c=");
    String code = url.substring(url.indexOf("?c=") + 3);
    assertThat(signer.verify(code, CodeKind.INSPECTION_TASK, clock.instant()).payload().id()).isEqualTo(Long.toString(id));
  }

  @Test
  @DisplayName("R-SC-3 an altered, forged, expired or foreign (enterprise) code is refused with no task data")
  void refusedCodes() throws Exception {
    long id = approvedTask();
    InspectionTask task = tasks.get(id);
    String genuine = body(call("liuyang", "/api/tasks/" + id + "/inspection-code")).path("code").asText();
    Integer refusalsBefore = jdbc.queryForObject(
        "select count(*) from insp_refusal_log where rule_id = 'R-SC-3'", Integer.class);

    char c = genuine.charAt(3);
    String altered = genuine.substring(0, 3) + (c == 'A' ? 'B' : 'A') + genuine.substring(4);
    assertRefused(verify(altered), 422, task);
    String otherKey = new SignedCode("someone-else's-key-of-at-least-32-bytes".getBytes(StandardCharsets.UTF_8))
        .sign(new CodePayload(CodeKind.INSPECTION_TASK, Long.toString(id), clock.instant().plus(Duration.ofDays(1))));
    assertRefused(verify(otherKey), 422, task);
    String expired = signer.sign(new CodePayload(CodeKind.INSPECTION_TASK, Long.toString(id),
        clock.instant().minus(Duration.ofMinutes(1))));
    HttpResponse<byte[]> expiredAnswer = verify(expired);
    assertRefused(expiredAnswer, 422, task);
    assertThat(body(expiredAnswer).path("detail").asText()).isEqualTo(CodeCheck.Failure.EXPIRED.message());
    String foreign = signer.sign(new CodePayload(CodeKind.ENTERPRISE, task.enterpriseCode(),
        clock.instant().plus(Duration.ofDays(30))));
    HttpResponse<byte[]> foreignAnswer = verify(foreign);
    assertRefused(foreignAnswer, 422, task);
    assertThat(body(foreignAnswer).path("detail").asText()).isEqualTo(CodeCheck.Failure.WRONG_KIND.message());
    assertRefused(verify("not-a-code"), 422, task);
    String missing = signer.sign(new CodePayload(CodeKind.INSPECTION_TASK, "999999999",
        clock.instant().plus(Duration.ofDays(1))));
    assertRefused(verify(missing), 404, task);

    assertThat(jdbc.queryForObject("select count(*) from insp_refusal_log where rule_id = 'R-SC-3'", Integer.class))
        .isEqualTo(refusalsBefore + 6);
  }

  @Test
  @DisplayName("R-SC-3 R-TK-3 R-SC-4 a task not approved has no code (422), and a code signed for it is refused on the public page and traced")
  void notApproved() throws Exception {
    long id = waitingTask();
    InspectionTask task = tasks.get(id);
    HttpResponse<byte[]> refused = call("liuyang", "/api/tasks/" + id + "/inspection-code");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(body(refused).path("ruleId").asText()).isEqualTo("R-TK-3");
    assertThat(body(refused).path("detail").asText()).contains("尚未经单位负责人批准", "检查码");
    assertThat(call("liuyang", "/api/tasks/" + id + "/inspection-code.png").statusCode()).isEqualTo(422);

    String signed = signer.sign(new CodePayload(CodeKind.INSPECTION_TASK, Long.toString(id),
        clock.instant().plus(Duration.ofDays(1))));
    assertRefused(verify(signed), 422, task);
    assertThat(traceActions(id)).contains("INSPECTION_CODE_REFUSED").doesNotContain("INSPECTION_CODE_SHOWN");
  }

  @Test
  @DisplayName("R-SC-3 only the task's inspectors and its agency's staff get the code: anonymous 401, another agency 403")
  void access() throws Exception {
    long id = approvedTask();
    assertThat(call(null, "/api/tasks/" + id + "/inspection-code").statusCode()).isEqualTo(401);
    assertThat(call(null, "/api/tasks/" + id + "/inspection-code.png").statusCode()).isEqualTo(401);
    assertThat(call("sunli", "/api/tasks/" + id + "/inspection-code").statusCode()).isEqualTo(403);
    assertThat(call("sunli", "/api/tasks/" + id + "/inspection-code.png").statusCode()).isEqualTo(403);
    assertThat(call("wangfang", "/api/tasks/" + id + "/inspection-code").statusCode()).isEqualTo(200);
    assertThat(call(null, "/api/enterprises/" + tasks.get(id).enterpriseCode() + "/code-poster.png").statusCode())
        .isEqualTo(401);
  }

  @Test
  @DisplayName("R-SC-1 R-SC-3 the enterprise's poster, printed by the administrator, carries a signed ENTERPRISE code pointing to the scan-in page")
  void enterprisePoster() throws Exception {
    String enterprise = tasks.get(approvedTask()).enterpriseCode();
    HttpResponse<byte[]> poster = call("admin", "/api/enterprises/" + enterprise + "/code-poster.png");
    assertThat(poster.statusCode()).isEqualTo(200);
    java.nio.file.Path shot = java.nio.file.Path.of(System.getProperty("basedir", System.getProperty("user.dir")),
        "docs", "screenshots", "enterprise-code-poster.png");
    java.nio.file.Files.createDirectories(shot.getParent());
    java.nio.file.Files.write(shot, poster.body());
    String url = decode(poster.body());
    assertThat(url).contains("/public/scan.html?c=");
    CodeCheck check = signer.verify(url.substring(url.indexOf("?c=") + 3), CodeKind.ENTERPRISE, clock.instant());
    assertThat(check.valid()).isTrue();
    assertThat(check.payload().id()).isEqualTo(enterprise);
    assertThat(check.payload().expiresAt()).isAfter(clock.instant().plus(Duration.ofDays(365)));
    assertThat(call("admin", "/api/enterprises/NOSUCHCODE/code-poster.png").statusCode()).isEqualTo(404);

    HttpResponse<byte[]> asJson = call("admin", "/api/enterprises/" + enterprise + "/code");
    assertThat(asJson.statusCode()).isEqualTo(200);
    JsonNode code = body(asJson);
    assertThat(code.path("scanUrl").asText()).contains("/public/scan.html?c=" + code.path("code").asText());
    assertThat(signer.verify(code.path("code").asText(), CodeKind.ENTERPRISE, clock.instant()).payload().id())
        .isEqualTo(enterprise);
    assertThat(call(null, "/api/enterprises/" + enterprise + "/code").statusCode()).isEqualTo(401);
  }

  @Test
  @DisplayName("R-IG-7 inspectors (liuyang of the task's agency, sunli of another), heads and supervisors get 403 with a Chinese problem for the enterprise's code and poster, logged; no code in the answer")
  void enterpriseCodeOnlyForAdministrators() throws Exception {
    String enterprise = tasks.get(approvedTask()).enterpriseCode();
    long before = jdbc.queryForObject("select coalesce(max(id), 0) from insp_refusal_log", Long.class);

    for (String user : List.of("liuyang", "sunli", "zhangwei", "huangmin")) {
      for (String path : List.of("/code", "/code-poster.png")) {
        HttpResponse<byte[]> refused = call(user, "/api/enterprises/" + enterprise + path);

        assertThat(refused.statusCode()).as(user + " " + path).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
            t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = body(refused);
        assertThat(problem.path("ruleId").asText()).isEqualTo("R-IG-7");
        assertThat(problem.path("detail").asText()).contains("只能由系统管理员打印", "执法人员不能通过平台获取");
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).doesNotContain("scan.html");
      }
    }
    assertThat(jdbc.queryForList("select user_id from insp_refusal_log where id > ? and rule_id = 'R-IG-7'",
        String.class, before)).hasSize(8).contains("liuyang", "sunli", "zhangwei", "huangmin");
    assertThat(call("admin", "/api/enterprises/" + enterprise + "/code").statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("R-SC-3 R-TK-4 an emergency task inspected before approval shows a code at once, and the verification says so")
  void emergency() throws Exception {
    String enterprise = freshEnterprises.fresh(CreditTier.D).creditCode();
    String today = java.time.LocalDate.now(clock).toString();
    HttpRequest register = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/tasks"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("liuyang:demo".getBytes(
            StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(triggers.link("liuyang", """
            {"enterpriseCode":"%s","origin":"TRIGGERED","trigger":"COMPLAINT","triggerDescription":"投诉：后厨冒烟，疑有安全隐患",
             "kind":"AD_HOC","itemCodes":["SCJG-001"],"inspectors":["liuyang","wangfang"],
             "windowStart":"%s","windowEnd":"%s","emergency":true}""".formatted(enterprise, today, today)),
            StandardCharsets.UTF_8)).build();
    HttpResponse<String> created = http.send(register, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = json.readTree(created.body()).path("id").asLong();
    assertThat(tasks.get(id).status()).isEqualTo(cn.lawfulinspection.task.TaskStatus.IN_PROGRESS_POST_HOC);

    HttpResponse<byte[]> issued = call("wangfang", "/api/tasks/" + id + "/inspection-code");
    assertThat(issued.statusCode()).isEqualTo(200);
    JsonNode v = body(verify(body(issued).path("code").asText()));
    assertThat(v.path("emergency").asBoolean()).isTrue();
    assertThat(v.path("status").asText()).isEqualTo("紧急先行检查，待补办审批");
  }

  static String decode(byte[] png) throws Exception {
    var image = ImageIO.read(new ByteArrayInputStream(png));
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
  }
}
