package cn.lawfulinspection.scenario;

import static cn.lawfulinspection.scenario.ScenarioDriver.registration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.rectification.process.FollowUpProcessIds;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.task.process.HeadApprovalProcessIds;
import cn.lawfulinspection.task.process.InspectionTaskProcessIds;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Scenario "rectification with re-check" (整改及复查, R-RS-4): a complaint inspection finds one minor problem on the
 * first-violation exemption list (首违不罚, R-RS-5) and sets a deadline; the enterprise reads the result and reports its
 * rectification through the code; an inspector not assigned is refused; 刘洋 schedules a re-check, the re-check day
 * comes (timer), 王芳 finds it rectified, the task is closed and the enterprise evaluates. H2 and MariaDB.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RectificationScenarioIT extends ScenarioTest {

  static final String EXEMPT_ITEM = "SCJG-005";

  @Test
  @DisplayName("R-RS-4 R-RS-5 R-RS-1 R-RS-2 R-RS-3 R-MD-1 R-SC-1 R-SC-3 R-SC-4 R-TK-3 R-IG-7 rectification: a minor first violation marked 首违不罚 with a deadline, reported by the enterprise through its follow-up link (the inspector's code is refused), an unassigned inspector refused, a re-check scheduled, the re-check day's timer, found rectified, task closed")
  void rectificationWithRecheck(CapturedOutput output) throws Exception {
    Enterprise enterprise = s.freshEnterprise();
    LocalDate today = s.today();
    LocalDate deadline = today.plusDays(10);
    LocalDate recheckDay = today.plusDays(3);

    // a complaint task of today, approved by 张伟 (R-TK-3), scanned in by 刘洋 (R-SC-1)
    JsonNode registered = s.expect(201, s.call("liuyang", "POST", "/api/tasks", registration(
        enterprise.creditCode(), List.of("SCJG-001", EXEMPT_ITEM), today, Map.of("origin", "TRIGGERED",
            "trigger", "COMPLAINT", "triggerDescription", "投诉：未按时公示年度报告", "kind", "AD_HOC"))));
    long id = registered.path("id").asLong();
    String number = registered.path("taskNumber").asText();
    s.complete("zhangwei", number, HeadApprovalProcessIds.APPROVE_TASK,
        Map.of(InspectionTaskProcessIds.APPROVAL_DECISION, "APPROVE"));
    s.expect(200, s.call("liuyang", "POST", "/api/scan-in",
        Map.of("code", s.enterpriseCode(enterprise.creditCode()), "taskId", id)));
    ProcessInstance spine = s.running(InspectionTaskProcessIds.PROCESS_KEY, number);
    assertThat(spine).isWaitingAt(InspectionTaskProcessIds.RESULT_BACKFILL);

    // R-RS-1, R-RS-5: one minor problem on the exemption list, first time here: 首违不罚, with a deadline (R-RS-4)
    JsonNode result = s.expect(200, s.call("liuyang", "POST", "/api/tasks/" + id + "/result", """
        {"items":[
          {"itemCode":"SCJG-001","outcome":"COMPLIANT","evidence":["IMG-0201"]},
          {"itemCode":"SCJG-005","outcome":"PROBLEM_FOUND","findings":"年度报告未按时公示","minor":true,
           "evidence":["IMG-0202"]}],
         "rectificationDeadline":"%s"}""".formatted(deadline)));
    assertThat(result.path("problemsFound").asBoolean()).isTrue();
    assertThat(result.path("items").get(1).path("firstViolationExempt").asBoolean()).isTrue();
    assertThat(s.task(id).path("status").asText()).isEqualTo("RECTIFYING");
    assertThat(spine).hasPassed(InspectionTaskProcessIds.OPEN_RECTIFICATION)
        .isWaitingAt(InspectionTaskProcessIds.FOLLOW_UP);
    ProcessInstance followUp = s.running(FollowUpProcessIds.PROCESS_KEY, number);
    assertThat(followUp).isWaitingAt(FollowUpProcessIds.AWAIT_REPORT);

    // R-RS-2: the enterprise reads the result through the link it was sent (R-SC-3), with the deadline
    String code = ScenarioDriver.linkIn(output.getOut(), "检查结果告知 " + number);
    JsonNode told = s.publicRead(code, "result");
    assertThat(told.path("backfilled").asBoolean()).isTrue();
    assertThat(told.path("statusLabel").asText()).isEqualTo("整改中");
    assertThat(told.path("rectificationDeadline").asText()).isEqualTo(deadline.toString());
    assertThat(told.path("items").get(1).path("findings").asText()).contains("年度报告未按时公示");
    JsonNode open = s.publicRead(code, "rectification");
    assertThat(open.path("canReport").asBoolean()).isTrue();
    assertThat(open.path("deadline").asText()).isEqualTo(deadline.toString());

    // R-IG-7: the inspector's own code cannot report in the enterprise's name: refused, logged, nothing moves
    String inspectorsCode = s.expect(200, s.call("liuyang", "GET", "/api/tasks/" + id + "/inspection-code", null))
        .path("code").asText();
    long refusedBefore = s.lastRefusalId();
    s.refused(s.call(null, "POST", ScenarioDriver.publicPath(inspectorsCode, "rectification-report"),
        Map.of("report", "已整改。")), "R-IG-7");
    assertThat(s.logged(refusedBefore, "R-IG-7", null)).isTrue();
    assertThat(followUp).isWaitingAt(FollowUpProcessIds.AWAIT_REPORT);

    // R-RS-4: it reports its rectification through its follow-up link
    JsonNode reported = s.expect(200, s.call(null, "POST", ScenarioDriver.publicPath(code, "rectification-report"),
        Map.of("report", "已在国家企业信用信息公示系统补报并公示年度报告。", "evidence", List.of("公示截图-01"))));
    assertThat(reported.path("canReport").asBoolean()).isFalse();
    assertThat(followUp).hasPassed(FollowUpProcessIds.RECTIFICATION_REPORTED)
        .isWaitingAt(FollowUpProcessIds.VERIFY_RECTIFICATION);

    // an inspector not assigned to the task may not verify (R-RS-4, R-MD-1): 422, logged, nothing saved
    long before = s.lastRefusalId();
    s.refused(s.call("lijun", "POST", "/api/tasks/" + id + "/rectification/verification",
        Map.of("verdict", "RECTIFIED", "remark", "已整改")), "R-RS-4");
    assertThat(s.logged(before, "R-RS-4", "lijun")).isTrue();
    assertThat(followUp).isWaitingAt(FollowUpProcessIds.VERIFY_RECTIFICATION);
    assertThat(s.userTask(number, FollowUpProcessIds.VERIFY_RECTIFICATION).getAssignee()).isNull();

    // 刘洋 wants to see it on site: re-check in three days
    JsonNode scheduled = s.expect(200, s.call("liuyang", "POST", "/api/tasks/" + id + "/rectification/verification",
        Map.of("verdict", "RECHECK", "remark", "需现场核对公示内容与实际经营情况", "recheckDate", recheckDay.toString())));
    assertThat(scheduled.path("status").asText()).isEqualTo("RECHECK_SCHEDULED");
    assertThat(followUp).isWaitingAt(FollowUpProcessIds.RECHECK_DATE);
    assertThat(s.publicRead(code, "rectification").path("recheckDate").asText()).isEqualTo(recheckDay.toString());
    // the day has not come: nothing to re-check yet
    s.refused(s.call("wangfang", "POST", "/api/tasks/" + id + "/rectification/recheck",
        Map.of("rectified", true, "remark", "已整改")), "R-RS-4");

    // the re-check day comes (timer), 王芳 re-checks: rectified
    s.fireTimer(number, FollowUpProcessIds.RECHECK_DATE);
    assertThat(followUp).isWaitingAt(FollowUpProcessIds.RECHECK_RECTIFICATION);
    JsonNode rechecked = s.expect(200, s.call("wangfang", "POST", "/api/tasks/" + id + "/rectification/recheck",
        Map.of("rectified", true, "remark", "现场核对，年度报告已公示，内容属实")));
    assertThat(rechecked.path("status").asText()).isEqualTo("VERIFIED");
    assertThat(s.instance(FollowUpProcessIds.PROCESS_KEY, number).getEndActivityId())
        .isEqualTo(FollowUpProcessIds.RECTIFIED_ON_RECHECK);
    assertThat(s.task(id).path("status").asText()).isEqualTo("CLOSED");
    assertThat(s.instance(InspectionTaskProcessIds.PROCESS_KEY, number).getEndActivityId())
        .isEqualTo(InspectionTaskProcessIds.INSPECTION_CLOSED);
    assertThat(spine).hasPassed(InspectionTaskProcessIds.FOLLOW_UP, InspectionTaskProcessIds.RECTIFIED_GATEWAY,
        InspectionTaskProcessIds.CLOSE_TASK);

    // what the enterprise sees now, and its evaluation (R-RS-3)
    assertThat(s.publicRead(code, "result").path("statusLabel").asText()).isEqualTo("已办结");
    assertThat(s.publicRead(code, "rectification").path("open").asBoolean()).isFalse();
    s.expect(200, s.call(null, "POST", ScenarioDriver.publicPath(code, "evaluation"),
        Map.of("score", 4, "comment", "指出问题清楚，复查及时")));

    // R-SC-4
    assertThat(s.trace(id)).containsSubsequence(
        "REGISTERED@REST",
        "HEAD_APPROVED@ENGINE",
        "SCANNED_IN@MOBILE_PAGE",
        "RESULT_BACKFILLED@REST",
        "FIRST_VIOLATION_EXEMPT@REST",
        "RESULT_SENT_TO_ENTERPRISE@REST",
        "RECTIFICATION_OPENED@REST",
        "ENTERPRISE_ACTION_REFUSED@PUBLIC_PAGE",
        "FOLLOW_UP_LINK_USED@PUBLIC_PAGE",
        "RECTIFICATION_REPORTED@PUBLIC_PAGE",
        "RECTIFICATION_RECHECK_SCHEDULED@REST",
        "TASK_CLOSED@REST",
        "EVALUATION_SUBMITTED@PUBLIC_PAGE");
  }
}
