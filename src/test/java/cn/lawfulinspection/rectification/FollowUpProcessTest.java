package cn.lawfulinspection.rectification;

import static cn.lawfulinspection.rectification.process.FollowUpProcessIds.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.task.Channel;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code FollowUpProcess} (整改跟踪, R-RS-4) on its own, started by key as the spine will call it, on a task that was
 * registered, approved and scanned in through the existing services. One path per test.
 */
@SpringBootTest
@ActiveProfiles("test")
class FollowUpProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired RectificationService rectifications;
  @Autowired FollowUpTasks followUp;
  @Autowired InspectionTaskService tasks;
  @Autowired FollowUpFixtures fx;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(processEngine);
  }

  LocalDate deadline() {
    return fx.today().plusDays(10);
  }

  Task userTask(InspectionTask task, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(task.taskNumber()).taskDefinitionKey(key)
        .singleResult();
  }

  Job timer(ProcessInstance pi, String activityId) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
  }

  Object outcome(ProcessInstance pi) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(FOLLOW_UP_OUTCOME).singleResult().getValue();
  }

  List<String> actions(InspectionTask task) {
    return tasks.get(task.id()).trace().stream().map(InspectionTask.TraceEntry::action).toList();
  }

  /** As from Tasklist: the user claims the open task and completes it with the form's variables. */
  void completeAs(String user, InspectionTask task, String key, Map<String, Object> variables) {
    Task open = userTask(task, key);
    fx.as(user, () -> {
      taskService.claim(open.getId(), user);
      taskService.complete(open.getId(), variables);
      return null;
    });
  }

  void report(InspectionTask task) {
    rectifications.report(task.id(), "已清理后厨油污，更换防蝇设施，建立每日清洁台账。", List.of("整改照片-01", "清洁台账"),
        "FollowUpProcessTest phone");
  }

  @Test
  @DisplayName("R-RS-4 R-SC-4 the enterprise reports, an assigned inspector verifies: rectified, outcome RECTIFIED")
  void reportedThenRectified() {
    InspectionTask task = fx.inspectedTask();
    ProcessInstance pi = fx.startFollowUp(task, deadline());
    assertThat(pi).isWaitingAt(AWAIT_REPORT);
    assertThat(rectifications.of(task.id()).orElseThrow().status()).isEqualTo(RectificationStatus.OPEN);

    report(task);

    assertThat(pi).hasPassed(RECTIFICATION_REPORTED).isWaitingAt(VERIFY_RECTIFICATION);
    Task verify = userTask(task, VERIFY_RECTIFICATION);
    assertThat(verify.getDueDate()).isNotNull();
    assertThat(taskService.getIdentityLinksForTask(verify.getId()))
        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("scjgInspector"));
    assertThat((String) taskService.getVariable(verify.getId(), RECTIFICATION_REPORT)).contains("清洁台账");
    assertThat(rectifications.of(task.id()).orElseThrow().status()).isEqualTo(RectificationStatus.REPORTED);

    fx.as("liuyang", () -> followUp.verify(task.id(), CheckVerdict.RECTIFIED, "已现场核实", null));

    assertThat(pi).hasPassed(RECTIFIED).isEnded();
    assertThat(outcome(pi)).isEqualTo("RECTIFIED");
    Rectification r = rectifications.of(task.id()).orElseThrow();
    assertThat(r.status()).isEqualTo(RectificationStatus.VERIFIED);
    assertThat(r.closedAt()).isNotNull();
    assertThat(r.currentRound().evidence()).containsExactly("整改照片-01", "清洁台账");
    assertThat(r.currentRound().checkedBy()).isEqualTo("liuyang");
    assertThat(actions(task)).containsSubsequence("SCANNED_IN", "RECTIFICATION_OPENED", "RECTIFICATION_REPORTED",
        "RECTIFICATION_VERIFIED");
    assertThat(tasks.get(task.id()).trace()).filteredOn(t -> t.action().equals("RECTIFICATION_REPORTED"))
        .singleElement().satisfies(t -> {
          assertThat(t.channel()).isEqualTo(Channel.PUBLIC_PAGE);
          assertThat(t.actor()).isEqualTo(RectificationService.PUBLIC_ACTOR);
        });
  }

  @Test
  @DisplayName("R-RS-4 the deadline passes without a report: 整改期限届满 leads to the verification task; a late report is shown there")
  void deadlinePassedWithoutReport() {
    InspectionTask task = fx.inspectedTask();
    ProcessInstance pi = fx.startFollowUp(task, deadline());
    Job deadlineTimer = timer(pi, DEADLINE_PASSED);
    assertThat(deadlineTimer.getDuedate())
        .isEqualTo(Date.from(deadline().plusDays(1).atStartOfDay(FollowUpFixtures.CHINA).toInstant()));

    managementService.executeJob(deadlineTimer.getId());

    assertThat(pi).hasPassed(DEADLINE_PASSED, RECORD_DEADLINE_PASSED).isWaitingAt(VERIFY_RECTIFICATION);
    assertThat((String) taskService.getVariable(userTask(task, VERIFY_RECTIFICATION).getId(), RECTIFICATION_REPORT))
        .contains("未报告");
    assertThat(rectifications.of(task.id()).orElseThrow().status()).isEqualTo(RectificationStatus.OVERDUE);
    assertThat(actions(task)).contains("RECTIFICATION_DEADLINE_PASSED");

    // a late report is kept and shown on the open verification
    report(task);
    assertThat(rectifications.of(task.id()).orElseThrow().status()).isEqualTo(RectificationStatus.REPORTED);
    assertThat((String) taskService.getVariable(userTask(task, VERIFY_RECTIFICATION).getId(), RECTIFICATION_REPORT))
        .startsWith("（逾期报告）").contains("清洁台账");

    // Tasklist path: the inspector claims and completes with the form's variables
    completeAs("wangfang", task, VERIFY_RECTIFICATION,
        Map.of(VERDICT, "RECTIFIED", VERIFICATION_REMARK, "逾期未报告，现场核实已整改"));
    assertThat(pi).hasPassed(RECTIFIED).isEnded();
    assertThat(rectifications.of(task.id()).orElseThrow().currentRound().checkedBy()).isEqualTo("wangfang");
  }

  @Test
  @DisplayName("R-RS-4 re-check: 安排复查 waits for the re-check day, overdue re-checks escalate, still not rectified ends NOT_RECTIFIED (移交立案处理)")
  void recheckNotRectified() {
    InspectionTask task = fx.inspectedTask();
    ProcessInstance pi = fx.startFollowUp(task, deadline());
    report(task);
    LocalDate recheckDay = fx.today().plusDays(5);

    fx.as("liuyang", () -> followUp.verify(task.id(), CheckVerdict.RECHECK, "防蝇设施未安装到位", recheckDay));

    assertThat(pi).isWaitingAt(RECHECK_DATE);
    assertThat(rectifications.of(task.id()).orElseThrow().status()).isEqualTo(RectificationStatus.RECHECK_SCHEDULED);
    Job recheckTimer = timer(pi, RECHECK_DATE);
    assertThat(recheckTimer.getDuedate())
        .isEqualTo(Date.from(recheckDay.atStartOfDay(FollowUpFixtures.CHINA).toInstant()));

    managementService.executeJob(recheckTimer.getId());
    assertThat(pi).isWaitingAt(RECHECK_RECTIFICATION);
    managementService.createJobQuery().processInstanceId(pi.getId()).timers().list()
        .forEach(j -> managementService.executeJob(j.getId()));
    assertThat(pi).hasPassed(REMIND_HEAD_OF_RECHECK, REPORT_OVERDUE_RECHECK).isWaitingAt(RECHECK_RECTIFICATION);

    // not rectified needs a remark: refused, the re-check stays open
    assertThatThrownBy(() -> fx.as("liuyang", () -> followUp.recheck(task.id(), false, null)))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("写明未整改的问题");
    assertThat(pi).isWaitingAt(RECHECK_RECTIFICATION);

    completeAs("liuyang", task, RECHECK_RECTIFICATION,
        Map.of(RECHECK_RESULT_VALUE, "NOT_RECTIFIED", RECHECK_REMARK, "防蝇设施仍未安装"));

    assertThat(pi).hasPassed(NOT_RECTIFIED).isEnded();
    assertThat(outcome(pi)).isEqualTo("NOT_RECTIFIED");
    Rectification r = rectifications.of(task.id()).orElseThrow();
    assertThat(r.status()).isEqualTo(RectificationStatus.NOT_RECTIFIED);
    assertThat(r.rounds()).extracting(Rectification.Round::verdict)
        .containsExactly(CheckVerdict.RECHECK, CheckVerdict.NOT_RECTIFIED);
    assertThat(actions(task)).containsSubsequence("RECTIFICATION_RECHECK_SCHEDULED",
        "RECTIFICATION_CHECK_OVERDUE_REMINDED", "RECTIFICATION_CHECK_OVERDUE_REPORTED", "RECTIFICATION_NOT_RECTIFIED");
  }

  @Test
  @DisplayName("R-RS-4 re-checked and rectified ends RECTIFIED")
  void recheckRectified() {
    InspectionTask task = fx.inspectedTask();
    ProcessInstance pi = fx.startFollowUp(task, deadline());
    report(task);
    fx.as("wangfang", () -> followUp.verify(task.id(), CheckVerdict.RECHECK, "台账不完整", fx.today().plusDays(2)));
    managementService.executeJob(timer(pi, RECHECK_DATE).getId());

    fx.as("wangfang", () -> followUp.recheck(task.id(), true, "已补全台账"));

    assertThat(pi).hasPassed(RECTIFIED_ON_RECHECK).isEnded();
    assertThat(outcome(pi)).isEqualTo("RECTIFIED");
  }

  @Test
  @DisplayName("R-RS-4 an overdue verification reminds the head, then is reported to the justice bureau; the verification stays open")
  void verificationEscalation() {
    InspectionTask task = fx.inspectedTask();
    ProcessInstance pi = fx.startFollowUp(task, deadline());
    report(task);
    List<Job> timers = managementService.createJobQuery().processInstanceId(pi.getId()).timers().list();
    assertThat(timers).extracting(Job::getDuedate).doesNotContainNull();
    assertThat(timers).hasSize(2);

    timers.forEach(j -> managementService.executeJob(j.getId()));

    assertThat(pi).hasPassed(REMIND_HEAD_OF_VERIFICATION, REPORT_OVERDUE_VERIFICATION)
        .isWaitingAt(VERIFY_RECTIFICATION);
    assertThat(actions(task)).contains("RECTIFICATION_CHECK_OVERDUE_REMINDED", "RECTIFICATION_CHECK_OVERDUE_REPORTED");
  }

  @Test
  @DisplayName("R-RS-4 verification is refused before a report while the deadline has not passed; a re-check day must be after today")
  void refusals() {
    InspectionTask task = fx.inspectedTask();
    ProcessInstance pi = fx.startFollowUp(task, deadline());

    assertThatThrownBy(() -> rectifications.verify(task.id(), CheckVerdict.RECTIFIED, null, null, "liuyang"))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.ruleId()).isEqualTo("R-RS-4"))
        .hasMessageContaining("尚未报告整改情况");
    assertThatThrownBy(() -> fx.as("liuyang", () -> followUp.verify(task.id(), CheckVerdict.RECTIFIED, null, null)))
        .isInstanceOf(RuleViolationException.class);

    report(task);
    assertThatThrownBy(() -> fx.as("liuyang", () -> followUp.verify(task.id(), CheckVerdict.RECHECK, "未整改",
        fx.today()))).isInstanceOfSatisfying(RuleViolationException.class,
            e -> assertThat(e.field()).isEqualTo("recheckDate"));
    assertThat(pi).isWaitingAt(VERIFY_RECTIFICATION);
    assertThat(rectifications.of(task.id()).orElseThrow().status()).isEqualTo(RectificationStatus.REPORTED);
  }

  @Test
  @DisplayName("R-RS-4 a deadline in the past is refused when the follow-up starts; nothing is opened")
  void pastDeadline() {
    InspectionTask task = fx.inspectedTask();

    assertThatThrownBy(() -> fx.startFollowUp(task, fx.today().minusDays(1)))
        .satisfies(e -> assertThat(RuleViolationException.in(e)).hasValueSatisfying(
            r -> assertThat(r.ruleId()).isEqualTo("R-RS-4")));
    assertThat(rectifications.of(task.id())).isEmpty();
  }
}
