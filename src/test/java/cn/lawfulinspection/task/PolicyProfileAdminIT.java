package cn.lawfulinspection.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.calendar.WorkingDayCalendar;
import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.policy.Policies;
import cn.lawfulinspection.support.Api;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.support.Race;
import cn.lawfulinspection.task.process.TaskProcesses;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator's change of a profile at run time (docs/policy-profiles.md): audited, a new version, a task judged
 * under the version of its registration, simultaneous changes never lose one, refusals in Chinese. H2 and MariaDB.
 * Each test puts back the values it changed (as a further version), so other tests on the same database see the
 * shipped numbers.
 */
@IntegrationTest
class PolicyProfileAdminIT {

  static final String PATH = "/api/admin/policy-profiles/default";

  @LocalServerPort int port;
  @Autowired TaskFixtures fx;
  @Autowired TaskProcesses processes;
  @Autowired InspectionTaskService tasks;
  @Autowired Policies policies;
  @Autowired WorkingDayCalendar calendar;
  final ObjectMapper json = new ObjectMapper();

  Api api() {
    return new Api(port);
  }

  int newestVersion() throws Exception {
    return json.readTree(api().call("admin", "GET", PATH, null).body()).get("version").asInt();
  }

  HttpResponse<String> change(String method, Integer base, String reason, String values) throws Exception {
    String body = "{" + (base == null ? "" : "\"baseVersion\":" + base + ",")
        + (reason == null ? "" : "\"reason\":" + json.writeValueAsString(reason) + ",") + "\"values\":" + values + "}";
    return api().call("admin", method, PATH, body);
  }

  @AfterEach
  void putBack() throws Exception {
    JsonNode newest = json.readTree(api().call("admin", "GET", PATH, null).body());
    if (newest.get("quietFilingDays").asInt() != 3 || newest.get("postHocApprovalDays").asInt() != 3) {
      assertThat(change("PUT", null, "测试结束，恢复随版本发布的数值", "{\"quietFilingDays\":3,\"postHocApprovalDays\":3}")
          .statusCode()).isEqualTo(200);
    }
  }

  @Test
  @DisplayName("R-TK-7 an administrator's change is audited (who, when, why, old → new) and makes the next version, listed with the others")
  void changeIsAuditedAsNewVersion() throws Exception {
    int before = newestVersion();

    HttpResponse<String> answer = change("PATCH", before, "县政府文件延长备案期限", "{\"quietFilingDays\":10}");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode made = json.readTree(answer.body());
    assertThat(made.get("version").asInt()).isEqualTo(before + 1);
    assertThat(made.get("changedBy").asText()).isEqualTo("admin");
    assertThat(made.get("reason").asText()).isEqualTo("县政府文件延长备案期限");
    assertThat(made.get("changes")).hasSize(1);
    assertThat(made.get("changes").get(0).get("key").asText()).isEqualTo("quietFilingDays");
    assertThat(made.get("changes").get(0).get("oldValue").asText()).isEqualTo("3");
    assertThat(made.get("changes").get(0).get("newValue").asText()).isEqualTo("10");
    assertThat(policies.current().quietFilingDays()).isEqualTo(10);
    assertThat(policies.current().basisOf("quietFilingDays")).contains("管理员 admin", "县政府文件延长备案期限");
    JsonNode versions = json.readTree(api().call("admin", "GET", PATH + "/versions", null).body());
    assertThat(versions.get(0).get("version").asInt()).isEqualTo(1);
    assertThat(versions.get(0).get("changedBy").asText()).isEqualTo("system");
    JsonNode last = versions.get(versions.size() - 1);
    assertThat(last.get("version").asInt()).isEqualTo(before + 1);
    assertThat(last.get("changedAt").isNull()).isFalse();
    assertThat(last.get("profile").get("quietFilingDays").asInt()).isEqualTo(10);
  }

  @Test
  @DisplayName("R-TK-7 a task is judged under the version in force at its registration: its quiet-period filing is due in 3 working days after the change to 10, a task registered after the change in 10")
  void taskKeepsItsRegistrationVersion() throws Exception {
    LocalDate quiet = fx.quietDay();
    InspectionTask before = fx.as("liuyang", () -> processes.registerAndStart(superiorAssigned(quiet)));

    assertThat(change("PUT", null, "县政府文件延长备案期限", "{\"quietFilingDays\":10}").statusCode()).isEqualTo(200);
    InspectionTask after = fx.as("liuyang", () -> processes.registerAndStart(superiorAssigned(quiet)));
    fx.approve(before);
    fx.approve(after);

    assertThat(tasks.get(before.id()).quietFilingDue()).isEqualTo(calendar.plusWorkingDays(fx.today(), 3));
    assertThat(tasks.get(after.id()).quietFilingDue()).isEqualTo(calendar.plusWorkingDays(fx.today(), 10));
    assertThat(tasks.get(after.id()).trace()).anySatisfy(t -> assertThat(t.detail()).contains("适用政策配置 default 第"));
  }

  TaskRequest superiorAssigned(LocalDate day) {
    return fx.linked(new TaskRequest(fx.fresh(CreditTier.D).creditCode(), TaskOrigin.TRIGGERED, null, null, null,
        TriggerReason.SUPERIOR_ASSIGNMENT, "市局交办：政策配置版本测试", InspectionKind.SUPERIOR_ASSIGNED, List.of("SCJG-001"),
        List.of("liuyang", "wangfang"), day, day, false, false, null));
  }

  @Test
  @DisplayName("R-IG-5 two administrators change the same version at the same instant, three rounds: one 200, one 409, never a 500, no update lost")
  void simultaneousChanges() throws Exception {
    for (int round = 1; round <= 3; round++) {
      int base = newestVersion();
      int days = 4 + round;
      List<Callable<HttpResponse<String>>> calls = List.of(
          () -> change("PUT", base, "并发修改甲", "{\"postHocApprovalDays\":" + days + "}"),
          () -> change("PATCH", base, "并发修改乙", "{\"quietFilingDays\":" + days + "}"));

      List<HttpResponse<String>> answers = Race.run(calls);

      Race.assertNoServerError(answers);
      assertThat(answers).as(Race.describe(answers)).extracting(HttpResponse::statusCode)
          .containsExactlyInAnyOrder(200, 409);
      HttpResponse<String> lost = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
      assertThat(json.readTree(lost.body()).get("detail").asText()).contains("请刷新后重试");
      assertThat(newestVersion()).isEqualTo(base + 1);
    }
  }

  @Test
  @DisplayName("a change without a reason, with an unknown or invalid value, or by a non-administrator is refused (422 in Chinese, 403) and stores nothing")
  void refusals() throws Exception {
    int before = newestVersion();

    HttpResponse<String> noReason = change("PUT", null, null, "{\"quietFilingDays\":4}");
    HttpResponse<String> blankReason = change("PUT", null, "  ", "{\"quietFilingDays\":4}");
    HttpResponse<String> unknown = change("PUT", null, "理由", "{\"noSuchSetting\":4}");
    HttpResponse<String> badMode = change("PUT", null, "理由", "{\"annualCap\":{\"mode\":\"SOMETIMES\"}}");
    HttpResponse<String> zero = change("PUT", null, "理由", "{\"postHocApprovalDays\":0}");
    HttpResponse<String> noSuchTrigger = change("PUT", null, "理由", "{\"quietExemptTriggers\":[\"COMPLAINT\",\"RUMOUR\"]}");
    HttpResponse<String> same = change("PUT", null, "理由", "{\"quietFilingDays\":3}");
    HttpResponse<String> stale = change("PUT", before - 1, "理由", "{\"quietFilingDays\":4}");
    HttpResponse<String> head = api().call("zhangwei", "PUT", PATH,
        "{\"reason\":\"负责人想改\",\"values\":{\"quietFilingDays\":4}}");
    HttpResponse<String> headReads = api().call("zhangwei", "GET", PATH + "/versions", null);

    assertThat(noReason.statusCode()).isEqualTo(422);
    assertThat(json.readTree(noReason.body()).get("detail").asText()).contains("请填写修改理由");
    assertThat(json.readTree(noReason.body()).get("field").asText()).isEqualTo("reason");
    assertThat(blankReason.statusCode()).isEqualTo(422);
    assertThat(unknown.statusCode()).isEqualTo(422);
    assertThat(json.readTree(unknown.body()).get("detail").asText()).contains("noSuchSetting");
    assertThat(badMode.statusCode()).isEqualTo(422);
    assertThat(zero.statusCode()).isEqualTo(422);
    assertThat(noSuchTrigger.statusCode()).isEqualTo(422);
    assertThat(json.readTree(noSuchTrigger.body()).get("detail").asText()).contains("RUMOUR", "不存在");
    assertThat(same.statusCode()).isEqualTo(422);
    assertThat(json.readTree(same.body()).get("detail").asText()).contains("没有修改任何配置项");
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(head.statusCode()).isEqualTo(403);
    assertThat(headReads.statusCode()).isEqualTo(403);
    assertThat(newestVersion()).isEqualTo(before);
  }
}
