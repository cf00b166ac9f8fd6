package cn.lawfulinspection.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.InspectionApplication;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * {@code inspection.clock.start}: the whole application — our {@code Clock} bean, the process engine's clock
 * ({@code ClockUtil}: timers, due dates, job acquisition, the working-day business calendar) and Spring's scheduler —
 * starts at the given moment and runs on. Started here as {@code ./mvnw spring-boot:run} would, with
 * {@code INSPECTION_CLOCK_START=2026-12-30T09:00:00+08:00} and the job executor on.
 */
@ExtendWith(RestorePlatformClock.class)
class ClockStartIT {

  private static final String PROCESS = "ClockStartProbe";

  @Test
  @DisplayName("started at 2026-12-30 09:00: the app's today and the engine's clock agree; a 3WD due date counts from the moved day (元旦 of the provisional 2027 off); the job executor fires a timer due on the moved clock")
  void wholeApplicationOnTheMovedClock() {
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(InspectionApplication.class).run(
        "--spring.datasource.url=jdbc:h2:mem:clockstart;DB_CLOSE_DELAY=-1",
        "--server.port=0",
        "--camunda.bpm.process-engine-name=clockstart",
        "--camunda.bpm.job-execution.enabled=true",
        "--inspection.demo-data.enabled=false",
        "--inspection.clock.start=2026-12-30T09:00:00+08:00")) {
      Clock clock = app.getBean(Clock.class);
      ProcessEngine engine = app.getBean(ProcessEngine.class);

      // both clocks: the same instant, today 2026-12-30 in Beijing, running on from 09:00
      assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 12, 30));
      assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), clock.instant()).abs())
          .isLessThan(Duration.ofSeconds(1));
      LocalDateTime now = LocalDateTime.now(clock);
      assertThat(now).isBetween(LocalDateTime.parse("2026-12-30T09:00"), LocalDateTime.parse("2026-12-30T10:00"));
      assertThat(app.getBean(ThreadPoolTaskScheduler.class).getClock()).isEqualTo(clock);

      // the engine stamps and counts by the same clock
      engine.getRepositoryService().createDeployment().addModelInstance(PROCESS + ".bpmn",
          Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
              .startEvent("StartEvent_Started")
              .intermediateCatchEvent("TimerEvent_TwoSeconds").timerWithDuration("PT2S")
              .userTask("UserTask_Handle").camundaDueDate("3WD")
              .endEvent("EndEvent_Handled")
              .done()).deploy();
      ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(PROCESS);
      assertThat(LocalDate.ofInstant(engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceId(pi.getId()).singleResult().getStartTime().toInstant(), PlatformClock.CHINA))
          .isEqualTo(LocalDate.of(2026, 12, 30));

      // an offset clock, not a frozen one: the job executor acquires the timer once the moved clock reaches it
      Task task = waitForTask(engine, pi, Duration.ofSeconds(60));
      assertThat(task).as("the job executor fired the PT2S timer on the moved clock").isNotNull();
      ZonedDateTime created = task.getCreateTime().toInstant().atZone(PlatformClock.CHINA);
      assertThat(created.toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 30));
      // 3WD from Wednesday 2026-12-30: 12-31, (01-01 元旦 off, weekend), 01-04, 01-05, same time of day
      assertThat(task.getDueDate().toInstant().atZone(PlatformClock.CHINA))
          .isEqualTo(created.withYear(2027).withMonth(1).withDayOfMonth(5));
      HistoryService history = engine.getHistoryService();
      assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
          .activityId("TimerEvent_TwoSeconds").finished().count()).isOne();
    }
  }

  private static Task waitForTask(ProcessEngine engine, ProcessInstance pi, Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline) {
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
      if (task != null) {
        return task;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    return null;
  }
}
