package cn.lawfulinspection.task;

import static cn.lawfulinspection.result.process.ResultBackfillProcessIds.*;
import static cn.lawfulinspection.task.process.HeadApprovalProcessIds.APPROVE_TASK;
import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.qr.CodeKind;
import cn.lawfulinspection.qr.CodePayload;
import cn.lawfulinspection.qr.SignedCode;
import cn.lawfulinspection.result.ResultService;
import cn.lawfulinspection.result.process.ResultBackfillProcessIds;
import cn.lawfulinspection.scanin.ScanInService;
import cn.lawfulinspection.task.process.TaskProcesses;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The called {@code ResultBackfillProcess}: 刘洋 scans in to an approved complaint task of today, then backfills the
 * result in the Tasklist form (the variables the form sends) or lets it go overdue.
 */
@SpringBootTest
@ActiveProfiles("test")
class ResultBackfillProcessTest {

  /** What the form sends for the task's one item: its list with the row filled in. */
  static final String COMPLIANT_ROW = """
      [{"itemCode":"SCJG-001","itemName":"食品经营者落实食品安全主体责任情况","outcome":"COMPLIANT","findings":"",
        "minor":false,"evidence":"IMG-1001\\nJL-2026-0901"}]""";

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired TaskProcesses processes;
  @Autowired InspectionTaskService tasks;
  @Autowired ResultService results;
  @Autowired ScanInService scanIns;
  @Autowired SignedCode signer;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskFixtures fx;
  @Autowired Clock clock;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(processEngine);
  }

  /** An approved complaint task of today that 刘洋 has scanned in to: the backfill waits. */
  InspectionTask scannedIn() {
    InspectionTask task = fx.as("liuyang",
        () -> processes.registerAndStart(fx.complaint(fx.fresh(CreditTier.D), fx.today())));
    Task approval = taskService.createTaskQuery().processInstanceBusinessKey(task.taskNumber())
        .taskDefinitionKey(APPROVE_TASK).singleResult();
    fx.as("zhangwei", () -> {
      taskService.claim(approval.getId(), "zhangwei");
      taskService.complete(approval.getId(), Map.of(APPROVAL_DECISION, "APPROVE"));
      return null;
    });
    String code = signer.sign(new CodePayload(CodeKind.ENTERPRISE, task.enterpriseCode(),
        clock.instant().plus(Duration.ofDays(1))));
    scanIns.scanIn(code, task.id(), "liuyang", clock.instant(), "ResultBackfillProcessTest");
    return task;
  }

  ProcessInstance backfillInstance(InspectionTask task) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(task.taskNumber())
        .processDefinitionKey(ResultBackfillProcessIds.PROCESS_KEY).singleResult();
  }

  Task backfillTask(InspectionTask task) {
    return taskService.createTaskQuery().processInstanceBusinessKey(task.taskNumber())
        .taskDefinitionKey(BACKFILL_RESULT).singleResult();
  }

  /** The list as Tasklist sends it: a Json-typed variable. */
  static Object form(String rows) {
    return SpinValues.jsonValue(rows).create();
  }

  void completeForm(InspectionTask task, String user, Map<String, Object> variables) {
    Task t = backfillTask(task);
    fx.as(user, () -> {
      taskService.complete(t.getId(), variables);
      return null;
    });
  }

  @Test
  @DisplayName("R-RS-1 R-SC-1 after the scan-in the inspector who scanned in gets 回填检查结果 (scjgInspector, due in resultBackfillWorkingDays) with one row per item")
  void userTask() {
    InspectionTask task = scannedIn();

    ProcessInstance pi = backfillInstance(task);
    assertThat(pi).hasPassed(PREPARE_BACKFILL).isWaitingAt(BACKFILL_RESULT);
    Task t = backfillTask(task);
    assertThat(t.getAssignee()).isEqualTo("liuyang");
    assertThat(t.getDueDate()).isNotNull();
    assertThat(taskService.getIdentityLinksForTask(t.getId()))
        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("scjgInspector"));
    assertThat(taskService.getVariable(t.getId(), ITEMS)).isInstanceOf(SpinJsonNode.class).hasToString(
        "[{\"itemCode\":\"SCJG-001\",\"itemName\":\"食品经营者落实食品安全主体责任情况\","
            + "\"legalBasis\":\"《中华人民共和国食品安全法》第一百一十条\",\"outcome\":null,\"findings\":\"\","
            + "\"minor\":false,\"evidence\":\"\"}]");
    assertThat(taskService.getVariable(t.getId(), BACKFILL_INFO).toString()).contains(task.taskNumber());
  }

  @Test
  @DisplayName("R-RS-1 R-SC-4 the form's list goes through ResultService: a missing finding keeps the task open; a complete form closes the task")
  void formCompletion() {
    InspectionTask task = scannedIn();

    assertThatThrownBy(() -> completeForm(task, "liuyang", Map.of(ITEMS,
        form(COMPLIANT_ROW.replace("\"COMPLIANT\"", "\"PROBLEM_FOUND\"")),
        RECTIFICATION_DEADLINE, fx.today().plusDays(20).toString())))
        .satisfies(e -> assertThat(RuleViolationException.in(e)).hasValueSatisfying(
            r -> assertThat(r.ruleId()).isEqualTo("R-RS-1")))
        .hasMessageContaining("请写明发现的问题");
    assertThat(backfillTask(task)).isNotNull();
    assertThat(results.of(task.id())).isEmpty();

    completeForm(task, "liuyang", Map.of(ITEMS, form(COMPLIANT_ROW)));

    assertThat(backfillInstance(task)).isNull();
    assertThat(results.of(task.id())).hasValueSatisfying(r -> {
      assertThat(r.problemsFound()).isFalse();
      assertThat(r.backfilledBy()).isEqualTo("liuyang");
      assertThat(r.items().get(0).evidence()).containsExactly("IMG-1001", "JL-2026-0901");
    });
    assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.CLOSED);
  }

  @Test
  @DisplayName("R-RS-1 R-SV-3 an overdue backfill reminds the head, then is reported to the justice bureau; the backfill stays open and is recorded late")
  void overdueEscalation() {
    InspectionTask task = scannedIn();
    ProcessInstance pi = backfillInstance(task);
    List<Job> timers = managementService.createJobQuery().processInstanceId(pi.getId()).timers().list();
    assertThat(timers).hasSize(2);

    timers.forEach(j -> managementService.executeJob(j.getId()));

    assertThat(pi).hasPassed(REMIND_HEAD, REPORT_OVERDUE).isWaitingAt(BACKFILL_RESULT);
    assertThat(tasks.get(task.id()).trace()).extracting(InspectionTask.TraceEntry::action)
        .contains("RESULT_BACKFILL_OVERDUE_REMINDED", "RESULT_BACKFILL_OVERDUE_REPORTED");

    // the scan-in lies a month back: the backfill now comes after the period (R-RS-1 warn)
    jdbc.update("update insp_scan_in set scanned_at = ? where task_id = ?",
        java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(30))), task.id());
    completeForm(task, "liuyang", Map.of(ITEMS, form(COMPLIANT_ROW)));

    assertThat(results.of(task.id())).hasValueSatisfying(r -> assertThat(r.late()).isTrue());
    assertThat(results.late()).extracting(r -> r.taskId()).contains(task.id());
    assertThat(tasks.get(task.id()).trace()).anySatisfy(t -> {
      assertThat(t.action()).isEqualTo("RESULT_BACKFILLED");
      assertThat(t.detail()).contains("超过回填期限");
    });
  }
}
