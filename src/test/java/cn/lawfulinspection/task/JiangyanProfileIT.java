package cn.lawfulinspection.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.policy.Policies;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.support.TestClock;
import cn.lawfulinspection.task.process.TaskProcesses;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Registration and notice under jiangyan (seed 000), where the default composite differs: JY sets no annual cap (the
 * head decides, JY 2(5)) and no number of days for the notice (JY 2(4)). H2 and MariaDB.
 */
@IntegrationTest
@TestPropertySource(properties = "inspection.policy.profile=jiangyan")
class JiangyanProfileIT {

  @Autowired TaskFixtures fx;
  @Autowired TaskProcesses processes;
  @Autowired InspectionTaskService tasks;
  @Autowired Policies policies;

  @AfterEach
  void resumeClock() {
    TestClock.resume();
  }

  TaskRequest doubleRandom(Enterprise e, LocalDate day) {
    return new TaskRequest(e.creditCode(), TaskOrigin.PLANNED, fx.annualPlan().id(), null, null, null, null,
        InspectionKind.DOUBLE_RANDOM, List.of("SCJG-001"), List.of("liuyang", "wangfang"), day, day, false, false,
        null);
  }

  @Test
  @DisplayName("R-TK-5 jiangyan: an A-tier enterprise gets a 1st and a 2nd routine inspection in the year (no number; default refuses the 1st)")
  void aTierRoutineAllowed() {
    assertThat(policies.current().name()).isEqualTo("jiangyan");
    Enterprise a = fx.fresh(CreditTier.A);

    InspectionTask first = fx.as("liuyang", () -> processes.registerAndStart(doubleRandom(a, fx.noticeableDay())));
    InspectionTask second = fx.as("liuyang", () -> processes.registerAndStart(doubleRandom(a, fx.noticeableDay())));

    assertThat(List.of(tasks.get(first.id()), tasks.get(second.id()))).allSatisfy(t -> {
      assertThat(t.status()).isIn(TaskStatus.REGISTERED, TaskStatus.AWAITING_APPROVAL);
      assertThat(t.warnings()).noneMatch(w -> w.ruleId().equals("R-TK-5"));
    });
  }

  @Test
  @DisplayName("R-TK-7 jiangyan: JY 2(3) lists no stated situation (Yunhe's 重大公共利益 …): a registration stating one is refused, naming the locality, nothing saved")
  void noStatedSituations() {
    Enterprise e = fx.fresh(CreditTier.D);
    TaskRequest stated = doubleRandom(e, fx.noticeableDay())
        .withQuietExemption(QuietExemptionReason.MAJOR_PUBLIC_INTEREST, "全镇居民饮用水水质检测异常");

    assertThatThrownBy(() -> fx.as("liuyang", () -> processes.registerAndStart(stated)))
        .isInstanceOfSatisfying(RuleViolationException.class, ex -> {
          assertThat(ex.ruleId()).isEqualTo("R-TK-7");
          assertThat(ex.getMessage()).contains("泰州市姜堰区", "涉及重大公共利益");
        });
    assertThat(tasks.ofEnterprise(e.creditCode(), null)).isEmpty();
  }

  @Test
  @DisplayName("R-NT-2 jiangyan: the notice has no number of days, so a head approving on the eve of the window sends it with no R-NT-2 warning")
  void noticeWithoutNumber() {
    LocalDate day = fx.noticeableDay();
    InspectionTask task = fx.as("liuyang", () -> processes.registerAndStart(doubleRandom(fx.fresh(CreditTier.D),
        day)));
    TestClock.moveForwardTo(day.minusDays(1));

    fx.approve(task);

    InspectionTask read = tasks.get(task.id());
    assertThat(read.status()).isEqualTo(TaskStatus.APPROVED);
    assertThat(read.warnings()).noneMatch(w -> w.ruleId().equals("R-NT-2"));
    assertThat(read.trace()).extracting(InspectionTask.TraceEntry::action).contains("NOTICE_SENT")
        .doesNotContain("NOTICE_SHORT_LEAD", "NOTICE_TOO_LATE");
  }
}
