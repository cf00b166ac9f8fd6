package cn.lawfulinspection.task;

import static cn.lawfulinspection.task.process.PostHocApprovalProcessIds.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.task.process.InspectionTaskProcessIds;
import cn.lawfulinspection.task.process.PostHocApprovalProcessIds;
import cn.lawfulinspection.task.process.TaskProcesses;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
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

/** The called {@code PostHocApprovalProcess} (R-TK-4): 刘洋 reports, 张伟 approves afterwards, 黄敏 handles the rest. */
@SpringBootTest
@ActiveProfiles("test")
class PostHocApprovalProcessTest {

  static final Map<String, Object> REPORT = Map.of(EMERGENCY_REASON, "群众举报后厨燃气泄漏，随时可能爆炸",
      EMERGENCY_RESULT, "现场关闭燃气总阀，责令停业整改", BODY_CAMERA, "JL-2026-0815");

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired TaskProcesses processes;
  @Autowired InspectionTaskService tasks;
  @Autowired TaskFixtures fx;
  @Autowired InspectedTasks inspected;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(processEngine);
  }

  /** An emergency registered and scanned in at once by 刘洋 (R-TK-4, R-SC-1), so the post-hoc approval runs. */
  InspectionTask startEmergency() {
    InspectionTask task =
        fx.as("liuyang", () -> processes.registerAndStart(fx.emergency(fx.fresh(CreditTier.D))));
    inspected.scanIn(task);
    return task;
  }

  ProcessInstance postHoc(InspectionTask task) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(task.taskNumber())
        .processDefinitionKey(PostHocApprovalProcessIds.PROCESS_KEY).singleResult();
  }

  String spineId(InspectionTask task) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(task.taskNumber())
        .processDefinitionKey(InspectionTaskProcessIds.PROCESS_KEY).singleResult().getId();
  }

  List<Task> open(InspectionTask task, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(task.taskNumber()).taskDefinitionKey(key)
        .listPage(0, 10);
  }

  void complete(InspectionTask task, String key, String user, Map<String, Object> variables) {
    Task t = open(task, key).get(0);
    fx.as(user, () -> {
      if (t.getAssignee() == null) {
        taskService.claim(t.getId(), user);
      }
      taskService.complete(t.getId(), variables);
      return null;
    });
  }

  List<String> actions(InspectionTask task) {
    return tasks.get(task.id()).trace().stream().map(InspectionTask.TraceEntry::action).toList();
  }

  @Test
  @DisplayName("R-TK-4 R-SC-4 emergency: the registrant reports reason and result (due 1WD), the head approves afterwards → APPROVED_POST_HOC")
  void approvedAfterwards() {
    InspectionTask task = startEmergency();
    ProcessInstance pi = postHoc(task);
    assertThat(pi).isWaitingAt(REPORT_EMERGENCY);
    Task report = open(task, REPORT_EMERGENCY).get(0);
    assertThat(report.getAssignee()).isEqualTo("liuyang");
    assertThat(report.getDueDate()).isNotNull();
    assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.IN_PROGRESS_POST_HOC);

    complete(task, REPORT_EMERGENCY, "liuyang", REPORT);

    assertThat(pi).isWaitingAt(APPROVE_POST_HOC);
    Task approval = open(task, APPROVE_POST_HOC).get(0);
    assertThat(approval.getDueDate()).isAfter(report.getDueDate());
    assertThat(taskService.getIdentityLinksForTask(approval.getId()))
        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("scjgHead"));
    assertThat((String) taskService.getVariable(approval.getId(), EMERGENCY_REPORT))
        .contains("燃气泄漏", "关闭燃气总阀", "JL-2026-0815");
    assertThat((String) taskService.getVariable(approval.getId(), "taskSummary")).contains(task.taskNumber());

    complete(task, APPROVE_POST_HOC, "zhangwei", Map.of(POST_HOC_DECISION_VAR, "APPROVE"));

    assertThat(pi).hasPassed(APPROVED).isEnded();
    // R-RS-1: after the approval afterwards the emergency's result is backfilled like a planned task's
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(spineId(task)).singleResult())
        .hasPassed(InspectionTaskProcessIds.BACKFILL_MERGE).isWaitingAt(InspectionTaskProcessIds.RESULT_BACKFILL);
    InspectionTask read = tasks.get(task.id());
    assertThat(read.status()).isEqualTo(TaskStatus.APPROVED_POST_HOC);
    assertThat(read.decidedBy()).isEqualTo("zhangwei");
    assertThat(read.trace()).extracting(InspectionTask.TraceEntry::action)
        .containsExactly("REGISTERED", "EMERGENCY_POST_HOC", "SCANNED_IN", "EMERGENCY_REPORTED",
            "HEAD_APPROVED_POST_HOC");
    assertThat(read.trace()).extracting(InspectionTask.TraceEntry::actor)
        .containsExactly("liuyang", "liuyang", "liuyang", "liuyang", "zhangwei");
  }

  @Test
  @DisplayName("R-TK-4 R-SC-4 a refused post-hoc approval → POST_HOC_REFUSED and a justice-bureau task, whose handling is recorded")
  void refusedGoesToJusticeBureau() {
    InspectionTask task = startEmergency();
    ProcessInstance pi = postHoc(task);
    complete(task, REPORT_EMERGENCY, "liuyang", REPORT);

    complete(task, APPROVE_POST_HOC, "zhangwei", Map.of(POST_HOC_DECISION_VAR, "REFUSE",
        POST_HOC_REASON, "燃气泄漏系误报，不属于情况紧急"));

    assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.POST_HOC_REFUSED);
    assertThat(tasks.get(task.id()).decisionReason()).isEqualTo("燃气泄漏系误报，不属于情况紧急");
    assertThat(pi).isWaitingAt(REVIEW_POST_HOC);
    Task review = open(task, REVIEW_POST_HOC).get(0);
    assertThat(taskService.getIdentityLinksForTask(review.getId()))
        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("supervisor"));
    assertThat((String) taskService.getVariableLocal(review.getId(), POST_HOC_FINDING)).contains("不予认可", "误报");
    // only the justice bureau sees it
    assertThat(fx.as("zhangwei", () -> taskService.createTaskQuery().taskId(review.getId()).count())).isZero();

    assertThatThrownBy(() -> complete(task, REVIEW_POST_HOC, "huangmin", Map.of()))
        .hasRootCauseInstanceOf(RuleViolationException.class);
    complete(task, REVIEW_POST_HOC, "huangmin", Map.of(SUPERVISION_NOTE, "约谈执法人员，纳入年度执法考核"));

    assertThat(pi).hasPassed(REVIEWED).isEnded();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(spineId(task)).singleResult()
        .getEndActivityId()).isEqualTo(InspectionTaskProcessIds.POST_HOC_REFUSED);
    InspectionTask read = tasks.get(task.id());
    assertThat(read.trace()).extracting(InspectionTask.TraceEntry::action).containsExactly("REGISTERED",
        "EMERGENCY_POST_HOC", "SCANNED_IN", "EMERGENCY_REPORTED", "HEAD_REFUSED_POST_HOC", "POST_HOC_SUPERVISED");
    assertThat(read.trace().get(5).actor()).isEqualTo("huangmin");
    assertThat(read.trace().get(5).detail()).contains("约谈执法人员");
  }

  @Test
  @DisplayName("R-TK-4 R-SC-4 an overdue post-hoc approval creates the justice-bureau task; the head's task stays open")
  void overdueGoesToJusticeBureau() {
    InspectionTask task = startEmergency();
    ProcessInstance pi = postHoc(task);
    complete(task, REPORT_EMERGENCY, "liuyang", REPORT);
    List<Job> timers = managementService.createJobQuery().processInstanceId(pi.getId()).timers().list();
    assertThat(timers).hasSize(1);
    assertThat(timers.get(0).getDuedate()).isInSameDayAs(open(task, APPROVE_POST_HOC).get(0).getDueDate());

    managementService.executeJob(timers.get(0).getId());

    assertThat(pi).hasPassed(REPORT_OVERDUE).isWaitingAt(APPROVE_POST_HOC, REVIEW_POST_HOC);
    assertThat(open(task, APPROVE_POST_HOC)).hasSize(1);
    Task review = open(task, REVIEW_POST_HOC).get(0);
    assertThat((String) taskService.getVariableLocal(review.getId(), POST_HOC_FINDING)).contains("工作日内补办");
    assertThat(actions(task)).endsWith("POST_HOC_OVERDUE_REPORTED");
    assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.IN_PROGRESS_POST_HOC);

    // the head approves late: approved, the justice bureau still handles the lateness
    complete(task, APPROVE_POST_HOC, "zhangwei", Map.of(POST_HOC_DECISION_VAR, "APPROVE"));
    assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.APPROVED_POST_HOC);
    assertThat(pi).isWaitingAt(REVIEW_POST_HOC);
    complete(task, REVIEW_POST_HOC, "linhai", Map.of(SUPERVISION_NOTE, "已提醒市场监管局负责人按期补办审批"));
    assertThat(pi).isEnded();
    assertThat(actions(task)).endsWith("POST_HOC_OVERDUE_REPORTED", "HEAD_APPROVED_POST_HOC", "POST_HOC_SUPERVISED");
  }

  @Test
  @DisplayName("R-TK-4 a refusal without a reason is refused and the head's task stays open")
  void refusalNeedsReason() {
    InspectionTask task = startEmergency();
    complete(task, REPORT_EMERGENCY, "liuyang", REPORT);

    assertThatThrownBy(() -> complete(task, APPROVE_POST_HOC, "zhangwei", Map.of(POST_HOC_DECISION_VAR, "REFUSE")))
        .hasRootCauseInstanceOf(RuleViolationException.class).hasMessageContaining("理由");

    assertThat(open(task, APPROVE_POST_HOC)).hasSize(1);
    assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.IN_PROGRESS_POST_HOC);
    assertThat(actions(task)).doesNotContain("HEAD_REFUSED_POST_HOC");
  }

  @Test
  @DisplayName("R-TK-4 only the registrant reports the emergency; a report without reason or result is refused")
  void onlyTheRegistrantReports() {
    InspectionTask task = startEmergency();
    Task report = open(task, REPORT_EMERGENCY).get(0);

    assertThatThrownBy(() -> fx.as("wangfang", () -> {
      taskService.complete(report.getId(), REPORT);
      return null;
    })).hasRootCauseInstanceOf(RuleViolationException.class).hasMessageContaining("登记人");
    assertThatThrownBy(() -> complete(task, REPORT_EMERGENCY, "liuyang", Map.of(EMERGENCY_REASON, "燃气泄漏")))
        .hasRootCauseInstanceOf(RuleViolationException.class).hasMessageContaining("处理结果");

    assertThat(postHoc(task)).isWaitingAt(REPORT_EMERGENCY);
    assertThat(actions(task)).doesNotContain("EMERGENCY_REPORTED");
  }

  @Test
  @DisplayName("R-TK-4 a head of another agency cannot decide scjg's post-hoc approval")
  void otherAgencyHead() {
    InspectionTask task = startEmergency();
    complete(task, REPORT_EMERGENCY, "liuyang", REPORT);
    Task approval = open(task, APPROVE_POST_HOC).get(0);

    assertThatThrownBy(() -> fx.as("zhaolei", () -> {
      taskService.claim(approval.getId(), "zhaolei");
      return null;
    })).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> fx.as("zhaolei", () -> {
      taskService.complete(approval.getId(), Map.of(POST_HOC_DECISION_VAR, "APPROVE"));
      return null;
    })).isInstanceOf(AuthorizationException.class);
    assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.IN_PROGRESS_POST_HOC);
  }

  void fire(ProcessInstance pi, String timerId) {
    Job timer = managementService.createJobQuery().processInstanceId(pi.getId()).activityId(timerId).singleResult();
    managementService.executeJob(timer.getId());
  }

  @Test
  @DisplayName("R-TK-4 R-SC-4 an emergency not reported in time reminds the head, then reaches the justice bureau; the report stays open")
  void overdueReport() {
    InspectionTask task = startEmergency();
    ProcessInstance pi = postHoc(task);

    fire(pi, "BoundaryEvent_EmergencyReportOverdue");
    fire(pi, "BoundaryEvent_EmergencyReportLongOverdue");

    assertThat(pi).hasPassed("ServiceTask_RemindHeadOfReport", "ServiceTask_ReportOverdueEmergencyReport")
        .isWaitingAt(REPORT_EMERGENCY);
    assertThat(actions(task)).endsWith("STEP_OVERDUE_REMINDED", "STEP_OVERDUE_REPORTED");
    assertThat(tasks.get(task.id()).trace()).last()
        .satisfies(t -> assertThat(t.detail()).contains("报告紧急检查事由和结果", "司法局"));
  }

  @Test
  @DisplayName("R-TK-4 R-SC-4 the justice bureau's overdue review of a refused emergency is reported to supervision; the review stays open")
  void overdueReview() {
    InspectionTask task = startEmergency();
    ProcessInstance pi = postHoc(task);
    complete(task, REPORT_EMERGENCY, "liuyang", REPORT);
    complete(task, APPROVE_POST_HOC, "zhangwei", Map.of(POST_HOC_DECISION_VAR, "REFUSE", POST_HOC_REASON,
        "事由不属于紧急情况"));

    fire(pi, "BoundaryEvent_ReviewOverdue");

    assertThat(pi).hasPassed("ServiceTask_RemindReview").isWaitingAt(REVIEW_POST_HOC);
    assertThat(tasks.get(task.id()).trace()).last()
        .satisfies(t -> assertThat(t.detail()).contains("处理被否决的紧急检查"));
  }
}
