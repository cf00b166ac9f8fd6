package cn.lawfulinspection.plan;

import static cn.lawfulinspection.plan.process.InspectionPlanProcessIds.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.lawfulinspection.common.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every path of {@code InspectionPlanProcess} on the real engine and database (H2), as the demo users: 刘洋 (scjg
 * inspector) uploads, 张伟 (scjg head) approves, 黄敏 (justice bureau) files. Each scenario uses its own plan title; the
 * defaults of every wait state are below and each test overrides the one decision it is about.
 */
@SpringBootTest
@ActiveProfiles("test")
class InspectionPlanProcessTest {

  static final String INSPECTOR = "liuyang";
  static final String HEAD = "zhangwei";
  static final String SUPERVISOR = "huangmin";
  private static final AtomicInteger SEQ = new AtomicInteger();

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired IdentityService identityService;
  @Autowired ManagementService managementService;
  @Autowired PlanService plans;
  @Autowired Clock clock;

  /** A year whose annual plans are not late today (R-PL-1): next year. */
  int nextYear;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(processEngine);
    nextYear = LocalDate.now(clock).getYear() + 1;
  }

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  // ---------------------------------------------------------------------------------------------- paths

  @Test
  @DisplayName("R-PL-3 R-PL-4 happy path: uploaded, approved by the head, filed by the justice bureau, published")
  void happyPath() {
    // given
    ProcessInstance pi = start(INSPECTOR, "ANNUAL", nextYear);
    assertThat(pi).isWaitingAt(FILL_PLAN);
    Task fill = task(pi);
    assertThat(fill).isAssignedTo(INSPECTOR);
    assertCandidateGroup(pi, "scjg");
    assertThat(fill.getDueDate()).isNotNull();
    assertThat(pi).variables().containsEntry(AGENCY_CODE, "scjg").containsEntry(AGENCY_NAME, "市场监督管理局");

    // when
    fillIn(pi, INSPECTOR, defaults(nextYear));
    // then
    assertThat(pi).isWaitingAt(APPROVE_PLAN);
    assertCandidateGroup(pi, "scjgHead");
    assertThat(task(pi).getDueDate()).isNotNull();
    long planId = planId(pi);
    assertThat(plans.get(planId).latestVersion().status()).isEqualTo(PlanStatus.SUBMITTED);

    decide(pi, HEAD, Map.of(HEAD_DECISION, APPROVE));
    assertThat(pi).isWaitingAt(FILE_PLAN);
    assertCandidateGroup(pi, "sfj"); // R-PL-6: the county justice bureau files county plans
    assertThat(task(pi).getDueDate()).isNotNull();
    assertThat(plans.get(planId).latestVersion().status()).isEqualTo(PlanStatus.APPROVED);
    assertThat(plans.get(planId).latestVersion().approvedBy()).isEqualTo(HEAD);

    decide(pi, SUPERVISOR, Map.of(FILING_DECISION, FILE));
    assertThat(pi).hasPassed(PUBLISH_PLAN).isEnded();
    assertThat(pi).hasPassed(PLAN_PUBLISHED);
    PlanVersion filed = plans.currentFiledVersion(planId);
    assertThat(filed.version()).isEqualTo(1);
    assertThat(filed.filedBy()).isEqualTo(SUPERVISOR);
    assertThat(filed.filedAt()).isNotNull();
    assertThat(filed.publishedAt()).isNotNull();
    assertThat(filed.items()).extracting(PlanVersion.PlanItem::code).containsExactly("SCJG-001", "SCJG-002");
    assertThat(plans.requireFiledVersion(planId, 1).status()).isEqualTo(PlanStatus.FILED);
  }

  @Test
  @DisplayName("the head returns the plan with a reason; it is resubmitted as a new version and goes on to filing")
  void headReturnsThenResubmission() {
    ProcessInstance pi = start(INSPECTOR, "ANNUAL", nextYear);
    fillIn(pi, INSPECTOR, defaults(nextYear));
    long planId = planId(pi);

    // when
    decide(pi, HEAD, Map.of(HEAD_DECISION, RETURN, HEAD_RETURN_REASON, "检查对象范围过宽，请按风险等级细化"));

    // then
    assertThat(pi).hasPassed(HEAD_APPROVED).hasNotPassed(FILE_PLAN).isWaitingAt(FILL_PLAN);
    assertThat(task(pi)).isAssignedTo(INSPECTOR);
    assertThat((String) taskService.getVariable(task(pi).getId(), RETURN_REASON)).contains("检查对象范围过宽");
    PlanVersion returned = plans.get(planId).version(1).orElseThrow();
    assertThat(returned.status()).isEqualTo(PlanStatus.RETURNED);
    assertThat(returned.returnedStage()).isEqualTo("HEAD");
    assertThat(returned.returnedBy()).isEqualTo(HEAD);
    assertThat(returned.returnReason()).isEqualTo("检查对象范围过宽，请按风险等级细化");

    // resubmission
    Map<String, Object> fixed = defaults(nextYear);
    fixed.put(OBJECT_SCOPE, "辖区内 C、D 级食品经营者");
    fillIn(pi, INSPECTOR, fixed);
    assertThat(pi).isWaitingAt(APPROVE_PLAN);
    assertThat(pi).variables().doesNotContainKey(HEAD_DECISION);
    assertThat(plans.get(planId).latestVersion().version()).isEqualTo(2);
    decide(pi, HEAD, Map.of(HEAD_DECISION, APPROVE));
    decide(pi, SUPERVISOR, Map.of(FILING_DECISION, FILE));
    assertThat(pi).isEnded();
    assertThat(plans.currentFiledVersion(planId).version()).isEqualTo(2);
    assertThat(plans.currentFiledVersion(planId).objectScope()).isEqualTo("辖区内 C、D 级食品经营者");
    assertThat(plans.get(planId).version(1).orElseThrow().status()).isEqualTo(PlanStatus.RETURNED);
  }

  @Test
  @DisplayName("R-PL-3 the justice bureau returns the plan; it is resubmitted, approved again and filed")
  void justiceBureauReturnsThenResubmission() {
    ProcessInstance pi = start(INSPECTOR, "SPECIAL", nextYear);
    fillIn(pi, INSPECTOR, defaults(nextYear));
    long planId = planId(pi);
    decide(pi, HEAD, Map.of(HEAD_DECISION, APPROVE));

    // when
    decide(pi, SUPERVISOR, Map.of(FILING_DECISION, RETURN, FILING_RETURN_REASON, "未载明年度频次上限的依据"));

    // then
    assertThat(pi).hasPassed(PLAN_FILED).hasNotPassed(PUBLISH_PLAN).isWaitingAt(FILL_PLAN);
    assertThat((String) runtimeService.getVariable(pi.getId(), RETURN_REASON)).startsWith("司法局退回");
    PlanVersion returned = plans.get(planId).version(1).orElseThrow();
    assertThat(returned.status()).isEqualTo(PlanStatus.RETURNED);
    assertThat(returned.returnedStage()).isEqualTo("FILING");
    assertThat(returned.returnedBy()).isEqualTo(SUPERVISOR);
    assertThatThrownBy(() -> plans.currentFiledVersion(planId)).isInstanceOf(RuleViolationException.class);

    fillIn(pi, INSPECTOR, defaults(nextYear));
    decide(pi, HEAD, Map.of(HEAD_DECISION, APPROVE));
    decide(pi, SUPERVISOR, Map.of(FILING_DECISION, FILE));
    assertThat(pi).isEnded();
    assertThat(plans.currentFiledVersion(planId).version()).isEqualTo(2);
  }

  static Stream<Arguments> missingParts() {
    return Stream.of(
        Arguments.of(PLAN_ITEMS, null),
        Arguments.of(INSPECTION_METHOD, null),
        Arguments.of(OBJECT_SCOPE, " "),
        Arguments.of(WINDOW_START, null),
        Arguments.of(WINDOW_END, null),
        Arguments.of(ANNUAL_CAP, null),
        Arguments.of(ANNUAL_CAP, -1),
        Arguments.of(WINDOW_START, "2000-01-01"),
        Arguments.of(PLAN_TYPE, null));
  }

  @ParameterizedTest(name = "R-PL-2 a plan with {0} = {1} is refused, nothing is saved, the task stays open")
  @MethodSource("missingParts")
  @DisplayName("R-PL-2 missing or impossible parts are refused")
  void missingPartRefused(String variable, Object value) {
    // given
    String title = title();
    ProcessInstance pi = start(INSPECTOR, "ANNUAL", nextYear, title);
    Task fill = task(pi);
    Map<String, Object> form = defaults(nextYear);
    if (value == null) {
      form.remove(variable);
      runtimeService.removeVariable(pi.getId(), variable);
    } else {
      form.put(variable, value);
    }

    // when / then
    String field = PLAN_TYPE.equals(variable) ? PLAN_TYPE : variable;
    assertThatThrownBy(() -> as(INSPECTOR, () -> complete(fill, form)))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> {
          assertThat(e.ruleId()).isEqualTo("R-PL-2");
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.getMessage()).startsWith("检查计划内容不完整");
        });
    assertThat(pi).isWaitingAt(FILL_PLAN);
    assertThat(task(pi).getId()).isEqualTo(fill.getId());
    assertThat(plans.list(nextYear, "scjg", null)).extracting(InspectionPlan::title).doesNotContain(title);
    assertThat(runtimeService.getVariable(pi.getId(), PLAN_ID)).isNull();
  }

  @Test
  @DisplayName("R-MD-3 an item without legal basis, or of another agency, cannot be used in a plan")
  void unusableItemRefused() {
    String title = title();
    ProcessInstance pi = start(INSPECTOR, "ANNUAL", nextYear, title);
    Map<String, Object> form = defaults(nextYear);
    form.put(PLAN_ITEMS, items("SCJG-001", "SCJG-007"));
    assertThatThrownBy(() -> as(INSPECTOR, () -> complete(task(pi), form)))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> {
          assertThat(e.ruleId()).isEqualTo("R-MD-3");
          assertThat(e.getMessage()).contains("SCJG-007");
        });
    form.put(PLAN_ITEMS, items("YJGL-001"));
    assertThatThrownBy(() -> as(INSPECTOR, () -> complete(task(pi), form)))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.ruleId()).isEqualTo("R-MD-3"));
    assertThat(pi).isWaitingAt(FILL_PLAN);
    assertThat(plans.list(nextYear, "scjg", null)).extracting(InspectionPlan::title).doesNotContain(title);
  }

  @Test
  @DisplayName("R-MD-3 the fill-plan form offers only the agency's usable items, each with its legal basis")
  void itemOptionsAreUsableItems() {
    ProcessInstance pi = start(INSPECTOR, "ANNUAL", nextYear);
    VariableMap variables = as(INSPECTOR, () -> formService.getTaskFormVariables(task(pi).getId()));
    String options = variables.getValueTyped(ITEM_OPTIONS).getValue().toString();
    assertThat(options).contains("\"value\":\"SCJG-001\"").contains("（SCJG-001）依据：《").doesNotContain("SCJG-007")
        .doesNotContain("YJGL-");
  }

  @Test
  @DisplayName("R-PL-1 an annual plan uploaded after the deadline is flagged late and the head sees the warning")
  void lateAnnualPlanFlagged() {
    int lastYear = LocalDate.now(clock).getYear() - 1;
    ProcessInstance pi = start(INSPECTOR, "ANNUAL", lastYear);
    fillIn(pi, INSPECTOR, defaults(lastYear));

    PlanVersion version = plans.get(planId(pi)).latestVersion();
    assertThat(version.late()).isTrue();
    assertThat(version.warning()).contains("R-PL-1")
        .contains(java.time.YearMonth.of(lastYear, 2).atEndOfMonth() + "（含当日）"); // default: 「3月前」, JY 2(1)
    VariableMap headSees = as(HEAD, () -> formService.getTaskFormVariables(task(pi).getId()));
    assertThat(headSees.getValue(PLAN_WARNINGS, String.class)).contains("R-PL-1");
    assertThat(headSees.getValue(PLAN_LATE, Boolean.class)).isTrue();
    VariableMap supervisionSees = as(SUPERVISOR, () -> formService.getTaskFormVariables(task(pi).getId()));
    assertThat(supervisionSees.getValue(PLAN_WARNINGS, String.class)).contains("R-PL-1");
    assertThat(plans.list(lastYear, "scjg", null)).filteredOn(p -> p.id() == version.planId())
        .singleElement().satisfies(p -> assertThat(p.latestVersion().late()).isTrue());
  }

  @Test
  @DisplayName("R-PL-1 a special plan uploaded at the same time is not late, nor an annual plan for next year")
  void specialPlanNotFlagged() {
    int lastYear = LocalDate.now(clock).getYear() - 1;
    ProcessInstance special = start(INSPECTOR, "SPECIAL", lastYear);
    fillIn(special, INSPECTOR, defaults(lastYear));
    assertThat(plans.get(planId(special)).latestVersion().late()).isFalse();
    assertThat((String) runtimeService.getVariable(special.getId(), PLAN_WARNINGS)).isEmpty();

    ProcessInstance annualNextYear = start(INSPECTOR, "ANNUAL", nextYear);
    fillIn(annualNextYear, INSPECTOR, defaults(nextYear));
    assertThat(plans.get(planId(annualNextYear)).latestVersion().late()).isFalse();
  }

  @Test
  @DisplayName("R-PL-3 tasks can only be registered under a filed version: drafts and approved versions are refused")
  void filingRequired() {
    ProcessInstance pi = start(INSPECTOR, "ANNUAL", nextYear);
    fillIn(pi, INSPECTOR, defaults(nextYear));
    long planId = planId(pi);
    assertThatThrownBy(() -> plans.requireFiledVersion(planId, 1))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> {
          assertThat(e.ruleId()).isEqualTo("R-PL-3");
          assertThat(e.getMessage()).contains("尚未经司法局备案").contains("待负责人审批");
        });
    decide(pi, HEAD, Map.of(HEAD_DECISION, APPROVE));
    assertThatThrownBy(() -> plans.currentFiledVersion(planId))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.ruleId()).isEqualTo("R-PL-3"));
    decide(pi, SUPERVISOR, Map.of(FILING_DECISION, FILE));
    assertThat(plans.requireFiledVersion(planId, 1).status()).isEqualTo(PlanStatus.FILED);
  }

  @Test
  @DisplayName("R-PL-3 an amendment is a new version through approval and filing; the old filed version stays in force until then")
  void amendmentIsNewVersion() {
    // given a filed plan
    ProcessInstance first = start(INSPECTOR, "ANNUAL", nextYear);
    fillIn(first, INSPECTOR, defaults(nextYear));
    long planId = planId(first);
    decide(first, HEAD, Map.of(HEAD_DECISION, APPROVE));
    decide(first, SUPERVISOR, Map.of(FILING_DECISION, FILE));
    String planNumber = plans.get(planId).planNumber();

    // when an inspector of the agency amends it
    ProcessInstance amendment = runtimeService.createProcessInstanceQuery()
        .processInstanceId(as("wangfang", () -> plans.startAmendment(planId))).singleResult();

    // then the form is pre-filled from the filed version
    assertThat(amendment).isWaitingAt(FILL_PLAN);
    assertThat(task(amendment)).isAssignedTo("wangfang");
    assertThatThrownBy(() -> as(INSPECTOR, () -> plans.startAmendment(planId)))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessage()).contains("修订在办理中"));
    assertThat(amendment).variables().containsEntry(ANNUAL_CAP, 2)
        .containsEntry(INSPECTION_METHOD, "现场检查");
    Map<String, Object> changed = defaults(nextYear);
    changed.put(ANNUAL_CAP, 1);
    fillIn(amendment, "wangfang", changed);
    assertThat(plans.get(planId).latestVersion().version()).isEqualTo(2);
    assertThat(plans.get(planId).latestVersion().amendment()).isTrue();
    assertThat(plans.get(planId).latestVersion().late()).isFalse();
    assertThat(runtimeService.getVariable(amendment.getId(), PLAN_ID)).isEqualTo(planId);
    // the filed version stays in force while the amendment is approved
    assertThat(plans.currentFiledVersion(planId).version()).isEqualTo(1);
    assertThatThrownBy(() -> as("wangfang", () -> plans.startAmendment(planId)))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.ruleId()).isEqualTo("R-PL-3"));
    decide(amendment, HEAD, Map.of(HEAD_DECISION, APPROVE));
    assertThat(plans.currentFiledVersion(planId).version()).isEqualTo(1);
    assertThat(plans.published(nextYear, "scjg")).filteredOn(p -> p.planNumber().equals(planNumber))
        .singleElement().satisfies(p -> assertThat(p.version()).isEqualTo(1));

    // and is superseded once the amendment is filed
    decide(amendment, SUPERVISOR, Map.of(FILING_DECISION, FILE));
    assertThat(amendment).isEnded();
    assertThat(plans.currentFiledVersion(planId).version()).isEqualTo(2);
    assertThat(plans.currentFiledVersion(planId).annualCap()).isEqualTo(1);
    assertThat(plans.get(planId).version(1).orElseThrow().status()).isEqualTo(PlanStatus.SUPERSEDED);
    assertThatThrownBy(() -> plans.requireFiledVersion(planId, 1))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessage()).contains("已被新备案的版本取代"));
    assertThat(plans.published(nextYear, "scjg")).filteredOn(p -> p.planNumber().equals(planNumber))
        .singleElement().satisfies(p -> assertThat(p.version()).isEqualTo(2));
  }

  @Test
  @DisplayName("R-PL-3 a plan that is not filed yet, or of another agency, cannot be amended")
  void amendmentRefused() {
    ProcessInstance pi = start(INSPECTOR, "ANNUAL", nextYear);
    fillIn(pi, INSPECTOR, defaults(nextYear));
    long planId = planId(pi);
    assertThatThrownBy(() -> as(INSPECTOR, () -> plans.startAmendment(planId)))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.ruleId()).isEqualTo("R-PL-3"));
    decide(pi, HEAD, Map.of(HEAD_DECISION, APPROVE));
    decide(pi, SUPERVISOR, Map.of(FILING_DECISION, FILE));
    assertThatThrownBy(() -> as("sunli", () -> plans.startAmendment(planId)))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessage()).contains("本机关"));
  }

  @Test
  @DisplayName("R-PL-4 the published listing contains filed versions only")
  void publishedListingOnlyFiled() {
    ProcessInstance filed = start(INSPECTOR, "SPECIAL", nextYear);
    fillIn(filed, INSPECTOR, defaults(nextYear));
    long filedPlanId = planId(filed);
    decide(filed, HEAD, Map.of(HEAD_DECISION, APPROVE));
    decide(filed, SUPERVISOR, Map.of(FILING_DECISION, FILE));
    ProcessInstance pending = start(INSPECTOR, "SPECIAL", nextYear);
    fillIn(pending, INSPECTOR, defaults(nextYear));
    decide(pending, HEAD, Map.of(HEAD_DECISION, APPROVE));

    List<PublishedPlan> published = plans.published(nextYear, "scjg");
    assertThat(published).extracting(PublishedPlan::planNumber)
        .contains(plans.get(filedPlanId).planNumber())
        .doesNotContain(plans.get(planId(pending)).planNumber());
    assertThat(published).allSatisfy(p -> {
      assertThat(p.publishedAt()).isNotNull();
      assertThat(p.agencyCode()).isEqualTo("scjg");
    });
  }

  @Test
  @DisplayName("an overdue head approval records a reminder and the approval task stays open")
  void overdueApprovalReminder() {
    ProcessInstance pi = start(INSPECTOR, "ANNUAL", nextYear);
    fillIn(pi, INSPECTOR, defaults(nextYear));
    Job timer = managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    assertThat(timer).isNotNull();
    // the timer and the task's due date are both planApprovalWorkingDays working days after the task was created
    assertThat(timer.getDuedate()).isCloseTo(task(pi).getDueDate(), 1000);

    // when
    managementService.executeJob(timer.getId());

    // then
    assertThat(pi).hasPassed(RECORD_REMINDER, REMINDER_RECORDED).isWaitingAt(APPROVE_PLAN);
    assertThat(pi).variables().containsEntry(APPROVAL_OVERDUE_FLAG, true);
    assertThat((String) runtimeService.getVariable(pi.getId(), APPROVAL_REMINDER)).contains("scjgHead");
    assertThat(plans.overdueRemindersOf(pi.getId())).singleElement().asString().contains("超过办理期限");
    decide(pi, HEAD, Map.of(HEAD_DECISION, APPROVE));
    assertThat(pi).isWaitingAt(FILE_PLAN);
  }

  @Test
  @DisplayName("a decision without choice, or a return without reason, is refused and the task stays open")
  void decisionNeedsChoiceAndReason() {
    ProcessInstance pi = start(INSPECTOR, "ANNUAL", nextYear);
    fillIn(pi, INSPECTOR, defaults(nextYear));
    Task approval = task(pi);
    // the engine wraps a task listener's refusal; the Chinese message is kept
    assertThatThrownBy(() -> as(HEAD, () -> complete(approval, Map.of())))
        .hasMessageContaining("请选择处理意见")
        .rootCause().isInstanceOfSatisfying(RuleViolationException.class,
            e -> assertThat(e.field()).isEqualTo(HEAD_DECISION));
    assertThatThrownBy(() -> as(HEAD, () -> complete(approval, Map.of(HEAD_DECISION, RETURN))))
        .hasMessageContaining("退回时请填写退回理由")
        .rootCause().isInstanceOfSatisfying(RuleViolationException.class,
            e -> assertThat(e.field()).isEqualTo(HEAD_RETURN_REASON));
    assertThat(pi).isWaitingAt(APPROVE_PLAN);
    assertThat(plans.get(planId(pi)).latestVersion().status()).isEqualTo(PlanStatus.SUBMITTED);
  }

  @Test
  @DisplayName("only the agency's own head may approve: another agency's staff is refused by the engine")
  void otherAgencyCannotApprove() {
    ProcessInstance pi = start(INSPECTOR, "ANNUAL", nextYear);
    fillIn(pi, INSPECTOR, defaults(nextYear));
    Task approval = task(pi);
    assertThatThrownBy(() -> as("zhaolei", () -> complete(approval, Map.of(HEAD_DECISION, APPROVE))))
        .isInstanceOf(AuthorizationException.class);
    assertThat(pi).isWaitingAt(APPROVE_PLAN);
  }

  @Test
  @DisplayName("a user who belongs to no agency cannot upload a plan")
  void noAgencyRefused() {
    assertThatThrownBy(() -> start("admin", "ANNUAL", nextYear))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessage()).contains("不属于任何行政执法机关"));
  }

  // ---------------------------------------------------------------------------------------------- scenario steps

  ProcessInstance start(String user, String type, int year) {
    return start(user, type, year, title());
  }

  ProcessInstance start(String user, String type, int year, String title) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(PLAN_TYPE, type);
    vars.put(PLAN_YEAR, year);
    vars.put(PLAN_TITLE, title);
    return as(user, () -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, vars));
  }

  /** Defaults of the fill-plan form: every part present. */
  static Map<String, Object> defaults(int year) {
    Map<String, Object> form = new HashMap<>();
    form.put(PLAN_ITEMS, items("SCJG-001", "SCJG-002"));
    form.put(INSPECTION_METHOD, "现场检查");
    form.put(OBJECT_SCOPE, "辖区内食品经营者");
    form.put(WINDOW_START, year + "-03-01");
    form.put(WINDOW_END, year + "-11-30");
    form.put(ANNUAL_CAP, 2);
    return form;
  }

  static Object items(String... codes) {
    return SpinValues.jsonValue(Spin.JSON(List.of(codes))).create();
  }

  void fillIn(ProcessInstance pi, String user, Map<String, Object> form) {
    as(user, () -> complete(task(pi), form));
  }

  void decide(ProcessInstance pi, String user, Map<String, Object> decision) {
    Task task = task(pi);
    as(user, () -> {
      taskService.claim(task.getId(), user);
      return complete(task, decision);
    });
  }

  void assertCandidateGroup(ProcessInstance pi, String group) {
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).taskCandidateGroup(group)
        .includeAssignedTasks().count()).as("candidate group " + group).isEqualTo(1);
  }

  Task task(ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  Object complete(Task task, Map<String, Object> variables) {
    taskService.complete(task.getId(), variables);
    return null;
  }

  long planId(ProcessInstance pi) {
    return ((Number) runtimeService.getVariable(pi.getId(), PLAN_ID)).longValue();
  }

  static String title() {
    return "测试计划 " + SEQ.incrementAndGet() + "-" + System.nanoTime();
  }

  <T> T as(String user, Callable<T> step) {
    List<String> groups = identityService.createGroupQuery().groupMember(user).listPage(0, 100).stream()
        .map(Group::getId).toList();
    identityService.setAuthentication(user, groups);
    try {
      return step.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
