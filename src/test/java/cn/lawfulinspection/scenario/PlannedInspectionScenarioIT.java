package cn.lawfulinspection.scenario;

import static cn.lawfulinspection.scenario.ScenarioDriver.CHINA;
import static cn.lawfulinspection.scenario.ScenarioDriver.registration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.lawfulinspection.calendar.WorkingDayCalendar;
import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.identity.RunAs;
import cn.lawfulinspection.policy.Policies;
import cn.lawfulinspection.policy.QuietPeriod;
import cn.lawfulinspection.result.process.ResultBackfillProcessIds;
import cn.lawfulinspection.scanin.ScanInRecord;
import cn.lawfulinspection.scanin.ScanInService;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.task.process.HeadApprovalProcessIds;
import cn.lawfulinspection.task.process.InspectionTaskProcessIds;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Scenario "planned happy path" (有计划检查): 刘洋 registers a double-random task under 市场监督管理局's filed annual
 * plan over REST, 张伟 approves it in Tasklist, the notice goes out in time and the enterprise reads it through the
 * link it got; 刘洋's scan-in a day too early is refused, on the window day it is taken; he backfills everything
 * compliant from his phone, the enterprise reads the result and evaluates once, the task is closed. H2 and MariaDB.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PlannedInspectionScenarioIT extends ScenarioTest {

  @Autowired ScanInService scanIns;
  @Autowired RunAs runAs;
  @Autowired Policies policies;
  @Autowired WorkingDayCalendar calendar;

  /** A day outside the quiet period, at least ten days and noticeLeadWorkingDays + 1 working days ahead. */
  LocalDate windowDay() {
    LocalDate today = s.today();
    LocalDate day = calendar.plusWorkingDays(today, policies.current().noticeLeadWorkingDays() + 1);
    if (day.isBefore(today.plusDays(10))) {
      day = today.plusDays(10);
    }
    QuietPeriod quiet = policies.current().quietPeriod();
    while (quiet != null && quiet.contains(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  @Test
  @DisplayName("R-TK-1 R-MD-1 R-MD-2 R-MD-3 R-TK-2 R-TK-3 R-NT-1 R-NT-2 R-SC-1 R-SC-3 R-SC-4 R-RS-1 R-RS-2 R-RS-3 R-IG-7 planned double-random task: registered under the filed plan, approved, noticed in time, scanned in on the window day (not before), backfilled compliant, read and evaluated by the enterprise through its follow-up link (the notice's inspection code cannot), closed")
  void plannedHappyPath(CapturedOutput output) throws Exception {
    Enterprise enterprise = s.freshEnterprise();
    LocalDate window = windowDay();
    Map<String, Object> planned = registration(enterprise.creditCode(), List.of("SCJG-001"), window, Map.of(
        "origin", "PLANNED", "planId", s.annualPlan().id(), "kind", "DOUBLE_RANDOM"));

    // R-MD-2: one inspector is not a team; refused, nothing saved, logged
    long before = s.lastRefusalId();
    Map<String, Object> alone = new java.util.HashMap<>(planned);
    alone.put("inspectors", List.of("liuyang"));
    s.refused(s.call("liuyang", "POST", "/api/tasks", alone), "R-MD-2");
    assertThat(s.logged(before, "R-MD-2", "liuyang")).isTrue();
    assertThat(s.expect(200, s.call("zhangwei", "GET", "/api/tasks?enterprise=" + enterprise.creditCode(), null)))
        .isEmpty();

    // 刘洋 registers under the filed annual plan (R-TK-1), items with legal basis (R-MD-3), two certified inspectors
    // (R-MD-1, R-MD-2), well ahead (R-TK-2: no warning)
    JsonNode registered = s.expect(201, s.call("liuyang", "POST", "/api/tasks", planned));
    long id = registered.path("id").asLong();
    String number = registered.path("taskNumber").asText();
    assertThat(number).startsWith("RW-SCJG-");
    assertThat(registered.path("status").asText()).isEqualTo("AWAITING_APPROVAL");
    assertThat(registered.path("planNumber").asText()).isEqualTo(s.annualPlan().planNumber());
    assertThat(registered.path("planVersion").isNull()).isFalse();
    assertThat(registered.path("items").findValuesAsText("legalBasis")).allSatisfy(b -> assertThat(b).isNotBlank());
    assertThat(registered.path("inspectors").findValuesAsText("certificateNumber")).hasSize(2)
        .allSatisfy(c -> assertThat(c).isNotBlank());
    assertThat(registered.path("warnings").findValuesAsText("ruleId")).doesNotContain("R-TK-2");
    ProcessInstance spine = s.running(InspectionTaskProcessIds.PROCESS_KEY, number);
    assertThat(spine).isWaitingAt(InspectionTaskProcessIds.HEAD_APPROVAL);
    assertThat(s.running(HeadApprovalProcessIds.PROCESS_KEY, number)).isWaitingAt(HeadApprovalProcessIds.APPROVE_TASK);
    assertThat(s.candidateGroups(number, HeadApprovalProcessIds.APPROVE_TASK)).contains("scjgHead");

    // 张伟 approves in Tasklist (R-TK-3); the notice goes out in the same step (R-NT-1, R-NT-2)
    s.complete("zhangwei", number, HeadApprovalProcessIds.APPROVE_TASK,
        Map.of(InspectionTaskProcessIds.APPROVAL_DECISION, "APPROVE"));
    assertThat(s.task(id).path("status").asText()).isEqualTo("APPROVED");
    assertThat(s.task(id).path("decidedBy").asText()).isEqualTo("zhangwei");
    assertThat(spine).hasPassed(InspectionTaskProcessIds.SEND_NOTICE)
        .isWaitingAt(InspectionTaskProcessIds.AWAIT_SCAN_IN);
    assertThat(s.instance(HeadApprovalProcessIds.PROCESS_KEY, number).getEndActivityId())
        .isEqualTo(HeadApprovalProcessIds.APPROVED);

    // the enterprise opens the link in its notice: the task is genuine (R-SC-3), the notice complete and in time
    String noticeCode = ScenarioDriver.linkIn(output.getOut(), "检查预告 " + number);
    JsonNode verified = s.publicRead(noticeCode, "");
    assertThat(verified.toString()).contains(number);
    JsonNode notice = s.publicRead(noticeCode, "notice");
    assertThat(notice.path("sent").asBoolean()).isTrue();
    assertThat(notice.path("windowStart").asText()).isEqualTo(window.toString());
    assertThat(notice.path("items")).isNotEmpty().allSatisfy(i -> {
      assertThat(i.path("legalBasis").asText()).isNotBlank();
      assertThat(i.path("complianceStandard").asText()).isNotBlank();
    });
    assertThat(notice.path("contactPhone").asText()).isNotBlank();
    LocalDate sentOn = LocalDate.ofInstant(Instant.parse(notice.path("sentAt").asText()), CHINA);
    assertThat(calendar.plusWorkingDays(sentOn, policies.current().noticeLeadWorkingDays())).isBeforeOrEqualTo(window);

    // R-SC-1: today is before the window: 刘洋's scan from his phone is refused, logged, nothing recorded
    String poster = s.enterpriseCode(enterprise.creditCode());
    before = s.lastRefusalId();
    s.refused(s.call("liuyang", "POST", "/api/scan-in", Map.of("code", poster, "taskId", id)), "R-SC-1");
    assertThat(s.logged(before, "R-SC-1", "liuyang")).isTrue();
    assertThat(spine).isWaitingAt(InspectionTaskProcessIds.AWAIT_SCAN_IN);

    // on the window day at ten (the phone's call with that moment, the application clock being the system's)
    Instant onTheDay = window.atTime(LocalTime.of(10, 0)).atZone(CHINA).toInstant();
    ScanInRecord scanned = runAs.as("liuyang",
        () -> scanIns.scanIn(poster, id, "liuyang", onTheDay, ScenarioDriver.PHONE));
    assertThat(scanned.repeated()).isFalse();
    assertThat(spine).hasPassed(InspectionTaskProcessIds.INSPECTOR_SCANNED_IN)
        .isWaitingAt(InspectionTaskProcessIds.RESULT_BACKFILL);
    assertThat(s.running(ResultBackfillProcessIds.PROCESS_KEY, number))
        .isWaitingAt(ResultBackfillProcessIds.BACKFILL_RESULT);

    // R-RS-1: 刘洋 backfills from his phone, everything compliant
    JsonNode result = s.expect(200, s.call("liuyang", "POST", "/api/tasks/" + id + "/result", """
        {"items":[{"itemCode":"SCJG-001","outcome":"COMPLIANT","evidence":["IMG-0101"]}],"remarks":"现场检查未发现问题"}"""));
    assertThat(result.path("problemsFound").asBoolean()).isFalse();
    assertThat(result.path("late").asBoolean()).isFalse();
    assertThat(s.task(id).path("status").asText()).isEqualTo("CLOSED");
    assertThat(s.instance(InspectionTaskProcessIds.PROCESS_KEY, number).getEndActivityId())
        .isEqualTo(InspectionTaskProcessIds.INSPECTION_CLOSED);
    assertThat(s.instance(ResultBackfillProcessIds.PROCESS_KEY, number).getEndActivityId())
        .isEqualTo(ResultBackfillProcessIds.RESULT_BACKFILLED);

    // R-RS-2: the enterprise is told, with a link to read the result and evaluate
    String resultCode = ScenarioDriver.linkIn(output.getOut(), "检查结果告知 " + number);
    JsonNode told = s.publicRead(resultCode, "result");
    assertThat(told.path("backfilled").asBoolean()).isTrue();
    assertThat(told.path("statusLabel").asText()).isEqualTo("已办结");
    assertThat(told.path("items").findValuesAsText("outcomeLabel")).containsExactly("合规");
    assertThat(told.toString()).doesNotContain("IMG-0101");

    // R-IG-7: the notice's link carries the inspection code, which the inspector holds too: it cannot evaluate
    before = s.lastRefusalId();
    s.refused(s.call(null, "POST", ScenarioDriver.publicPath(noticeCode, "evaluation"), Map.of("score", 5)),
        "R-IG-7");
    assertThat(s.logged(before, "R-IG-7", null)).isTrue();

    // R-RS-3: the enterprise evaluates once, through the follow-up link it was sent with the result
    JsonNode evaluated = s.expect(200, s.call(null, "POST", ScenarioDriver.publicPath(resultCode, "evaluation"),
        Map.of("score", 5, "comment", "检查人员态度好，流程规范")));
    assertThat(evaluated.path("evaluated").asBoolean()).isTrue();
    before = s.lastRefusalId();
    s.refused(s.call(null, "POST", ScenarioDriver.publicPath(resultCode, "evaluation"), Map.of("score", 1)),
        "R-RS-3");
    assertThat(s.logged(before, "R-RS-3", null)).isTrue();
    assertThat(s.publicRead(resultCode, "evaluation").path("score").asInt()).isEqualTo(5);

    // R-SC-4: every step, in order, with where it came from
    assertThat(s.trace(id)).containsSubsequence(
        "REGISTERED@REST",
        "HEAD_APPROVED@ENGINE",
        "NOTICE_SENT@ENGINE",
        "INSPECTION_CODE_VERIFIED@PUBLIC_PAGE",
        "SCANNED_IN@MOBILE_PAGE",
        "RESULT_BACKFILLED@REST",
        "RESULT_SENT_TO_ENTERPRISE@REST",
        "TASK_CLOSED@REST",
        "FOLLOW_UP_LINK_USED@PUBLIC_PAGE",
        "EVALUATION_SUBMITTED@PUBLIC_PAGE");
  }
}
