package cn.lawfulinspection.task;

import static cn.lawfulinspection.task.TaskLifecycle.Step.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.common.Verdict;
import cn.lawfulinspection.identity.Actor;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The task lifecycle as a table: statuses, actors and facts (R-IG-1, R-IG-6), without Spring or the engine. */
class TaskLifecycleTest {

  static final LocalDate TODAY = LocalDate.of(2026, 6, 10);
  static final Actor HEAD = Actor.user("zhangwei", Set.of("head", "scjg", "scjgHead"));
  static final Actor OTHER_HEAD = Actor.user("zhaolei", Set.of("head", "yjgl", "yjglHead"));
  static final Actor REGISTRANT = Actor.user("liuyang", Set.of("inspector", "scjg", "scjgInspector"));
  static final Actor COLLEAGUE = Actor.user("lijun", Set.of("inspector", "scjg", "scjgInspector"));
  static final Actor OTHER_INSPECTOR = Actor.user("sunli", Set.of("inspector", "yjgl", "yjglInspector"));
  static final Actor SUPERVISOR = Actor.user("huangmin", Set.of("supervisor", "sfj"));
  static final Actor ADMIN = Actor.user("admin", Set.of("camunda-admin"));

  static TaskLifecycle.State task(TaskStatus status) {
    return state(status, "liuyang", false, false, TODAY.plusDays(3), null, null);
  }

  static TaskLifecycle.State state(TaskStatus status, String registrant, boolean emergency, boolean quiet,
      LocalDate windowEnd, Boolean problems, Boolean rectified) {
    return new TaskLifecycle.State("RW-SCJG-2026-0001", status, "scjg", registrant, Set.of("liuyang", "wangfang"),
        emergency, quiet, windowEnd, problems, rectified);
  }

  static Verdict check(TaskLifecycle.State state, TaskLifecycle.Step step, Actor actor) {
    return TaskLifecycle.check(state, step, actor, TODAY);
  }

  @Test
  @DisplayName("R-IG-1 the head of the task's agency approves a task waiting for approval; nobody else does")
  void approveOnlyByTheAgencysHead() {
    assertThat(check(task(TaskStatus.AWAITING_APPROVAL), APPROVE, HEAD).allowed()).isTrue();
    for (Actor other : new Actor[] {OTHER_HEAD, REGISTRANT, COLLEAGUE, SUPERVISOR, ADMIN, Actor.SYSTEM}) {
      Verdict v = check(task(TaskStatus.AWAITING_APPROVAL), APPROVE, other);
      assertThat(v.refused()).as(other.name()).isTrue();
      assertThat(v.ruleId()).isEqualTo("R-IG-1");
    }
  }

  @Test
  @DisplayName("R-IG-6 a head cannot approve, return or refuse a task he registered himself")
  void headCannotApproveOwnRegistration() {
    TaskLifecycle.State own = state(TaskStatus.AWAITING_APPROVAL, "zhangwei", false, false, TODAY, null, null);
    for (TaskLifecycle.Step step : EnumSet.of(APPROVE, RETURN, REFUSE)) {
      Verdict v = check(own, step, HEAD);
      assertThat(v.refused()).isTrue();
      assertThat(v.ruleId()).isEqualTo("R-IG-6");
      assertThat(v.message()).contains("不能审批自己登记的检查任务");
    }
    TaskLifecycle.State emergency = state(TaskStatus.IN_PROGRESS_POST_HOC, "zhangwei", true, false, TODAY, null, null);
    assertThat(check(emergency, APPROVE_POST_HOC, HEAD).ruleId()).isEqualTo("R-IG-6");
  }

  @ParameterizedTest
  @EnumSource(value = TaskStatus.class, names = "AWAITING_APPROVAL", mode = EnumSource.Mode.EXCLUDE)
  @DisplayName("R-IG-1 a task not waiting for approval cannot be approved, whoever asks")
  void approveOnlyFromAwaitingApproval(TaskStatus status) {
    Verdict v = check(task(status), APPROVE, HEAD);
    assertThat(v.refused()).isTrue();
    assertThat(v.message()).contains(status.label(), "待负责人审批");
  }

  @Test
  @DisplayName("R-IG-1 only the platform's timer ends a task as not scanned in, and only after its window")
  void notScannedInOnlyByTheTimerAfterTheWindow() {
    TaskLifecycle.State open = task(TaskStatus.APPROVED);
    assertThat(check(open, NOT_SCANNED_IN, OTHER_INSPECTOR).refused()).isTrue();
    assertThat(check(open, NOT_SCANNED_IN, ADMIN).refused()).isTrue();
    assertThat(check(open, NOT_SCANNED_IN, Actor.SYSTEM).message()).contains("不能提前终止");
    TaskLifecycle.State over = state(TaskStatus.APPROVED, "liuyang", false, false, TODAY.minusDays(1), null, null);
    assertThat(check(over, NOT_SCANNED_IN, Actor.SYSTEM).allowed()).isTrue();
    assertThat(check(over, NOT_SCANNED_IN, REGISTRANT).refused()).isTrue();
  }

  @Test
  @DisplayName("R-IG-1 R-TK-4 only a task registered as an emergency skips the approval")
  void emergencyOnlyForEmergencies() {
    assertThat(check(task(TaskStatus.REGISTERED), START_EMERGENCY, REGISTRANT).ruleId()).isEqualTo("R-TK-4");
    TaskLifecycle.State emergency = state(TaskStatus.REGISTERED, "liuyang", true, false, TODAY, null, null);
    assertThat(check(emergency, START_EMERGENCY, REGISTRANT).allowed()).isTrue();
    assertThat(check(task(TaskStatus.AWAITING_APPROVAL), START_EMERGENCY, REGISTRANT).refused()).isTrue();
  }

  @Test
  @DisplayName("R-IG-1 only an assigned inspector backfills, and only an approved task")
  void backfillByAssignedInspector() {
    assertThat(check(task(TaskStatus.APPROVED), BACKFILL, REGISTRANT).allowed()).isTrue();
    assertThat(check(task(TaskStatus.APPROVED), BACKFILL, COLLEAGUE).refused()).isTrue();
    assertThat(check(task(TaskStatus.APPROVED), BACKFILL, HEAD).refused()).isTrue();
    assertThat(check(task(TaskStatus.AWAITING_APPROVAL), BACKFILL, REGISTRANT).refused()).isTrue();
  }

  @Test
  @DisplayName("R-IG-1 a task closes only without problems or after a verified rectification; case handling only when not rectified")
  void closeAndHandOverFollowTheFacts() {
    TaskLifecycle.State clean = state(TaskStatus.RESULT_BACKFILLED, "liuyang", false, false, TODAY, false, null);
    TaskLifecycle.State problems = state(TaskStatus.RESULT_BACKFILLED, "liuyang", false, false, TODAY, true, null);
    assertThat(check(clean, CLOSE, Actor.SYSTEM).allowed()).isTrue();
    assertThat(check(problems, CLOSE, Actor.SYSTEM).refused()).isTrue();
    assertThat(check(problems, OPEN_RECTIFICATION, Actor.SYSTEM).allowed()).isTrue();
    assertThat(check(clean, OPEN_RECTIFICATION, Actor.SYSTEM).refused()).isTrue();
    TaskLifecycle.State unchecked = state(TaskStatus.RECTIFYING, "liuyang", false, false, TODAY, true, null);
    TaskLifecycle.State rectified = state(TaskStatus.RECTIFYING, "liuyang", false, false, TODAY, true, true);
    TaskLifecycle.State notRectified = state(TaskStatus.RECTIFYING, "liuyang", false, false, TODAY, true, false);
    assertThat(check(unchecked, CLOSE, REGISTRANT).message()).contains("尚未经执法人员核查");
    assertThat(check(rectified, CLOSE, REGISTRANT).allowed()).isTrue();
    assertThat(check(rectified, HAND_OVER_TO_CASE, REGISTRANT).refused()).isTrue();
    assertThat(check(notRectified, HAND_OVER_TO_CASE, REGISTRANT).allowed()).isTrue();
    assertThat(check(notRectified, CLOSE, REGISTRANT).refused()).isTrue();
    assertThat(check(unchecked, RECORD_RECTIFICATION_CHECK, COLLEAGUE).refused()).isTrue();
    assertThat(check(unchecked, RECORD_RECTIFICATION_CHECK, REGISTRANT).allowed()).isTrue();
  }

  @Test
  @DisplayName("R-IG-1 the justice bureau files quiet-period exceptions; agency staff cannot")
  void filingBySupervisors() {
    TaskLifecycle.State quiet = state(TaskStatus.APPROVED, "liuyang", false, true, TODAY, null, null);
    assertThat(check(quiet, FILE_QUIET_EXCEPTION, SUPERVISOR).allowed()).isTrue();
    assertThat(check(quiet, FILE_QUIET_EXCEPTION, HEAD).refused()).isTrue();
    assertThat(check(task(TaskStatus.APPROVED), FILE_QUIET_EXCEPTION, SUPERVISOR).ruleId()).isEqualTo("R-TK-7");
  }

  @Test
  @DisplayName("writes the lifecycle table of the code into docs/task-process.md (between its markers)")
  void documented() throws java.io.IOException {
    StringBuilder table = new StringBuilder("<!-- task-lifecycle:start -->\n| step | from | to | who |\n|---|---|---|---|\n");
    for (TaskLifecycle.Step step : TaskLifecycle.Step.values()) {
      table.append("| ").append(step.label()).append(" (`").append(step.name()).append("`) | ")
          .append(step.from().size() == TaskStatus.values().length ? "any"
              : String.join(", ", EnumSet.copyOf(step.from()).stream().map(s -> s.label() + " `" + s.name() + "`")
                  .toList()))
          .append(" | ").append(step.to() == null ? "(unchanged)" : step.to().label() + " `" + step.to().name() + "`")
          .append(" | ").append(step.who().label()).append(" |\n");
    }
    table.append("<!-- task-lifecycle:end -->");
    java.nio.file.Path doc = java.nio.file.Path.of("docs/task-process.md");
    String text = java.nio.file.Files.readString(doc);
    int start = text.indexOf("<!-- task-lifecycle:start -->");
    int end = text.indexOf("<!-- task-lifecycle:end -->") + "<!-- task-lifecycle:end -->".length();
    assertThat(start).isNotNegative();
    String updated = text.substring(0, start) + table + text.substring(end);
    if (!updated.equals(text)) {
      java.nio.file.Files.writeString(doc, updated);
    }
    assertThat(java.nio.file.Files.readString(doc)).contains(table);
  }

  @Test
  @DisplayName("R-IG-1 every step names the statuses it starts from, its actor, and leads to a status a later step can leave or an end")
  void everyStepIsDefined() {
    for (TaskLifecycle.Step step : TaskLifecycle.Step.values()) {
      assertThat(step.from()).as(step.name()).isNotEmpty();
      assertThat(step.who()).as(step.name()).isNotNull();
      assertThat(step.label()).as(step.name()).isNotBlank();
    }
    // the only statuses no step leaves are the task's ends
    Set<TaskStatus> left = EnumSet.noneOf(TaskStatus.class);
    Arrays.stream(TaskLifecycle.Step.values()).filter(s -> s.to() != null && s != REMIND_OVERDUE)
        .forEach(s -> left.addAll(s.from()));
    assertThat(EnumSet.complementOf(EnumSet.copyOf(left))).containsExactlyInAnyOrder(TaskStatus.REFUSED,
        TaskStatus.POST_HOC_REFUSED, TaskStatus.NOTICE_TOO_LATE, TaskStatus.CLOSED, TaskStatus.NOT_SCANNED_IN,
        TaskStatus.HANDED_TO_CASE);
  }
}
