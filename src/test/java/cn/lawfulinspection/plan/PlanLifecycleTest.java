package cn.lawfulinspection.plan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.identity.Actor;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The plan version lifecycle as a table (R-IG-1, R-IG-2), without Spring or the engine. */
class PlanLifecycleTest {

  static final Actor INSPECTOR = Actor.user("zhengkai", Set.of("inspector", "sthj", "sthjInspector"));
  static final Actor HEAD = Actor.user("wuhua", Set.of("head", "sthj", "sthjHead"));
  static final Actor OTHER_INSPECTOR = Actor.user("liuyang", Set.of("inspector", "scjg", "scjgInspector"));
  static final Actor SUPERVISOR = Actor.user("huangmin", Set.of("supervisor", "sfj"));

  static PlanLifecycle.State plan(PlanStatus status, boolean published) {
    return new PlanLifecycle.State("JH-STHJ-2026-001", "sthj", status, published);
  }

  @Test
  @DisplayName("R-IG-1 R-PL-3 only the justice bureau files a plan, and only one its head approved")
  void filingOnlyBySupervisorsAfterApproval() {
    assertThat(PlanLifecycle.check(plan(PlanStatus.APPROVED, false), PlanLifecycle.Step.FILE, SUPERVISOR).allowed())
        .isTrue();
    assertThat(PlanLifecycle.check(plan(PlanStatus.APPROVED, false), PlanLifecycle.Step.FILE, OTHER_INSPECTOR)
        .refused()).isTrue();
    assertThat(PlanLifecycle.check(plan(PlanStatus.APPROVED, false), PlanLifecycle.Step.FILE, HEAD).refused()).isTrue();
    assertThat(PlanLifecycle.check(plan(PlanStatus.SUBMITTED, false), PlanLifecycle.Step.FILE, SUPERVISOR).refused())
        .isTrue();
  }

  @Test
  @DisplayName("R-IG-1 only the plan's own head approves; a filed plan is published once")
  void approvalAndPublication() {
    assertThat(PlanLifecycle.check(plan(PlanStatus.SUBMITTED, false), PlanLifecycle.Step.APPROVE, HEAD).allowed())
        .isTrue();
    assertThat(PlanLifecycle.check(plan(PlanStatus.SUBMITTED, false), PlanLifecycle.Step.APPROVE,
        Actor.user("zhangwei", Set.of("head", "scjg", "scjgHead"))).refused()).isTrue();
    assertThat(PlanLifecycle.check(plan(PlanStatus.FILED, false), PlanLifecycle.Step.PUBLISH, Actor.SYSTEM).allowed())
        .isTrue();
    assertThat(PlanLifecycle.check(plan(PlanStatus.FILED, true), PlanLifecycle.Step.PUBLISH, Actor.SYSTEM).refused())
        .isTrue();
    assertThat(PlanLifecycle.check(plan(PlanStatus.APPROVED, false), PlanLifecycle.Step.PUBLISH, SUPERVISOR)
        .refused()).isTrue();
  }

  @Test
  @DisplayName("R-IG-1 a new version is submitted by the agency's own staff, only when none is under way")
  void submission() {
    assertThat(PlanLifecycle.check(plan(null, false), PlanLifecycle.Step.SUBMIT, INSPECTOR).allowed()).isTrue();
    assertThat(PlanLifecycle.check(plan(PlanStatus.RETURNED, false), PlanLifecycle.Step.SUBMIT, INSPECTOR).allowed())
        .isTrue();
    assertThat(PlanLifecycle.check(plan(null, false), PlanLifecycle.Step.SUBMIT, OTHER_INSPECTOR).refused()).isTrue();
    assertThat(PlanLifecycle.check(plan(PlanStatus.SUBMITTED, false), PlanLifecycle.Step.SUBMIT, INSPECTOR).refused())
        .isTrue();
  }

  // ---------------------------------------------------------------------------------------------- R-PL-6

  static PlanLifecycle.State joint(PlanStatus status) {
    return new PlanLifecycle.State("JH-STHJ-2026-002", "sthj", status, false, Set.of("scjg"), "sfj");
  }

  @Test
  @DisplayName("R-PL-6 a joint plan is submitted, approved and filed through its lead agency; a partner's staff and head are refused under R-PL-6")
  void jointPlanOnlyThroughTheLead() {
    Actor partnerHead = Actor.user("zhangwei", Set.of("head", "scjg", "scjgHead"));
    var submit = PlanLifecycle.check(joint(PlanStatus.RETURNED), PlanLifecycle.Step.SUBMIT, OTHER_INSPECTOR);
    assertThat(submit.refused()).isTrue();
    assertThat(submit.ruleId()).isEqualTo("R-PL-6");
    assertThat(submit.message()).contains("联合检查计划").contains("牵头机关");
    var approve = PlanLifecycle.check(joint(PlanStatus.SUBMITTED), PlanLifecycle.Step.APPROVE, partnerHead);
    assertThat(approve.ruleId()).isEqualTo("R-PL-6");
    assertThat(approve.refused()).isTrue();
    var file = PlanLifecycle.check(joint(PlanStatus.APPROVED), PlanLifecycle.Step.FILE, partnerHead);
    assertThat(file.refused()).isTrue();
    assertThat(file.ruleId()).isEqualTo("R-PL-6");
    // the lead's own people take every step
    assertThat(PlanLifecycle.check(joint(PlanStatus.RETURNED), PlanLifecycle.Step.SUBMIT, INSPECTOR).allowed()).isTrue();
    assertThat(PlanLifecycle.check(joint(PlanStatus.SUBMITTED), PlanLifecycle.Step.APPROVE, HEAD).allowed()).isTrue();
    assertThat(PlanLifecycle.check(joint(PlanStatus.APPROVED), PlanLifecycle.Step.FILE, SUPERVISOR).allowed()).isTrue();
  }

  @Test
  @DisplayName("R-PL-6 only the justice bureau the plan is filed with files it; a supervisor of another bureau is refused")
  void filingByTheRoutedBureauOnly() {
    Actor cityBureau = Actor.user("someone", Set.of("supervisor", "sfjCity"));
    var refused = PlanLifecycle.check(joint(PlanStatus.APPROVED), PlanLifecycle.Step.FILE, cityBureau);
    assertThat(refused.refused()).isTrue();
    assertThat(refused.ruleId()).isEqualTo("R-PL-6");
    assertThat(refused.message()).contains("sfj");
  }
}
