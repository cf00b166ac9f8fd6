package cn.lawfulinspection.guidance;

import static cn.lawfulinspection.guidance.process.GuidanceProcessIds.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.calendar.WorkingDayCalendar;
import cn.lawfulinspection.common.PlatformClock;
import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.policy.Policies;
import cn.lawfulinspection.qr.CodeKind;
import cn.lawfulinspection.qr.CodePayload;
import cn.lawfulinspection.qr.SignedCode;
import cn.lawfulinspection.support.Api;
import cn.lawfulinspection.support.EnterpriseInbox;
import cn.lawfulinspection.support.FreshEnterprises;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.support.TestClock;
import cn.lawfulinspection.support.TriggerRecordsForTests;
import cn.lawfulinspection.task.InspectionKind;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.TaskOrigin;
import cn.lawfulinspection.task.TaskRegistrationService;
import cn.lawfulinspection.task.TaskRequest;
import cn.lawfulinspection.task.TriggerReason;
import cn.lawfulinspection.identity.RunAs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Guidance (行政指导) on the default profile, which has Jiangyan's answer period (JY 2(4): 2 working days): the
 * enterprise asks on its page with its service link, the answer's timer escalates a late answer to the head and
 * records it for supervision (R-NT-4); a visit needs the enterprise's consent or invitation and a guidance record never
 * takes an inspection result (R-TK-9). H2 and MariaDB.
 */
@IntegrationTest
class GuidanceIT {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired GuidanceService guidance;
  @Autowired EnterpriseInbox inbox;
  @Autowired FreshEnterprises enterprises;
  @Autowired Policies policies;
  @Autowired WorkingDayCalendar calendar;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired TaskRegistrationService registration;
  @Autowired SignedCode signer;
  @Autowired RunAs runAs;
  @Autowired TriggerRecordsForTests triggers;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;
  @LocalServerPort int port;

  @AfterEach
  void resumeClock() {
    TestClock.resume();
  }

  @Test
  @DisplayName("R-NT-4 default profile: the answer is due in 2 working days; the timer, once the clock passes the due date, escalates to the head and records the lateness; the late answer is listed as late for supervision and the enterprise reads it on its page")
  void lateAnswerEscalates() throws Exception {
    // given: an enterprise that received its service link and asks for guidance on its page
    Api api = new Api(port);
    Enterprise e = enterprises.fresh(CreditTier.C);
    String code = serviceCode(api, e);
    assertThat(policies.current().guidanceReplyDeadline()).isTrue();
    JsonNode asked = expect(200, api.call(null, "POST", page(code), json("agencyCode", "scjg", "kind", "GUIDANCE",
        "subject", "新上线的自动售货机需要办理哪些许可？", "contact", "13800000000")));
    long id = guidanceId(asked.path("requestNumber").asText());
    GuidanceRequest request = guidance.get(id);
    assertThat(request.source()).isEqualTo(GuidanceSource.ENTERPRISE_PAGE);
    assertThat(request.replyWorkingDays()).isEqualTo(2);
    LocalDate requestDay = request.requestedAt().atZone(PlatformClock.CHINA).toLocalDate();
    assertThat(request.replyDueAt().atZone(PlatformClock.CHINA).toLocalDate())
        .isEqualTo(calendar.plusWorkingDays(requestDay, 2));
    Task answerTask = openTask(request);
    assertThat(answerTask.getTaskDefinitionKey()).isEqualTo(ANSWER_GUIDANCE);
    assertThat(answerTask.getName()).isEqualTo("答复行政指导请求");
    assertThat(answerTask.getDueDate().toInstant()).isEqualTo(request.replyDueAt());
    assertThat(candidateGroups(answerTask)).contains("scjg").doesNotContain("scjgHead");

    // when: the platform clock passes the due date and the timer fires
    Job timer = managementService.createJobQuery().processInstanceId(answerTask.getProcessInstanceId())
        .activityId(REPLY_OVERDUE).singleResult();
    // the timer and the task count the same 2 working days from the same command (a millisecond apart)
    assertThat(Duration.between(timer.getDuedate().toInstant(), request.replyDueAt()).abs())
        .isLessThan(Duration.ofSeconds(1));
    TestClock.moveForwardTo(calendar.plusWorkingDays(calendar.plusWorkingDays(requestDay, 2), 1));
    assertThat(clock.instant()).isAfter(request.replyDueAt());
    managementService.executeJob(timer.getId());

    // then: the lateness is recorded, the head sees the still open answer task, supervision lists it as overdue
    assertThat(guidance.get(id).replyOverdueAt()).isNotNull();
    Task stillOpen = openTask(request);
    assertThat(candidateGroups(stillOpen)).contains("scjg", "scjgHead");
    JsonNode report = supervision(api, request);
    assertThat(row(report, request).path("timeliness").asText()).isEqualTo("OVERDUE");

    // when: the staff answer late
    expect(200, api.call("liuyang", "POST", "/api/guidance/" + id + "/answer",
        json("answer", "自动售货机销售预包装食品的，须办理食品经营备案；详见附件清单。")));

    // then: late for supervision, the process ended, the enterprise reads the answer on its page
    assertThat(row(supervision(api, request), request).path("timeliness").asText()).isEqualTo("LATE");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(request.requestNumber())
        .count()).isZero();
    JsonNode mine = expect(200, api.call(null, "GET", page(code), null));
    assertThat(mine.get(0).path("answer").asText()).contains("食品经营备案");
    assertThat(mine.get(0).path("statusLabel").asText()).isEqualTo("已答复");
  }

  @Test
  @DisplayName("R-NT-4 default profile: an answer within 2 working days is counted on time for supervision, apart from inspections")
  void onTimeAnswer() throws Exception {
    Api api = new Api(port);
    GuidanceRequest request = runAs.as("liuyang", () -> guidance.registerByPhone(
        enterprises.fresh(CreditTier.B).creditCode(), GuidanceKind.GUIDANCE, "电话咨询：如何办理健康证明？", null));
    JsonNode before = supervision(api, request);

    runAs.as("wangfang", () -> guidance.answer(request.id(), "请到辖区疾控中心或指定医院体检办理。", false));

    JsonNode after = supervision(api, request);
    assertThat(row(after, request).path("timeliness").asText()).isEqualTo("ON_TIME");
    assertThat(row(after, request).path("answeredBy").asText()).isEqualTo("wangfang");
    assertThat(after.path("onTime").asInt()).isEqualTo(before.path("onTime").asInt() + 1);
    assertThat(after.path("pending").asInt()).isEqualTo(before.path("pending").asInt() - 1);
    assertThat(api.call("zhangwei", "GET", "/api/supervision/guidance?month=" + month(request), null).statusCode())
        .isEqualTo(403);
  }

  @Test
  @DisplayName("R-TK-9 a visit without the enterprise's consent or invitation is refused with nothing saved; after the enterprise agrees on its page it is recorded; a result or a rectification on a guidance record is refused; a problem found is an inspection task the staff register, only referenced")
  void visitNeedsConsentAndCarriesNoResult() throws Exception {
    // given: a phone request (the staff's word is not consent), answered with a visit offered
    Api api = new Api(port);
    Enterprise e = enterprises.fresh(CreditTier.C);
    JsonNode registered = expect(200, api.call("liuyang", "POST", "/api/guidance", json("enterpriseCode",
        e.creditCode(), "kind", "GUIDANCE", "subject", "电话申请：希望上门指导后厨布局")));
    long id = registered.path("id").asLong();
    assertThat(registered.path("consent").isNull()).isTrue();
    expect(200, api.call("liuyang", "POST", "/api/guidance/" + id + "/answer",
        "{\"answer\":\"可安排工作人员入企指导，请在服务页面确认。\",\"visitProposed\":true}"));

    // when: the staff record a visit without the enterprise's consent
    Integer refusals = refusals("R-TK-9");
    HttpResponse<String> refused = api.call("liuyang", "POST", "/api/guidance/" + id + "/visit",
        json("notes", "已入企指导后厨布局"));

    // then: refused with a problem naming the rule, logged, nothing saved
    assertThat(refused.statusCode()).isEqualTo(422);
    JsonNode problem = JSON.readTree(refused.body());
    assertThat(problem.path("ruleId").asText()).isEqualTo("R-TK-9");
    assertThat(problem.path("detail").asText()).contains("同意或邀约");
    assertThat(refusals("R-TK-9")).isEqualTo(refusals + 1);
    assertThat(guidance.get(id).visitedAt()).isNull();
    assertThat(guidance.get(id).status()).isEqualTo(GuidanceStatus.ANSWERED);

    // when: the enterprise agrees on its page (the link the platform sent it with the phone registration)
    String code = inbox.serviceCode(e.creditCode());
    expect(200, api.call(null, "POST", page(code) + "/" + registered.path("requestNumber").asText() + "/consent",
        "{\"agrees\":true}"));
    JsonNode visited = expect(200, api.call("liuyang", "POST", "/api/guidance/" + id + "/visit",
        json("notes", "已入企指导后厨布局，提示生熟分开")));

    // then
    assertThat(visited.path("consent").asText()).isEqualTo("CONSENTED");
    assertThat(visited.path("status").asText()).isEqualTo("VISITED");
    assertThat(visited.path("visitedBy").asText()).isEqualTo("liuyang");

    // and a guidance record never takes a result or a rectification (R-TK-9)
    for (String step : List.of("/result", "/rectification")) {
      HttpResponse<String> r = api.call("liuyang", "POST", "/api/guidance/" + id + step,
          "{\"problemsFound\":true,\"violations\":[\"后厨不洁\"]}");
      assertThat(r.statusCode()).as(step).isEqualTo(422);
      assertThat(JSON.readTree(r.body()).path("ruleId").asText()).isEqualTo("R-TK-9");
      assertThat(JSON.readTree(r.body()).path("detail").asText()).contains("登记检查任务");
    }

    // and a problem found: a task number that is not the agency's task of that enterprise is refused; a task the
    // staff registered the normal way is referenced, and stays an inspection task
    HttpResponse<String> unknown = api.call("liuyang", "POST", "/api/guidance/" + id + "/inspection-task",
        json("taskNumber", "JC-NONE"));
    assertThat(unknown.statusCode()).isEqualTo(422);
    LocalDate day = LocalDate.now(clock).plusDays(10);
    TaskRequest found = triggers.link("liuyang", new TaskRequest(e.creditCode(),
        TaskOrigin.TRIGGERED, null, null, null, TriggerReason.ENTERPRISE_REQUEST, "指导中发现后厨排烟设施疑似不合规",
        InspectionKind.AD_HOC, List.of("SCJG-001"), List.of("liuyang", "wangfang"), day, day, false, false, null));
    InspectionTask task = runAs.as("liuyang", () -> registration.register(found));
    JsonNode linked = expect(200, api.call("liuyang", "POST", "/api/guidance/" + id + "/inspection-task",
        json("taskNumber", task.taskNumber())));
    assertThat(linked.path("inspectionTaskNumber").asText()).isEqualTo(task.taskNumber());
    assertThat(linked.path("status").asText()).isEqualTo("VISITED");
  }

  @Test
  @DisplayName("R-TK-9 an invitation from the enterprise's page is its consent; declining on the page refuses the visit; another agency's staff cannot act")
  void invitationAndDecline() throws Exception {
    Api api = new Api(port);
    Enterprise e = enterprises.fresh(CreditTier.C);
    String code = serviceCode(api, e);
    JsonNode invited = expect(200, api.call(null, "POST", page(code), json("agencyCode", "scjg", "kind",
        "VISIT_INVITATION", "subject", "邀请市场监管局来厂指导质量管理体系")));
    long id = guidanceId(invited.path("requestNumber").asText());
    assertThat(invited.path("consent").asText()).isEqualTo("INVITED");
    assertThat(api.call("sunli", "POST", "/api/guidance/" + id + "/answer", json("answer", "应急局越权答复测试"))
        .statusCode()).isEqualTo(422);
    expect(200, api.call("liuyang", "POST", "/api/guidance/" + id + "/answer", json("answer", "拟于下周二上午入企。")));

    // the enterprise changes its mind before the visit
    expect(200, api.call(null, "POST", page(code) + "/" + invited.path("requestNumber").asText() + "/consent",
        "{\"agrees\":false}"));
    HttpResponse<String> refused = api.call("liuyang", "POST", "/api/guidance/" + id + "/visit",
        json("notes", "入企指导质量管理"));
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(refused.body()).path("detail").asText()).contains("不同意");
    assertThat(guidance.get(id).visitedAt()).isNull();
  }

  @Test
  @DisplayName("R-IG-7 R-TK-9 the enterprise's page takes only the enterprise service link: a forged link and the enterprise's scan-in code are refused, logged without the code, no data")
  void onlyTheServiceLink() throws Exception {
    Api api = new Api(port);
    Enterprise e = enterprises.fresh(CreditTier.C);
    String scanCode = signer.sign(new CodePayload(CodeKind.ENTERPRISE, e.creditCode(),
        clock.instant().plus(Duration.ofDays(30))));
    HttpResponse<String> other = api.call(null, "GET", page(scanCode), null);
    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(other.body()).path("ruleId").asText()).isEqualTo("R-IG-7");
    HttpResponse<String> forged = api.call(null, "POST", page("S.forged.code"), json("agencyCode", "scjg", "kind",
        "GUIDANCE", "subject", "伪造链接提出的申请"));
    assertThat(forged.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(forged.body()).path("ruleId").asText()).isEqualTo("R-SC-3");
    assertThat(jdbc.queryForObject("select count(*) from insp_guidance where enterprise_code = ?", Integer.class,
        e.creditCode())).isZero();
    assertThat(jdbc.queryForObject("select count(*) from insp_refusal_log where location like ?", Integer.class,
        "%" + scanCode + "%")).isZero();
    assertThat(jdbc.queryForObject("select count(*) from insp_refusal_log where location = ?", Integer.class,
        "GET /api/public/enterprise-pages/{code}/guidance")).isPositive();
  }

  @Test
  @DisplayName("R-NT-4 the demo data holds a guidance request answered on time on the platform clock")
  void demoRequestAnsweredOnTime() {
    GuidanceRequest demo = guidance.get(jdbc.queryForObject(
        "select min(id) from insp_guidance where registered_by = 'liuyang' and source = 'PHONE'", Long.class));

    assertThat(demo.status()).isEqualTo(GuidanceStatus.ANSWERED);
    assertThat(demo.answeredBy()).isEqualTo("liuyang");
    assertThat(demo.replyDueAt()).isNotNull();
    assertThat(demo.timeliness(clock.instant())).isEqualTo(GuidanceRequest.Timeliness.ON_TIME);
  }

  // ---- helpers

  private String serviceCode(Api api, Enterprise e) throws Exception {
    JsonNode sent = expect(200, api.call("liuyang", "POST", "/api/guidance/service-links",
        json("enterpriseCode", e.creditCode())));
    assertThat(sent.toString()).doesNotContain("guidance.html").contains("validUntil");
    return inbox.serviceCode(e.creditCode());
  }

  private static String page(String code) {
    return "/api/public/enterprise-pages/" + code + "/guidance";
  }

  private long guidanceId(String number) {
    return jdbc.queryForObject("select id from insp_guidance where request_number = ?", Long.class, number);
  }

  private Task openTask(GuidanceRequest request) {
    return taskService.createTaskQuery().processInstanceBusinessKey(request.requestNumber()).singleResult();
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(l -> l.getGroupId())
        .filter(g -> g != null).toList();
  }

  private Integer refusals(String rule) {
    return jdbc.queryForObject("select count(*) from insp_refusal_log where rule_id = ?", Integer.class, rule);
  }

  private static String month(GuidanceRequest request) {
    return YearMonth.from(request.requestedAt().atZone(PlatformClock.CHINA)).toString();
  }

  private JsonNode supervision(Api api, GuidanceRequest request) throws Exception {
    return expect(200, api.call("huangmin", "GET", "/api/supervision/guidance?month=" + month(request), null));
  }

  private static JsonNode row(JsonNode report, GuidanceRequest request) {
    for (JsonNode n : report.path("requests")) {
      if (request.requestNumber().equals(n.path("requestNumber").asText())) {
        return n;
      }
    }
    throw new AssertionError("no " + request.requestNumber() + " in " + report);
  }

  static JsonNode expect(int status, HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return JSON.readTree(response.body());
  }

  static String json(Object... keysAndValues) throws Exception {
    java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return JSON.writeValueAsString(map);
  }

}
