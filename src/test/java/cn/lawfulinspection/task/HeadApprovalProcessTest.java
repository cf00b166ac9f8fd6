package cn.lawfulinspection.task;

import static cn.lawfulinspection.task.process.HeadApprovalProcessIds.*;
import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.task.process.HeadApprovalProcessIds;
import cn.lawfulinspection.task.process.InspectionTaskProcessIds;
import cn.lawfulinspection.task.process.TaskProcesses;
import java.time.LocalDate;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The called {@code HeadApprovalProcess}: return and resubmission, quiet-period filing, overdue escalation. */
@SpringBootTest
@ActiveProfiles("test")
class HeadApprovalProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired TaskProcesses processes;
  @Autowired InspectionTaskService tasks;
  @Autowired TaskFixtures fx;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(processEngine);
  }

  InspectionTask start(TaskRequest request) {
    return fx.as("liuyang", () -> processes.registerAndStart(request));
  }

  ProcessInstance approvalInstance(InspectionTask task) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(task.taskNumber())
        .processDefinitionKey(HeadApprovalProcessIds.PROCESS_KEY).singleResult();
  }

  ProcessInstance filingInstance(InspectionTask task) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(task.taskNumber())
        .processDefinitionKey(HeadApprovalProcessIds.FILING_PROCESS_KEY).singleResult();
  }

  Task task(InspectionTask task, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(task.taskNumber()).taskDefinitionKey(key)
        .singleResult();
  }

  void complete(InspectionTask task, String key, String user, Map<String, Object> variables) {
    Task t = task(task, key);
    fx.as(user, () -> {
      if (t.getAssignee() == null) {
        taskService.claim(t.getId(), user);
      }
      taskService.complete(t.getId(), variables);
      return null;
    });
  }

  @Test
  @DisplayName("R-TK-3 returned: the registrant revises, the rules run again, and the head approves the resubmission")
  void returnedThenResubmitted() {
    InspectionTask task = start(fx.planned(fx.fresh(CreditTier.D)));
    ProcessInstance pi = approvalInstance(task);

    complete(task, APPROVE_TASK, "zhangwei", Map.of(APPROVAL_DECISION, "RETURN", APPROVAL_REASON, "请增加执法人员李军"));

    assertThat(pi).isWaitingAt(REVISE_TASK);
    Task revise = task(task, REVISE_TASK);
    assertThat(revise).isAssignedTo("liuyang");
    assertThat((String) taskService.getVariable(revise.getId(), RETURN_REASON)).contains("请增加执法人员李军");
    assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.RETURNED);

    // a revision that breaks R-MD-2 is refused and the revise task stays open
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(task, REVISE_TASK, "liuyang",
        Map.of(INSPECTORS, "liuyang"))).hasMessageContaining("不得少于");
    assertThat(pi).isWaitingAt(REVISE_TASK);

    complete(task, REVISE_TASK, "liuyang", Map.of(INSPECTORS, "liuyang,wangfang,lijun"));
    assertThat(pi).isWaitingAt(APPROVE_TASK);
    InspectionTask revised = tasks.get(task.id());
    assertThat(revised.revision()).isEqualTo(1);
    assertThat(revised.inspectors()).hasSize(3);
    assertThat(revised.status()).isEqualTo(TaskStatus.AWAITING_APPROVAL);

    complete(task, APPROVE_TASK, "zhangwei", Map.of(APPROVAL_DECISION, "APPROVE"));
    assertThat(pi).hasPassed(HeadApprovalProcessIds.APPROVED).isEnded();
    assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.APPROVED);
    assertThat(tasks.get(task.id()).trace()).extracting(InspectionTask.TraceEntry::action)
        .containsSubsequence("HEAD_RETURNED", "RESUBMITTED", "APPROVAL_REQUESTED", "HEAD_APPROVED");
  }

  @Test
  @DisplayName("R-TK-7 an approved quiet-period exception is filed with the justice bureau in a process of its own, due in quietFilingDays, while the approval ends at once")
  void quietPeriodExceptionFiled() {
    LocalDate quiet = fx.quietDay();
    InspectionTask task = start(fx.linked(new TaskRequest(fx.fresh(CreditTier.D).creditCode(), TaskOrigin.TRIGGERED,
        null, null, null, TriggerReason.SUPERIOR_ASSIGNMENT, "市局交办", InspectionKind.SUPERIOR_ASSIGNED,
        List.of("SCJG-001"), List.of("liuyang", "wangfang"), quiet, quiet, false, false, null)));
    ProcessInstance pi = approvalInstance(task);
    assertThat((String) taskService.getVariable(task(task, APPROVE_TASK).getId(), TASK_WARNINGS)).contains("R-TK-7");

    complete(task, APPROVE_TASK, "zhangwei", Map.of(APPROVAL_DECISION, "APPROVE"));

    // the approval ends at once; the filing runs as a process of its own beside the inspection
    assertThat(pi).hasPassed(START_QUIET_FILING, APPROVED_FILING_STARTED).isEnded();
    assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.APPROVED);
    ProcessInstance filingInstance = filingInstance(task);
    assertThat(filingInstance).isWaitingAt(FILE_QUIET_EXCEPTION);
    Task filing = task(task, FILE_QUIET_EXCEPTION);
    assertThat(filing.getDueDate()).isNotNull();
    assertThat(taskService.getIdentityLinksForTask(filing.getId()))
        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("supervisor"));
    assertThat(tasks.get(task.id()).quietFilingDue()).isNotNull();

    complete(task, FILE_QUIET_EXCEPTION, "huangmin", Map.of(FILING_REMARKS, "同意备案"));
    assertThat(filingInstance).hasPassed(APPROVED_AND_FILED).isEnded();
    assertThat(tasks.get(task.id()).trace()).extracting(InspectionTask.TraceEntry::action)
        .contains("QUIET_EXCEPTION_FILED");
  }

  @Test
  @DisplayName("R-TK-3 an overdue approval reminds the head, then is reported to the justice bureau; the approval stays open")
  void overdueEscalation() {
    InspectionTask task = start(fx.planned(fx.fresh(CreditTier.D)));
    ProcessInstance pi = approvalInstance(task);
    List<Job> timers = managementService.createJobQuery().processInstanceId(pi.getId()).timers().list();
    assertThat(timers).hasSize(2);

    timers.forEach(j -> managementService.executeJob(j.getId()));

    assertThat(pi).hasPassed(REMIND_HEAD, REPORT_OVERDUE).isWaitingAt(APPROVE_TASK);
    assertThat(tasks.get(task.id()).trace()).extracting(InspectionTask.TraceEntry::action)
        .contains("APPROVAL_OVERDUE_REMINDED", "APPROVAL_OVERDUE_REPORTED");
  }

  void fire(ProcessInstance pi, String timerId) {
    Job timer = managementService.createJobQuery().processInstanceId(pi.getId()).activityId(timerId).singleResult();
    managementService.executeJob(timer.getId());
  }

  @Test
  @DisplayName("R-TK-3 R-SC-4 an overdue revision reminds the head, then is reported to the justice bureau; the revision stays open")
  void overdueRevision() {
    InspectionTask task = start(fx.planned(fx.fresh(CreditTier.D)));
    ProcessInstance pi = approvalInstance(task);
    complete(task, APPROVE_TASK, "zhangwei", Map.of(APPROVAL_DECISION, "RETURN", APPROVAL_REASON, "请补充检查依据"));

    fire(pi, "BoundaryEvent_RevisionOverdue");
    fire(pi, "BoundaryEvent_RevisionLongOverdue");

    assertThat(pi).hasPassed("ServiceTask_RemindHeadOfRevision", "ServiceTask_ReportOverdueRevision")
        .isWaitingAt(REVISE_TASK);
    List<InspectionTask.TraceEntry> trace = tasks.get(task.id()).trace();
    assertThat(trace).extracting(InspectionTask.TraceEntry::action)
        .endsWith("STEP_OVERDUE_REMINDED", "STEP_OVERDUE_REPORTED");
    assertThat(trace.get(trace.size() - 2).detail()).contains("修改检查任务", "scjgHead");
    assertThat(trace.get(trace.size() - 1).detail()).contains("修改检查任务", "司法局");
  }

  @Test
  @DisplayName("R-TK-7 R-SC-4 an overdue quiet-period filing is reported to the justice bureau; the filing stays open")
  void overdueQuietFiling() {
    LocalDate quiet = fx.quietDay();
    InspectionTask task = start(fx.linked(new TaskRequest(fx.fresh(CreditTier.D).creditCode(), TaskOrigin.TRIGGERED,
        null, null, null, TriggerReason.SUPERIOR_ASSIGNMENT, "市局交办", InspectionKind.SUPERIOR_ASSIGNED,
        List.of("SCJG-001"), List.of("liuyang", "wangfang"), quiet, quiet, false, false, null)));
    complete(task, APPROVE_TASK, "zhangwei", Map.of(APPROVAL_DECISION, "APPROVE"));
    ProcessInstance pi = filingInstance(task);

    fire(pi, "BoundaryEvent_QuietFilingOverdue");

    assertThat(pi).hasPassed("ServiceTask_RemindQuietFiling").isWaitingAt(FILE_QUIET_EXCEPTION);
    assertThat(tasks.get(task.id()).trace()).last().satisfies(t -> {
      assertThat(t.action()).isEqualTo("STEP_OVERDUE_REPORTED");
      assertThat(t.detail()).contains("备案安静期例外检查", "司法局");
    });
  }
}
