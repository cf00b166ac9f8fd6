package cn.lawfulinspection.filing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.common.Verdict;
import cn.lawfulinspection.filing.FilingLifecycle.State;
import cn.lawfulinspection.filing.FilingLifecycle.Step;
import cn.lawfulinspection.identity.Actor;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FilingLifecycleTest {

  static final Actor ZHANGWEI = Actor.user("zhangwei", Set.of("scjg", "scjgHead", "head"));
  static final Actor ZHAOLEI = Actor.user("zhaolei", Set.of("yjgl", "yjglHead", "head"));
  static final Actor LIUYANG = Actor.user("liuyang", Set.of("scjg", "scjgInspector", "inspector"));
  static final Actor HUANGMIN = Actor.user("huangmin", Set.of("sfj", "supervisor"));
  static final State AWAITING = new State("YB-SCJG-2026-11", "scjg", FilingStatus.AWAITING_SUBMISSION);
  static final State SUBMITTED = new State("YB-SCJG-2026-11", "scjg", FilingStatus.SUBMITTED);

  @Test
  @DisplayName("R-SV-1 R-IG-1 only the head of the filing's own agency submits it, once")
  void submit() {
    assertThat(FilingLifecycle.check(AWAITING, Step.SUBMIT, ZHANGWEI).allowed()).isTrue();
    Verdict otherHead = FilingLifecycle.check(AWAITING, Step.SUBMIT, ZHAOLEI);
    assertThat(otherHead.ruleId()).isEqualTo("R-IG-1");
    assertThat(otherHead.message()).contains("本单位负责人", "zhaolei", "YB-SCJG-2026-11");
    assertThat(FilingLifecycle.check(AWAITING, Step.SUBMIT, LIUYANG).refused()).isTrue();
    assertThat(FilingLifecycle.check(AWAITING, Step.SUBMIT, HUANGMIN).refused()).isTrue();
    assertThat(FilingLifecycle.check(SUBMITTED, Step.SUBMIT, ZHANGWEI).field()).isEqualTo("status");
  }

  @Test
  @DisplayName("R-SV-1 R-IG-1 only the justice bureau acknowledges, and only a submitted filing")
  void acknowledge() {
    assertThat(FilingLifecycle.check(SUBMITTED, Step.ACKNOWLEDGE, HUANGMIN).allowed()).isTrue();
    assertThat(FilingLifecycle.check(SUBMITTED, Step.ACKNOWLEDGE, ZHANGWEI).refused()).isTrue();
    assertThat(FilingLifecycle.check(AWAITING, Step.ACKNOWLEDGE, HUANGMIN).field()).isEqualTo("status");
  }

  @Test
  @DisplayName("R-SV-1 R-IG-1 opening and overdue reports are the platform timer's; no user can take them")
  void timerSteps() {
    State none = new State("YB-SCJG-2026-11", "scjg", null);
    assertThat(FilingLifecycle.check(none, Step.OPEN, Actor.SYSTEM).allowed()).isTrue();
    assertThat(FilingLifecycle.check(none, Step.OPEN, HUANGMIN).refused()).isTrue();
    assertThat(FilingLifecycle.check(AWAITING, Step.OPEN, Actor.SYSTEM).refused()).isTrue();
    assertThat(FilingLifecycle.check(AWAITING, Step.REMIND_SUBMISSION, Actor.SYSTEM).allowed()).isTrue();
    assertThat(FilingLifecycle.check(SUBMITTED, Step.REMIND_SUBMISSION, Actor.SYSTEM).refused()).isTrue();
    assertThat(FilingLifecycle.check(SUBMITTED, Step.REMIND_ACKNOWLEDGEMENT, ZHANGWEI).refused()).isTrue();
  }
}
