package cn.lawfulinspection.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.common.PlatformClock;
import cn.lawfulinspection.support.IntegrationTest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine resolves {@code <n>WD} through our business calendar: a user task's {@code camunda:dueDate} and a
 * boundary timer's {@code timeDuration} land on working days of the official calendar, holidays and 调休 included.
 */
@IntegrationTest
class WorkingDayTimerIT {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final String PROCESS = "WorkingDayTimerTest";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  private String deploymentId;

  @AfterEach
  void resetClockAndUndeploy() {
    PlatformClock.resume();
    if (deploymentId != null) {
      repositoryService.deleteDeployment(deploymentId, true);
    }
  }

  private static Date china(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(CHINA).toInstant());
  }

  private void deploy(String taskDueDate, String timerDuration) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS)
        .camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Started")
        .userTask("UserTask_Handle").name("处理").camundaDueDate(taskDueDate)
        .boundaryEvent("BoundaryEvent_Reminder").cancelActivity(false).timerWithDuration(timerDuration)
        .endEvent("EndEvent_Reminded")
        .moveToActivity("UserTask_Handle")
        .endEvent("EndEvent_Handled")
        .done();
    deploymentId = repositoryService.createDeployment()
        .name(PROCESS)
        .addModelInstance(PROCESS + ".bpmn", model)
        .deploy()
        .getId();
  }

  @ParameterizedTest(name = "started {0}: task due (3WD) {1}, timer due (2WD) {2}")
  @CsvSource({
      // Wednesday before National Day 2026 (10-01..10-07 off): 10-08, 10-09, then the worked Saturday 10-10
      "2026-09-30T10:00, 2026-10-10T10:00, 2026-10-09T10:00",
      // Friday before the Spring Festival 2026: worked Saturday 02-14, then 02-15..02-23 off
      "2026-02-13T09:30, 2026-02-25T09:30, 2026-02-24T09:30",
      // Wednesday before New Year 2026 (01-01..01-03 off): worked Sunday 01-04, 01-05, 01-06
      "2025-12-31T16:45, 2026-01-06T16:45, 2026-01-05T16:45"})
  void workingDaysInBpmn(String start, String taskDue, String timerDue) {
    // given
    deploy("3WD", "2WD");
    ClockUtil.setCurrentTime(china(start));

    // when
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(PROCESS);

    // then
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(task.getDueDate()).isEqualTo(china(taskDue));
    Job timer = managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(china(timerDue));
  }

  @Test
  @DisplayName("an expression may build the working days from the policy profile; ISO-8601 still works")
  void expressionAndIso() {
    // given: the default profile's plan approval takes 3 working days
    deploy("${policies.current().planApprovalWorkingDays()}WD", "PT2H");
    ClockUtil.setCurrentTime(china("2026-09-30T10:00"));

    // when
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(PROCESS);

    // then
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(task.getDueDate()).isEqualTo(china("2026-10-10T10:00"));
    Job timer = managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(china("2026-09-30T12:00"));
  }
}
