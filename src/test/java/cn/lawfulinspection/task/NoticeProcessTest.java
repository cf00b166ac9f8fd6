package cn.lawfulinspection.task;

import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.lawfulinspection.calendar.WorkingDayCalendar;
import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.notice.Notice;
import cn.lawfulinspection.notice.NoticeChannel;
import cn.lawfulinspection.notice.NoticeContentPolicy;
import cn.lawfulinspection.notice.NoticeService;
import cn.lawfulinspection.policy.Policies;
import cn.lawfulinspection.support.TestClock;
import cn.lawfulinspection.task.process.TaskProcesses;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * The notice step of the spine (发送检查预告, R-NT-1..R-NT-3) against the real engine and database; only the
 * notification port (the system's edge) is replaced by a recording adapter.
 */
@SpringBootTest
@ActiveProfiles("test")
class NoticeProcessTest {

  /** Records what went through the port instead of logging it. */
  static class RecordingChannel implements NoticeChannel {
    final List<OutgoingNotice> sent = new CopyOnWriteArrayList<>();

    @Override
    public String name() {
      return "RECORDING";
    }

    @Override
    public void send(OutgoingNotice notice) {
      sent.add(notice);
    }

    @Override
    public void sendResult(OutgoingResult result) {
      // the result message (R-RS-2) is proven in ResultIT
    }

    @Override
    public void sendServiceLink(OutgoingServiceLink link) {
      // the enterprise service link (R-TK-9) is proven in GuidanceIT
    }

    List<OutgoingNotice> of(InspectionTask task) {
      return sent.stream().filter(n -> n.taskNumber().equals(task.taskNumber())).toList();
    }
  }

  @TestConfiguration
  static class Port {
    @Bean
    @Primary
    RecordingChannel recordingChannel() {
      return new RecordingChannel();
    }
  }

  @Autowired ProcessEngine processEngine;
  @Autowired TaskProcesses processes;
  @Autowired InspectionTaskService tasks;
  @Autowired NoticeService notices;
  @Autowired RecordingChannel port;
  @Autowired WorkingDayCalendar calendar;
  @Autowired Policies policies;
  @Autowired TaskFixtures fx;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void resumeClock() {
    TestClock.resume();
  }

  InspectionTask start(TaskRequest request) {
    return fx.as("liuyang", () -> processes.registerAndStart(request));
  }

  void approve(InspectionTask task) {
    fx.approve(task);
  }

  ProcessInstance spine(InspectionTask task) {
    return fx.spine(task);
  }


  List<String> actions(InspectionTask task) {
    return tasks.get(task.id()).trace().stream().map(InspectionTask.TraceEntry::action).toList();
  }

  TaskRequest planned(Enterprise e, InspectionKind kind, LocalDate day, boolean surprise) {
    TaskRequest r = new TaskRequest(e.creditCode(), TaskOrigin.PLANNED, fx.annualPlan().id(), null, null, null, null,
        kind, List.of("SCJG-001"), List.of("liuyang", "wangfang"), day, day, false, false, null);
    return surprise ? r.withSurprise(SurpriseReason.HIGH_RISK_HAZARD, "排查燃气管线较高风险隐患") : r;
  }

  @Test
  @DisplayName("R-NT-1 R-NT-2 R-SC-4 an approved task with the window far enough ahead: the notice is complete, stored, sent once through the port and traced")
  void sentInTime() {
    InspectionTask task = start(fx.planned(fx.fresh(CreditTier.D)));
    assertThat(calendar.workingDaysBetween(fx.today(), task.windowStart()))
        .isGreaterThanOrEqualTo(policies.current().noticeLeadWorkingDays());
    ProcessInstance pi = spine(task);

    approve(task);

    assertThat(pi).hasPassed(SEND_NOTICE).isWaitingAt(AWAIT_SCAN_IN);
    assertThat(port.of(task)).hasSize(1);
    NoticeChannel.OutgoingNotice sent = port.of(task).get(0);
    assertThat(new NoticeContentPolicy().check(sent.content()).allowed()).isTrue();
    assertThat(sent.content().items()).singleElement().satisfies(i -> {
      assertThat(i.legalBasis()).isNotBlank();
      assertThat(i.complianceStandard()).isNotBlank();
    });
    assertThat(sent.content().window().opens()).isEqualTo(task.windowStart());
    assertThat(sent.content().contactName()).contains("市场监督管理局");
    assertThat(sent.content().contactPhone()).isNotBlank();
    assertThat(sent.enterpriseCode()).isEqualTo(task.enterpriseCode());
    Notice stored = notices.of(task.id()).orElseThrow();
    assertThat(stored.channel()).isEqualTo("RECORDING");
    assertThat(stored.summary()).isEqualTo(sent.text()).contains(task.taskNumber(), "法定依据", "合规标准", "联系人",
        "现场检查");
    assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.APPROVED);
    assertThat(actions(task)).containsSubsequence("HEAD_APPROVED", "NOTICE_SENT");
  }

  @Test
  @DisplayName("R-NT-2 default (warn): a head approving too close to the window still sends the notice; the task goes on with the R-NT-2 warning, traced NOTICE_SHORT_LEAD")
  void tooLate() {
    LocalDate day = fx.routineDay(1);
    InspectionTask task = start(planned(fx.fresh(CreditTier.D), InspectionKind.DOUBLE_RANDOM, day, false));
    ProcessInstance pi = spine(task);
    // the head approves on the eve of the window (on any date of the suite, today may leave no routine day that
    // close: the quiet period comes first)
    TestClock.moveForwardTo(day.minusDays(1));
    assertThat(calendar.workingDaysBetween(fx.today(), day))
        .isLessThan(policies.current().noticeLeadWorkingDays());

    approve(task);

    assertThat(pi).hasPassed(SEND_NOTICE).hasNotPassed(NOTICE_TOO_LATE).isWaitingAt(AWAIT_SCAN_IN);
    assertThat(port.of(task)).hasSize(1);
    assertThat(notices.of(task.id())).isPresent();
    InspectionTask read = tasks.get(task.id());
    assertThat(read.status()).isEqualTo(TaskStatus.APPROVED);
    assertThat(read.warnings()).anySatisfy(w -> {
      assertThat(w.ruleId()).isEqualTo("R-NT-2");
      assertThat(w.message()).contains("个工作日", "预告照常发出");
    });
    assertThat(actions(task)).containsSubsequence("HEAD_APPROVED", "NOTICE_SHORT_LEAD", "NOTICE_SENT")
        .doesNotContain("NOTICE_TOO_LATE", "NOTICE_SHORT_LEAD_HEAD_CONSENT");
  }

  @Test
  @DisplayName("R-NT-3 a surprise special inspection skips the notice; the trace records the head's approval as the consent")
  void surpriseSkipsWithHeadConsent() {
    InspectionTask task = start(planned(fx.fresh(CreditTier.D), InspectionKind.SPECIAL, fx.noticeableDay(), true));
    ProcessInstance pi = spine(task);

    approve(task);

    assertThat(pi).hasPassed(SEND_NOTICE).isWaitingAt(AWAIT_SCAN_IN);
    assertThat(port.of(task)).isEmpty();
    assertThat(notices.of(task.id())).isEmpty();
    assertThat(tasks.get(task.id()).trace()).filteredOn(t -> t.action().equals("NOTICE_SKIPPED_HEAD_CONSENT"))
        .singleElement().satisfies(t -> {
          assertThat(t.detail()).contains("R-NT-3", "zhangwei", "同意");
          assertThat(t.actor()).isEqualTo("zhangwei");
        });
  }

  @Test
  @DisplayName("R-NT-3 a routine task cannot be a surprise: it is refused at registration, so it always gets its notice")
  void routineNeverSkips() {
    TaskRequest surprise = planned(fx.fresh(CreditTier.D), InspectionKind.DOUBLE_RANDOM, fx.noticeableDay(), true);
    assertThatThrownBy(() -> start(surprise)).isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("只有专项检查")
        .extracting(e -> ((RuleViolationException) e).ruleId()).isEqualTo("R-NT-3");
    InspectionTask task = start(planned(fx.fresh(CreditTier.D), InspectionKind.DOUBLE_RANDOM, fx.noticeableDay(),
        false));

    approve(task);

    assertThat(port.of(task)).hasSize(1);
    assertThat(actions(task)).contains("NOTICE_SENT").doesNotContain("NOTICE_SKIPPED_HEAD_CONSENT");
  }

  @Test
  @DisplayName("R-TK-4 R-NT-1 an emergency takes the inspect-first path without any notice")
  void emergencyNoNotice() {
    InspectionTask task = start(fx.emergency(fx.fresh(CreditTier.D)));

    assertThat(spine(task)).hasNotPassed(SEND_NOTICE).isWaitingAt(AWAIT_EMERGENCY_SCAN_IN);
    assertThat(port.of(task)).isEmpty();
    assertThat(notices.of(task.id())).isEmpty();
    assertThat(actions(task)).noneMatch(a -> a.startsWith("NOTICE"));
  }
}
