package cn.lawfulinspection.scenario;

import static cn.lawfulinspection.scenario.ScenarioDriver.CHINA;
import static cn.lawfulinspection.scenario.ScenarioDriver.registration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.identity.RunAs;
import cn.lawfulinspection.policy.Policies;
import cn.lawfulinspection.policy.QuietPeriod;
import cn.lawfulinspection.result.process.ResultBackfillProcessIds;
import cn.lawfulinspection.scanin.ScanInService;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.task.process.HeadApprovalProcessIds;
import cn.lawfulinspection.task.process.InspectionTaskProcessIds;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scenario "quiet-period exception with filing" (安静期例外检查及备案, R-TK-7): inside the enterprise's quiet period a
 * routine double-random task is refused, a superior-assigned one is registered with a warning, approved by the head
 * who saw the warning, filed by the justice bureau (黄敏), and then inspected and closed. H2 and MariaDB.
 */
@IntegrationTest
class QuietPeriodScenarioIT extends ScenarioTest {

  @Autowired TaskService taskService;
  @Autowired Policies policies;
  @Autowired ScanInService scanIns;
  @Autowired RunAs runAs;

  /** The first day at least ten days ahead inside the profile's quiet period. */
  LocalDate quietDay() {
    QuietPeriod quiet = policies.current().quietPeriod();
    assertThat(quiet).as("the active policy profile has a quiet period").isNotNull();
    LocalDate day = s.today().plusDays(10);
    while (!quiet.contains(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  @Test
  @DisplayName("R-TK-7 R-TK-1 R-TK-3 R-NT-3 R-SC-1 R-SC-4 R-RS-1 quiet period: a routine task is refused (422, nothing saved, logged); a superior-assigned one is warned, approved, filed by the justice bureau within quietFilingDays, then inspected and closed")
  void quietPeriodExceptionWithFiling() throws Exception {
    Enterprise enterprise = s.freshEnterprise();
    LocalDate quiet = quietDay();

    // a routine double-random task in the quiet period: refused (R-TK-7), nothing saved, in the refusal log
    long before = s.lastRefusalId();
    JsonNode problem = s.refused(s.call("liuyang", "POST", "/api/tasks", registration(enterprise.creditCode(),
        List.of("SCJG-001"), quiet, Map.of("origin", "PLANNED", "planId", s.annualPlan().id(),
            "kind", "DOUBLE_RANDOM"))), "R-TK-7");
    assertThat(problem.path("detail").asText()).contains("安静期");
    assertThat(s.logged(before, "R-TK-7", "liuyang")).isTrue();
    assertThat(s.expect(200, s.call("zhangwei", "GET", "/api/tasks?enterprise=" + enterprise.creditCode(), null)))
        .isEmpty();

    // a superior-assigned task on the same day: registered as an exception, with the warning (R-TK-7, R-TK-1)
    JsonNode registered = s.expect(201, s.call("liuyang", "POST", "/api/tasks", registration(
        enterprise.creditCode(), List.of("SCJG-001"), quiet, Map.of("origin", "TRIGGERED",
            "trigger", "SUPERIOR_ASSIGNMENT", "triggerDescription", "市局交办：节前食品安全专项督查",
            "kind", "SUPERIOR_ASSIGNED"))));
    long id = registered.path("id").asLong();
    String number = registered.path("taskNumber").asText();
    assertThat(registered.path("quietException").asBoolean()).isTrue();
    assertThat(registered.path("warnings").findValuesAsText("ruleId")).contains("R-TK-7");
    assertThat(registered.path("status").asText()).isEqualTo("AWAITING_APPROVAL");
    ProcessInstance spine = s.running(InspectionTaskProcessIds.PROCESS_KEY, number);
    ProcessInstance approval = s.running(HeadApprovalProcessIds.PROCESS_KEY, number);
    assertThat(approval).isWaitingAt(HeadApprovalProcessIds.APPROVE_TASK);
    // the head sees the warning on the approval form
    assertThat((String) taskService.getVariable(s.userTask(number, HeadApprovalProcessIds.APPROVE_TASK).getId(),
        HeadApprovalProcessIds.TASK_WARNINGS)).contains("R-TK-7");

    // 张伟 approves (R-TK-3): the exception goes to the justice bureau for filing, due in quietFilingDays
    s.complete("zhangwei", number, HeadApprovalProcessIds.APPROVE_TASK,
        Map.of(InspectionTaskProcessIds.APPROVAL_DECISION, "APPROVE"));
    JsonNode approved = s.task(id);
    assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
    assertThat(approved.path("quietFilingDue").asText()).isNotBlank();
    // the approval ends at once and the filing runs beside the inspection: the spine does not wait for it
    assertThat(s.instance(HeadApprovalProcessIds.PROCESS_KEY, number).getEndActivityId())
        .isEqualTo(HeadApprovalProcessIds.APPROVED_FILING_STARTED);
    assertThat(spine).hasPassed(InspectionTaskProcessIds.SEND_NOTICE)
        .isWaitingAt(InspectionTaskProcessIds.AWAIT_SCAN_IN);
    ProcessInstance filing = s.running(HeadApprovalProcessIds.FILING_PROCESS_KEY, number);
    assertThat(filing).isWaitingAt(HeadApprovalProcessIds.FILE_QUIET_EXCEPTION);
    assertThat(s.candidateGroups(number, HeadApprovalProcessIds.FILE_QUIET_EXCEPTION)).containsExactly("supervisor");
    assertThat(s.userTask(number, HeadApprovalProcessIds.FILE_QUIET_EXCEPTION).getDueDate()).isNotNull();
    assertThat(LocalDate.ofInstant(s.userTask(number, HeadApprovalProcessIds.FILE_QUIET_EXCEPTION).getDueDate()
        .toInstant(), CHINA)).isEqualTo(LocalDate.parse(approved.path("quietFilingDue").asText()));

    // 黄敏 (司法局) files it in Tasklist
    s.complete("huangmin", number, HeadApprovalProcessIds.FILE_QUIET_EXCEPTION,
        Map.of(HeadApprovalProcessIds.FILING_REMARKS, "经审查，属上级交办专项检查，同意备案"));
    assertThat(s.instance(HeadApprovalProcessIds.FILING_PROCESS_KEY, number).getEndActivityId())
        .isEqualTo(HeadApprovalProcessIds.APPROVED_AND_FILED);
    assertThat(spine).isWaitingAt(InspectionTaskProcessIds.AWAIT_SCAN_IN);

    // the enterprise checks the code 刘洋 shows: genuine; a superior-assigned inspection is noticed too (R-NT-3)
    String code = s.expect(200, s.call("liuyang", "GET", "/api/tasks/" + id + "/inspection-code", null))
        .path("code").asText();
    assertThat(s.publicRead(code, "").toString()).contains(number);
    JsonNode notice = s.publicRead(code, "notice");
    assertThat(notice.path("sent").asBoolean()).isTrue();

    // inspected on the quiet day (R-SC-1) and backfilled (R-RS-1): closed
    runAs.as("liuyang", () -> scanIns.scanIn(s.enterpriseCode(enterprise.creditCode()), id, "liuyang",
        quiet.atTime(LocalTime.of(9, 30)).atZone(CHINA).toInstant(), ScenarioDriver.PHONE));
    assertThat(s.running(ResultBackfillProcessIds.PROCESS_KEY, number))
        .isWaitingAt(ResultBackfillProcessIds.BACKFILL_RESULT);
    s.expect(200, s.call("liuyang", "POST", "/api/tasks/" + id + "/result",
        "{\"items\":[{\"itemCode\":\"SCJG-001\",\"outcome\":\"COMPLIANT\"}]}"));
    assertThat(s.task(id).path("status").asText()).isEqualTo("CLOSED");
    assertThat(s.instance(InspectionTaskProcessIds.PROCESS_KEY, number).getEndActivityId())
        .isEqualTo(InspectionTaskProcessIds.INSPECTION_CLOSED);

    // R-SC-4
    assertThat(s.trace(id)).containsSubsequence(
        "REGISTERED@REST",
        "HEAD_APPROVED@ENGINE",
        "NOTICE_SENT@ENGINE", // the spine goes on at once; the filing runs beside it
        "QUIET_EXCEPTION_FILED@ENGINE",
        "INSPECTION_CODE_SHOWN@REST",
        "INSPECTION_CODE_VERIFIED@PUBLIC_PAGE",
        "SCANNED_IN@MOBILE_PAGE",
        "RESULT_BACKFILLED@REST",
        "TASK_CLOSED@REST");
    assertThat(s.task(id).path("trace").findValues("action").stream().filter(a -> a.asText()
        .equals("QUIET_EXCEPTION_FILED")).count()).isOne();
  }
}
