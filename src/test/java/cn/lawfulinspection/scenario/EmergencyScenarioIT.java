package cn.lawfulinspection.scenario;

import static cn.lawfulinspection.scenario.ScenarioDriver.registration;
import static cn.lawfulinspection.task.process.PostHocApprovalProcessIds.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.result.process.ResultBackfillProcessIds;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.task.process.InspectionTaskProcessIds;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Scenario "emergency with late post-hoc approval" (情况紧急，补办审批): 刘洋 registers an emergency over REST and scans
 * in at once, reports reason and result in Tasklist; 张伟 lets the post-hoc period run out, the overdue timer hands
 * the case to the justice bureau, 张伟 approves late, 黄敏 (司法局) handles the lateness; then the result is backfilled
 * (its own overdue reminder fires first) and the task is closed. H2 and MariaDB.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class EmergencyScenarioIT extends ScenarioTest {

  @Autowired TaskService taskService;

  @Test
  @DisplayName("R-TK-4 R-SC-1 R-SC-4 R-RS-1 R-RS-2 emergency: scanned in at once, reported, the post-hoc approval runs late and reaches the justice bureau, the head approves late, the bureau handles it, the result is backfilled (late reminder first) and the task closed")
  void emergencyWithLatePostHocApproval(CapturedOutput output) throws Exception {
    Enterprise enterprise = s.freshEnterprise();
    LocalDate today = s.today();

    // R-TK-4: 刘洋 registers the emergency; no approval before the inspection
    JsonNode registered = s.expect(201, s.call("liuyang", "POST", "/api/tasks", registration(
        enterprise.creditCode(), List.of("SCJG-001"), today, Map.of("origin", "TRIGGERED", "trigger", "COMPLAINT",
            "triggerDescription", "紧急：群众举报后厨燃气泄漏", "kind", "AD_HOC", "emergency", true))));
    long id = registered.path("id").asLong();
    String number = registered.path("taskNumber").asText();
    assertThat(registered.path("status").asText()).isEqualTo("IN_PROGRESS_POST_HOC");
    ProcessInstance spine = s.running(InspectionTaskProcessIds.PROCESS_KEY, number);
    assertThat(spine).hasNotPassed(InspectionTaskProcessIds.HEAD_APPROVAL)
        .isWaitingAt(InspectionTaskProcessIds.AWAIT_EMERGENCY_SCAN_IN);

    // R-RS-1 / R-SC-1: nothing can be backfilled before the scan-in
    s.refused(s.call("liuyang", "POST", "/api/tasks/" + id + "/result", compliant()), "R-SC-1");

    // R-SC-1, R-TK-4: the scan-in at once from his phone
    s.expect(200, s.call("liuyang", "POST", "/api/scan-in",
        Map.of("code", s.enterpriseCode(enterprise.creditCode()), "taskId", id)));
    assertThat(spine).hasPassed(InspectionTaskProcessIds.EMERGENCY_SCANNED_IN)
        .isWaitingAt(InspectionTaskProcessIds.POST_HOC_APPROVAL);
    ProcessInstance postHoc = s.running(PROCESS_KEY, number);
    assertThat(postHoc).isWaitingAt(REPORT_EMERGENCY);
    assertThat(s.userTask(number, REPORT_EMERGENCY).getAssignee()).isEqualTo("liuyang");

    // the registrant reports reason and result in Tasklist
    s.complete("liuyang", number, REPORT_EMERGENCY, Map.of(EMERGENCY_REASON, "群众举报后厨燃气泄漏，存在爆炸危险",
        EMERGENCY_RESULT, "已关闭燃气总阀，责令立即维修", BODY_CAMERA, "JL-2026-1122"));
    assertThat(postHoc).isWaitingAt(APPROVE_POST_HOC);
    assertThat(s.candidateGroups(number, APPROVE_POST_HOC)).contains("scjgHead");

    // 张伟 does not decide in time: the overdue timer reports it to the justice bureau; his task stays open
    s.fireTimer(number, POST_HOC_OVERDUE);
    assertThat(postHoc).hasPassed(REPORT_OVERDUE).isWaitingAt(APPROVE_POST_HOC, REVIEW_POST_HOC);
    assertThat(s.candidateGroups(number, REVIEW_POST_HOC)).containsExactly("supervisor");
    assertThat((String) taskService.getVariableLocal(s.userTask(number, REVIEW_POST_HOC).getId(), POST_HOC_FINDING))
        .contains("工作日内补办");
    assertThat(s.task(id).path("status").asText()).isEqualTo("IN_PROGRESS_POST_HOC");

    // the head approves late; the lateness stays with the bureau
    s.complete("zhangwei", number, APPROVE_POST_HOC, Map.of(POST_HOC_DECISION_VAR, "APPROVE"));
    assertThat(s.task(id).path("status").asText()).isEqualTo("APPROVED_POST_HOC");
    assertThat(postHoc).isWaitingAt(REVIEW_POST_HOC);
    assertThat(spine).isWaitingAt(InspectionTaskProcessIds.POST_HOC_APPROVAL);
    // the spine is not at the backfill yet (the bureau's task is open): a result now is refused, nothing saved
    s.refused(s.call("wangfang", "POST", "/api/tasks/" + id + "/result", compliant()), "R-RS-1");
    assertThat(s.task(id).path("status").asText()).isEqualTo("APPROVED_POST_HOC");
    s.expect(404, s.call("zhangwei", "GET", "/api/tasks/" + id + "/result", null));

    // 黄敏 (司法局) handles it in Tasklist
    s.complete("huangmin", number, REVIEW_POST_HOC, Map.of(SUPERVISION_NOTE, "已提醒市场监管局负责人按期补办审批"));
    assertThat(s.instance(PROCESS_KEY, number).getEndActivityId()).isEqualTo(REVIEWED);
    assertThat(spine).hasPassed(InspectionTaskProcessIds.BACKFILL_MERGE)
        .isWaitingAt(InspectionTaskProcessIds.RESULT_BACKFILL);
    assertThat(s.running(ResultBackfillProcessIds.PROCESS_KEY, number))
        .isWaitingAt(ResultBackfillProcessIds.BACKFILL_RESULT);

    // R-RS-1: the backfill is overdue too: the head is reminded, the task stays open
    s.fireTimer(number, ResultBackfillProcessIds.BACKFILL_OVERDUE);
    assertThat(s.running(ResultBackfillProcessIds.PROCESS_KEY, number))
        .hasPassed(ResultBackfillProcessIds.REMIND_HEAD).isWaitingAt(ResultBackfillProcessIds.BACKFILL_RESULT);

    // 王芳, the other assigned inspector, backfills over REST
    JsonNode result = s.expect(200, s.call("wangfang", "POST", "/api/tasks/" + id + "/result", compliant()));
    assertThat(result.path("problemsFound").asBoolean()).isFalse();
    assertThat(s.task(id).path("status").asText()).isEqualTo("CLOSED");
    assertThat(s.instance(InspectionTaskProcessIds.PROCESS_KEY, number).getEndActivityId())
        .isEqualTo(InspectionTaskProcessIds.INSPECTION_CLOSED);

    // R-RS-2: the enterprise reads the result through the link it was sent
    JsonNode told = s.publicRead(ScenarioDriver.linkIn(output.getOut(), "检查结果告知 " + number), "result");
    assertThat(told.path("backfilled").asBoolean()).isTrue();
    assertThat(told.path("statusLabel").asText()).isEqualTo("已办结");

    // R-SC-4: every step, in order, with its channel
    assertThat(s.trace(id)).containsSubsequence(
        "REGISTERED@REST",
        "EMERGENCY_POST_HOC@REST",
        "SCANNED_IN@MOBILE_PAGE",
        "EMERGENCY_REPORTED@ENGINE",
        "POST_HOC_OVERDUE_REPORTED@ENGINE",
        "HEAD_APPROVED_POST_HOC@ENGINE",
        "POST_HOC_SUPERVISED@ENGINE",
        "RESULT_BACKFILL_OVERDUE_REMINDED@ENGINE",
        "RESULT_BACKFILLED@REST",
        "RESULT_SENT_TO_ENTERPRISE@REST",
        "TASK_CLOSED@REST",
        "FOLLOW_UP_LINK_USED@PUBLIC_PAGE");
  }

  static String compliant() {
    return """
        {"items":[{"itemCode":"SCJG-001","outcome":"COMPLIANT","evidence":["JL-2026-1122"]}],
         "remarks":"燃气管道已维修，复测无泄漏"}""";
  }
}
