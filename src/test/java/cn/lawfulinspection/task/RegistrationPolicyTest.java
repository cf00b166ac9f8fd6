package cn.lawfulinspection.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegistrationPolicyTest {

  private static final List<String> TEAM = List.of("liuyang", "wangfang");
  private static final InspectionWindow WINDOW =
      new InspectionWindow(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 20));
  private static final LocalDate TEN_DAYS_AHEAD = LocalDate.of(2026, 3, 6);

  private final RegistrationPolicy policy = new RegistrationPolicy(Profiles.DEFAULT);

  @Test
  @DisplayName("R-TK-1 a planned task under a filed plan version, two inspectors, ten days ahead: allowed, no warning")
  void plannedFiled() {
    // when
    RegistrationCheck check = policy.check(TaskRegistration.planned(7L, 2, true, TEAM, TEN_DAYS_AHEAD, WINDOW));
    // then
    assertThat(check.allowed()).isTrue();
    assertThat(check.warnings()).isEmpty();
  }

  @Test
  @DisplayName("R-TK-1 a planned task without a plan is refused")
  void plannedWithoutPlan() {
    TaskRegistration task = new TaskRegistration(TaskOrigin.PLANNED, null, null, false, null, TEAM,
        TEN_DAYS_AHEAD, WINDOW);

    RegistrationCheck check = policy.check(task);

    assertThat(check.verdict().refused()).isTrue();
    assertThat(check.verdict().ruleId()).isEqualTo("R-TK-1");
    assertThat(check.verdict().field()).isEqualTo("planId");
    assertThat(check.verdict().message()).contains("已备案");
  }

  @Test
  @DisplayName("R-TK-1 a planned task under a plan version not (or no longer) filed is refused")
  void plannedNotFiled() {
    RegistrationCheck check = policy.check(TaskRegistration.planned(7L, 3, false, TEAM, TEN_DAYS_AHEAD, WINDOW));

    assertThat(check.verdict().ruleId()).isEqualTo("R-TK-1");
    assertThat(check.verdict().field()).isEqualTo("planVersion");
    assertThat(check.verdict().message()).contains("第3版", "尚未在司法局备案");
  }

  @Test
  @DisplayName("R-TK-1 a triggered task without a trigger reason is refused")
  void triggeredWithoutReason() {
    RegistrationCheck check = policy.check(TaskRegistration.triggered(null, TEAM, TEN_DAYS_AHEAD, WINDOW));

    assertThat(check.verdict().ruleId()).isEqualTo("R-TK-1");
    assertThat(check.verdict().field()).isEqualTo("trigger");
    assertThat(check.verdict().message()).contains("触发事由");
  }

  @Test
  @DisplayName("R-TK-1 a task without an origin is refused")
  void noOrigin() {
    RegistrationCheck check = policy.check(
        new TaskRegistration(null, null, null, false, null, TEAM, TEN_DAYS_AHEAD, WINDOW));

    assertThat(check.verdict().ruleId()).isEqualTo("R-TK-1");
  }

  @Test
  @DisplayName("R-TK-1 a triggered task naming its reason (投诉举报) needs no plan")
  void triggeredWithReason() {
    RegistrationCheck check =
        policy.check(TaskRegistration.triggered(TriggerReason.COMPLAINT, TEAM, TEN_DAYS_AHEAD, WINDOW));

    assertThat(check.allowed()).isTrue();
  }

  @Test
  @DisplayName("R-MD-2 one inspector (named twice) is refused: at least two are needed")
  void teamTooSmall() {
    RegistrationCheck check = policy.check(
        TaskRegistration.planned(7L, 2, true, List.of("liuyang", " liuyang"), TEN_DAYS_AHEAD, WINDOW));

    assertThat(check.verdict().ruleId()).isEqualTo("R-MD-2");
    assertThat(check.verdict().field()).isEqualTo("inspectorIds");
    assertThat(check.verdict().message()).contains("不得少于2人", "只指派了1人", "再指派1名");
  }

  @Test
  @DisplayName("R-MD-2 the team size comes from the profile: with minInspectors 3 two inspectors are refused")
  void teamSizeFromProfile() {
    RegistrationPolicy stricter = new RegistrationPolicy(
        Profiles.variant(Profiles.DEFAULT, Profiles.DEFAULT.tierCaps(), 7, 3, 3));

    RegistrationCheck check = stricter.check(TaskRegistration.planned(7L, 2, true, TEAM, TEN_DAYS_AHEAD, WINDOW));

    assertThat(check.verdict().ruleId()).isEqualTo("R-MD-2");
    assertThat(check.verdict().message()).contains("不得少于3人");
  }

  @Test
  @DisplayName("R-TK-2 registered 4 days before the window opens: allowed, with a warning naming both dates")
  void lateRegistrationWarns() {
    RegistrationCheck check = policy.check(
        TaskRegistration.planned(7L, 2, true, TEAM, LocalDate.of(2026, 3, 12), WINDOW));

    assertThat(check.allowed()).isTrue();
    assertThat(check.warnings()).singleElement().satisfies(w -> {
      assertThat(w.ruleId()).isEqualTo("R-TK-2");
      assertThat(w.message()).contains("至少提前7天", "2026年3月12日", "2026年3月16日", "仅提前4天");
    });
  }

  @Test
  @DisplayName("R-TK-2 registered exactly 7 days before (2026-03-09 for 2026-03-16): no warning")
  void exactlySevenDays() {
    RegistrationCheck check = policy.check(
        TaskRegistration.planned(7L, 2, true, TEAM, LocalDate.of(2026, 3, 9), WINDOW));

    assertThat(check.warnings()).isEmpty();
  }

  @Test
  @DisplayName("R-TK-2 the lead comes from the profile: with 14 days, registering 10 days ahead warns")
  void leadFromProfile() {
    RegistrationPolicy longer = new RegistrationPolicy(
        Profiles.variant(Profiles.DEFAULT, Profiles.DEFAULT.tierCaps(), 14, 2, 3));

    RegistrationCheck check = longer.check(TaskRegistration.planned(7L, 2, true, TEAM, TEN_DAYS_AHEAD, WINDOW));

    assertThat(check.allowed()).isTrue();
    assertThat(check.warnings()).extracting(RuleWarning::ruleId).containsExactly("R-TK-2");
  }
}
