package cn.lawfulinspection.task;

import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.lawfulinspection.calendar.WorkingDayCalendar;
import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.notice.NoticeService;
import cn.lawfulinspection.policy.Policies;
import cn.lawfulinspection.support.TestClock;
import cn.lawfulinspection.task.process.TaskProcesses;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Yunhe's 一般 and 原则上 on the real engine and database: R-NT-2 「预告期限一般不少于5个工作日」 (YH 2(5)) — a shorter
 * lead needs the head's consent and is reported, it never ends the task (under the old composite rule it ended as
 * NOTICE_TOO_LATE); R-TK-5 「原则上每年不得高于2次」 (YH 2(6)) — above the cap the head's approval is the exception.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = "inspection.policy.profile=yunhe")
class YunheProfileProcessTest {

  @Autowired TaskFixtures fx;
  @Autowired ProcessEngine processEngine;
  @Autowired TaskProcesses processes;
  @Autowired InspectionTaskService tasks;
  @Autowired NoticeService notices;
  @Autowired WorkingDayCalendar calendar;
  @Autowired Policies policies;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void resumeClock() {
    TestClock.resume();
  }

  InspectionTask start(LocalDate day) {
    return start(fx.fresh(CreditTier.D), InspectionKind.DOUBLE_RANDOM, day);
  }

  InspectionTask start(Enterprise e, LocalDate day) {
    return start(e, InspectionKind.DOUBLE_RANDOM, day);
  }

  InspectionTask start(Enterprise e, InspectionKind kind, LocalDate day) {
    return fx.as("liuyang", () -> processes.registerAndStart(new TaskRequest(e.creditCode(),
        TaskOrigin.PLANNED, fx.annualPlan().id(), null, null, null, null, kind,
        List.of("SCJG-001"), List.of("liuyang", "wangfang"), day, day, false, false, null)));
  }

  void approve(InspectionTask task) {
    fx.approve(task);
  }

  ProcessInstance spine(InspectionTask task) {
    return fx.spine(task);
  }


  @Test
  @DisplayName("R-NT-2 yunhe: a special inspection (noticed, not a surprise) for tomorrow needs the head's consent at registration (一般); approved, the notice goes out and the task goes on")
  void shortLeadNeedsConsent() {
    assertThat(policies.current().name()).isEqualTo("yunhe");
    // tomorrow: fewer than 5 working days on every date; a special inspection may fall in the quiet period (with
    // the head's approval and a filing, R-TK-7), so no date of the suite moves it out of reach
    LocalDate day = fx.today().plusDays(1);
    assertThat(calendar.workingDaysBetween(fx.today(), day)).isLessThan(5);

    InspectionTask task = start(fx.fresh(CreditTier.D), InspectionKind.SPECIAL, day);

    InspectionTask registered = tasks.get(task.id());
    assertThat(registered.headConsentRequired()).isTrue();
    assertThat(registered.warnings()).anySatisfy(w -> {
      assertThat(w.ruleId()).isEqualTo("R-NT-2");
      assertThat(w.message()).contains("一般不少于5个工作日", "须经单位负责人同意");
    });
    ProcessInstance pi = spine(task);

    approve(task);

    assertThat(pi).hasPassed(SEND_NOTICE).hasNotPassed(NOTICE_TOO_LATE).isWaitingAt(AWAIT_SCAN_IN);
    assertThat(notices.of(task.id())).isPresent();
    InspectionTask read = tasks.get(task.id());
    assertThat(read.status()).isEqualTo(TaskStatus.APPROVED);
    assertThat(read.trace()).filteredOn(t -> t.action().equals("NOTICE_SHORT_LEAD_HEAD_CONSENT")).singleElement()
        .satisfies(t -> assertThat(t.detail()).contains("R-NT-2", "一般不少于5个工作日", "zhangwei"));
  }

  @Test
  @DisplayName("R-NT-2 yunhe: a task registered well ahead whose head approves on the eve of the window is not ended: the approval is the consent, the shorter lead is reported")
  void lateApprovalGoesOn() {
    LocalDate day = fx.noticeableDay();
    InspectionTask task = start(day);
    assertThat(tasks.get(task.id()).warnings()).noneMatch(w -> w.ruleId().equals("R-NT-2"));
    ProcessInstance pi = spine(task);
    TestClock.moveForwardTo(day.minusDays(1));

    approve(task);

    assertThat(pi).hasPassed(SEND_NOTICE).hasNotPassed(NOTICE_TOO_LATE).isWaitingAt(AWAIT_SCAN_IN);
    InspectionTask read = tasks.get(task.id());
    assertThat(read.status()).isEqualTo(TaskStatus.APPROVED);
    assertThat(read.warnings()).anySatisfy(w -> assertThat(w.message()).contains("单位负责人审批同意检查方案即同意缩短预告期限"));
    assertThat(read.trace()).extracting(InspectionTask.TraceEntry::action)
        .containsSubsequence("HEAD_APPROVED", "NOTICE_SHORT_LEAD_HEAD_CONSENT", "NOTICE_SENT");
  }

  @Test
  @DisplayName("R-TK-5 yunhe 原则上: a C-tier enterprise's 3rd inspection of the year is registered for the head's approval with the R-TK-5 warning, not refused")
  void capExceptionNeedsHeadConsent() {
    Enterprise c = fx.fresh(CreditTier.C);
    start(c, fx.noticeableDay());
    start(c, fx.noticeableDay());

    InspectionTask third = start(c, fx.noticeableDay());

    InspectionTask read = tasks.get(third.id());
    assertThat(read.status()).isIn(TaskStatus.REGISTERED, TaskStatus.AWAITING_APPROVAL);
    assertThat(read.headConsentRequired()).isTrue();
    assertThat(read.warnings()).anySatisfy(w -> {
      assertThat(w.ruleId()).isEqualTo("R-TK-5");
      assertThat(w.message()).contains("上限2次", "须经单位负责人批准", "报执法监督机构");
    });
  }
}
