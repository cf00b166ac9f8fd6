package cn.lawfulinspection.task;

import static cn.lawfulinspection.task.process.HeadApprovalProcessIds.*;
import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.task.process.HeadApprovalProcessIds;
import cn.lawfulinspection.task.process.InspectionTaskProcessIds;
import cn.lawfulinspection.task.process.PostHocApprovalProcessIds;
import cn.lawfulinspection.task.process.TaskProcesses;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import cn.lawfulinspection.enterprise.Enterprise;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import cn.lawfulinspection.common.PlatformClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import cn.lawfulinspection.rectification.CheckVerdict;
import cn.lawfulinspection.rectification.FollowUpTasks;
import cn.lawfulinspection.rectification.RectificationService;
import cn.lawfulinspection.rectification.process.FollowUpProcessIds;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.runtime.Job;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The spine {@code InspectionTaskProcess}: 刘洋 registers, 张伟 decides (H2, demo data). */
@SpringBootTest
@ActiveProfiles("test")
class InspectionTaskProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired TaskProcesses processes;
  @Autowired InspectionTaskService tasks;
  @Autowired TaskFixtures fx;
  @Autowired RectificationService rectifications;
  @Autowired FollowUpTasks followUp;
  @Autowired ManagementService managementService;
  @Autowired Clock clock;

  @AfterEach
  void engineClockBack() {
    PlatformClock.resume();
  }

  @BeforeEach
  void init() {
    BpmnAwareTests.init(processEngine);
  }

  InspectionTask start(TaskRequest request) {
    return fx.as("liuyang", () -> processes.registerAndStart(request));
  }

  Task approval(InspectionTask task) {
    return taskService.createTaskQuery().processInstanceBusinessKey(task.taskNumber())
        .taskDefinitionKey(APPROVE_TASK).singleResult();
  }

  void decide(InspectionTask task, String user, Map<String, Object> variables) {
    Task t = approval(task);
    fx.as(user, () -> {
      taskService.claim(t.getId(), user);
      taskService.complete(t.getId(), variables);
      return null;
    });
  }

  ProcessInstance spine(InspectionTask task) {
    HistoricProcessInstance h = historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(task.taskNumber()).processDefinitionKey(InspectionTaskProcessIds.PROCESS_KEY).singleResult();
    return runtimeService.createProcessInstanceQuery().processInstanceId(h.getId()).singleResult() != null
        ? runtimeService.createProcessInstanceQuery().processInstanceId(h.getId()).singleResult()
        : null;
  }

  String spineId(InspectionTask task) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(task.taskNumber())
        .processDefinitionKey(InspectionTaskProcessIds.PROCESS_KEY).singleResult().getId();
  }

  @Test
  @DisplayName("R-TK-3 R-SC-4 R-SC-1 approved: the spine calls the head's approval (scjgHead, due date), sends the notice (R-NT-1) and waits for the scan-in; the scan-in message without a recorded scan-in does not move it")
  void approved() {
    InspectionTask task = start(fx.planned(fx.fresh(CreditTier.D)));
    ProcessInstance pi = spine(task);
    assertThat(pi).isWaitingAt(HEAD_APPROVAL);
    Task t = approval(task);
    assertThat(t.getDueDate()).isNotNull();
    assertThat(taskService.getIdentityLinksForTask(t.getId())).anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("scjgHead"));
    assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.AWAITING_APPROVAL);

    decide(task, "zhangwei", Map.of(APPROVAL_DECISION, "APPROVE"));

    assertThat(pi).hasPassed(TASK_APPROVED_GATEWAY, SEND_NOTICE).isWaitingAt(AWAIT_SCAN_IN);
    // R-SC-1: the scan-in message alone (no scan-in recorded) does not move the spine to the backfill
    assertThatThrownBy(() -> runtimeService.createMessageCorrelation(MSG_INSPECTOR_SCANNED_IN)
        .processInstanceBusinessKey(task.taskNumber()).correlate())
        .satisfies(e -> assertThat(RuleViolationException.in(e)).hasValueSatisfying(
            r -> assertThat(r.ruleId()).isEqualTo("R-SC-1")));
    assertThat(pi).isWaitingAt(AWAIT_SCAN_IN);
    InspectionTask read = tasks.get(task.id());
    assertThat(read.status()).isEqualTo(TaskStatus.APPROVED);
    assertThat(read.decidedBy()).isEqualTo("zhangwei");
    assertThat(read.processInstanceId()).isEqualTo(spineId(task));
    assertThat(read.trace()).extracting(InspectionTask.TraceEntry::action)
        .containsExactly("REGISTERED", "APPROVAL_REQUESTED", "HEAD_APPROVED", "NOTICE_SENT");
  }

  @Test
  @DisplayName("R-TK-3 refused: the task ends with the head's reason")
  void refused() {
    InspectionTask task = start(fx.planned(fx.fresh(CreditTier.D)));
    ProcessInstance pi = spine(task);

    decide(task, "zhangwei", Map.of(APPROVAL_DECISION, "REFUSE", APPROVAL_REASON, "该企业本月已接受联合检查"));

    assertThat(pi).hasPassed(TASK_REFUSED).hasNotPassed(INSPECTOR_SCANNED_IN).isEnded();
    InspectionTask read = tasks.get(task.id());
    assertThat(read.status()).isEqualTo(TaskStatus.REFUSED);
    assertThat(read.decisionReason()).isEqualTo("该企业本月已接受联合检查");
  }

  @Test
  @DisplayName("R-TK-3 a refusal without a reason is refused and the approval stays open")
  void refusalNeedsReason() {
    InspectionTask task = start(fx.planned(fx.fresh(CreditTier.D)));
    assertThatThrownBy(() -> decide(task, "zhangwei", Map.of(APPROVAL_DECISION, "REFUSE")))
        .hasRootCauseInstanceOf(RuleViolationException.class).hasMessageContaining("理由");
    assertThat(approval(task)).isNotNull();
    assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.AWAITING_APPROVAL);
  }

  @Test
  @DisplayName("R-TK-4 an emergency task skips the pre-approval, is marked IN_PROGRESS_POST_HOC, may scan in at once, then calls the post-hoc approval")
  void emergency() {
    InspectionTask task = start(fx.emergency(fx.fresh(CreditTier.D)));

    assertThat(approval(task)).isNull();
    assertThat(spine(task)).hasPassed(START_POST_HOC).hasNotPassed(SEND_NOTICE).isWaitingAt(AWAIT_EMERGENCY_SCAN_IN);
    assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.IN_PROGRESS_POST_HOC);
    runtimeService.createMessageCorrelation(MSG_INSPECTOR_SCANNED_IN).processInstanceBusinessKey(task.taskNumber())
        .correlate();
    assertThat(spine(task)).hasPassed(EMERGENCY_SCANNED_IN).isWaitingAt(POST_HOC_APPROVAL);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(task.taskNumber())
        .processDefinitionKey(PostHocApprovalProcessIds.PROCESS_KEY).count()).isOne();
    assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.IN_PROGRESS_POST_HOC);
  }

  @Test
  @DisplayName("R-TK-1 R-MD-2 a spine started with the registration fields (as the engine's Java API may) registers a task under the same rules, and refuses a lone inspector")
  void startForm() {
    // given the registration fields as forms send them: strings, a comma-separated list, a date string
    Enterprise enterprise = fx.fresh(CreditTier.D);
    LocalDate day = fx.routineDay(10);
    Map<String, Object> form = new java.util.HashMap<>(Map.of(
        "enterpriseCode", enterprise.creditCode(), "origin", "TRIGGERED",
        "triggerRecord", fx.linked(fx.complaint(enterprise, day)).triggerRecord(), "kind", "AD_HOC", "itemCodes", "SCJG-001",
        "inspectors", "liuyang，wangfang", "windowStart", day.toString(), "windowEnd", day.toString()));
    String definitionId = processEngine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(InspectionTaskProcessIds.PROCESS_KEY).latestVersion().singleResult().getId();
    FormService forms = processEngine.getFormService();

    // when a lone inspector is named, the start is refused and nothing is saved
    Map<String, Object> lone = new java.util.HashMap<>(form);
    lone.put("inspectors", "liuyang");
    assertThatThrownBy(() -> fx.as("liuyang", () -> forms.submitStartForm(definitionId, lone)))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.ruleId()).isEqualTo("R-MD-2"));
    assertThat(tasks.ofEnterprise(enterprise.creditCode(), null)).isEmpty();

    // when the form is complete, the task is registered and waits for the head, its number the business key
    ProcessInstance pi = fx.as("liuyang", () -> forms.submitStartForm(definitionId, form));
    InspectionTask task = tasks.ofEnterprise(enterprise.creditCode(), null).get(0);
    assertThat(pi.getBusinessKey()).isEqualTo(task.taskNumber());
    assertThat(task.inspectorUserIds()).containsExactlyInAnyOrder("liuyang", "wangfang");
    assertThat(task.status()).isEqualTo(TaskStatus.AWAITING_APPROVAL);
    assertThat(pi).isWaitingAt(HEAD_APPROVAL);
  }

  @Test
  @DisplayName("R-TK-1 a refused registration starts no process and saves nothing")
  void refusedRegistrationStartsNothing() {
    TaskRequest r = fx.planned(fx.fresh(CreditTier.A));
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(InspectionTaskProcessIds.PROCESS_KEY).count();
    assertThatThrownBy(() -> start(r)).isInstanceOf(RuleViolationException.class);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(InspectionTaskProcessIds.PROCESS_KEY).count()).isEqualTo(before);
    assertThat(tasks.ofEnterprise(r.enterpriseCode(), null)).isEmpty();
  }

  @Test
  @DisplayName("R-TK-3 a head of another agency cannot decide scjg's approval")
  void otherAgencyHead() {
    InspectionTask task = start(fx.planned(fx.fresh(CreditTier.D)));
    Task t = approval(task);
    assertThatThrownBy(() -> fx.as("zhaolei", () -> {
      taskService.claim(t.getId(), "zhaolei");
      return null;
    })).isInstanceOf(AuthorizationException.class);
  }

  @Test
  @DisplayName("R-SC-1 R-SV-3 R-TK-5 the approved window passes without a scan-in: at 00:00 after windowEnd the task ends 逾期未入企, traced, and no longer counts against the annual cap")
  void windowPassedWithoutScanIn() {
    InspectionTask task = start(fx.planned(fx.fresh(CreditTier.D)));
    decide(task, "zhangwei", Map.of(APPROVAL_DECISION, "APPROVE"));
    ProcessInstance pi = spine(task);
    Job timer = managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId(SCAN_IN_WINDOW_PASSED).singleResult();
    assertThat(timer.getDuedate()).isEqualTo(Date.from(task.windowEnd().plusDays(1)
        .atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant()));

    // the timer fires when its time has come (R-IG-1: not a moment before)
    ClockUtil.setCurrentTime(timer.getDuedate());
    managementService.executeJob(timer.getId());

    assertThat(pi).hasPassed(SCAN_IN_WINDOW_PASSED).hasNotPassed(INSPECTOR_SCANNED_IN).isEnded();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getEndActivityId()).isEqualTo(NOT_SCANNED_IN);
    InspectionTask read = tasks.get(task.id());
    assertThat(read.status()).isEqualTo(TaskStatus.NOT_SCANNED_IN);
    assertThat(read.status().countsAgainstCap()).isFalse();
    assertThat(read.trace()).last().satisfies(t -> {
      assertThat(t.action()).isEqualTo("NOT_SCANNED_IN");
      assertThat(t.detail()).contains("未扫码入企", "司法局");
    });
    assertThat(runtimeService.createEventSubscriptionQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  @DisplayName("R-TK-4 R-SC-1 R-SV-3 an emergency whose window passes without a scan-in ends 逾期未入企 instead of waiting for ever")
  void emergencyWindowPassedWithoutScanIn() {
    InspectionTask task = start(fx.emergency(fx.fresh(CreditTier.D)));
    ProcessInstance pi = spine(task);
    Job timer = managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId(EMERGENCY_WINDOW_PASSED).singleResult();

    ClockUtil.setCurrentTime(timer.getDuedate());
    managementService.executeJob(timer.getId());

    assertThat(pi).hasPassed(EMERGENCY_WINDOW_PASSED, EMERGENCY_NOT_SCANNED_IN).hasNotPassed(POST_HOC_APPROVAL)
        .isEnded();
    assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.NOT_SCANNED_IN);
    assertThat(tasks.get(task.id()).trace()).last().satisfies(t -> assertThat(t.detail()).contains("紧急检查"));
  }

  @Test
  @DisplayName("R-RS-1 R-SC-4 no problem found: the spine closes the backfilled task (已办结), traced")
  void closedWithoutProblems() {
    InspectionTask task = afterBackfill(false, null);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(spineId(task))
        .activityId(INSPECTION_CLOSED).finished().count()).isOne();
    assertThat(spine(task)).isNull();
    InspectionTask read = tasks.get(task.id());
    assertThat(read.status()).isEqualTo(TaskStatus.CLOSED);
    assertThat(read.trace()).extracting(InspectionTask.TraceEntry::action).endsWith("TASK_CLOSED");
  }

  @Test
  @DisplayName("R-RS-4 R-SC-4 problems found: the spine opens the rectification (整改中) with the deadline and waits in 整改跟踪 (FollowUpProcess)")
  void rectificationOpened() {
    InspectionTask task = afterBackfill(true, "2099-01-15");
    assertThat(spine(task)).isWaitingAt(FOLLOW_UP);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(FollowUpProcessIds.PROCESS_KEY)
        .processInstanceBusinessKey(task.taskNumber()).count()).isOne();
    InspectionTask read = tasks.get(task.id());
    assertThat(read.status()).isEqualTo(TaskStatus.RECTIFYING);
    assertThat(read.trace()).extracting(InspectionTask.TraceEntry::action).contains("RECTIFICATION_OPENED");
    assertThat(read.trace()).filteredOn(t -> t.action().equals("RECTIFICATION_OPENED"))
        .anySatisfy(t -> assertThat(t.detail()).contains("2099年1月15日"));
  }

  @Test
  @DisplayName("R-RS-4 R-SC-4 the enterprise reports, the inspector verifies 整改到位: the spine closes the task (已办结)")
  void rectifiedThenClosed() {
    InspectionTask task = afterBackfill(true, "2099-01-15");
    rectifications.report(task.id(), "已更换过期原料并建立进货查验台账。", List.of("整改照片-01"), "spine test");

    fx.as("liuyang", () -> followUp.verify(task.id(), CheckVerdict.RECTIFIED, "已现场核实", null));

    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(spineId(task))
        .activityId(INSPECTION_CLOSED).finished().count()).isOne();
    assertThat(spine(task)).isNull();
    InspectionTask read = tasks.get(task.id());
    assertThat(read.status()).isEqualTo(TaskStatus.CLOSED);
    assertThat(read.trace()).last().satisfies(t -> {
      assertThat(t.action()).isEqualTo("TASK_CLOSED");
      assertThat(t.detail()).contains("整改到位");
    });
  }

  @Test
  @DisplayName("R-RS-4 R-SC-4 still not rectified at the re-check: the spine hands the task over to case handling (移交立案处理)")
  void notRectifiedHandedOver() {
    InspectionTask task = afterBackfill(true, "2099-01-15");
    rectifications.report(task.id(), "已建立进货查验台账并张贴。", List.of(), "spine test");
    fx.as("liuyang", () -> followUp.verify(task.id(), CheckVerdict.RECHECK, "台账仍未建立", LocalDate.now(clock).plusDays(3)));
    ProcessInstance followUpInstance = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(FollowUpProcessIds.PROCESS_KEY).processInstanceBusinessKey(task.taskNumber())
        .singleResult();
    managementService.createJobQuery().processInstanceId(followUpInstance.getId())
        .activityId(FollowUpProcessIds.RECHECK_DATE).list().forEach(j -> managementService.executeJob(j.getId()));

    fx.as("liuyang", () -> followUp.recheck(task.id(), false, "进货查验台账仍未建立"));

    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(spineId(task))
        .activityId(HANDED_OVER_TO_CASE).finished().count()).isOne();
    InspectionTask read = tasks.get(task.id());
    assertThat(read.status()).isEqualTo(TaskStatus.HANDED_TO_CASE);
    assertThat(read.trace()).extracting(InspectionTask.TraceEntry::action)
        .containsSubsequence("RECTIFICATION_OPENED", "RECTIFICATION_RECHECK_SCHEDULED", "RECTIFICATION_NOT_RECTIFIED",
            "HANDED_TO_CASE");
  }

  InspectionTask afterBackfill(boolean problemsFound, String deadline) {
    InspectionTask task = start(fx.planned(fx.fresh(CreditTier.D)));
    decide(task, "zhangwei", Map.of(APPROVAL_DECISION, "APPROVE"));
    String spine = spineId(task);
    fx.as("liuyang", () -> tasks.resultBackfilled(task.id(), problemsFound));
    Map<String, Object> outputs = new java.util.HashMap<>();
    outputs.put(PROBLEMS_FOUND, problemsFound);
    outputs.put(RECTIFICATION_DEADLINE, deadline);
    runtimeService.createProcessInstanceModification(spine)
        .startBeforeActivity(PROBLEMS_FOUND_GATEWAY).setVariables(outputs)
        .cancelAllForActivity(AWAIT_SCAN_IN)
        .execute();
    return task;
  }
}
