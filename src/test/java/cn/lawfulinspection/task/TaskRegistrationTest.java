package cn.lawfulinspection.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.task.internal.OffSiteCheckEntity;
import cn.lawfulinspection.task.internal.OffSiteChecks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Every registration rule on the real services and demo data (H2): 刘洋 of scjg registers. */
@SpringBootTest
@ActiveProfiles("test")
class TaskRegistrationTest {

  static final String INSPECTOR = "liuyang";

  @Autowired TaskRegistrationService registration;
  @Autowired InspectionTaskService tasks;
  @Autowired TaskFixtures fx;
  @Autowired OffSiteChecks offSiteChecks;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;

  private InspectionTask register(TaskRequest request) {
    return fx.as(INSPECTOR, () -> registration.register(request));
  }

  private void refused(TaskRequest request, String ruleId, String messagePart) {
    Integer before = jdbc.queryForObject("select count(*) from insp_task", Integer.class);
    assertThatThrownBy(() -> register(request))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining(messagePart)
        .extracting(e -> ((RuleViolationException) e).ruleId()).isEqualTo(ruleId);
    assertThat(jdbc.queryForObject("select count(*) from insp_task", Integer.class)).isEqualTo(before);
  }

  private static TaskRequest with(TaskRequest r, List<String> items, List<String> inspectors, LocalDate start,
      LocalDate end) {
    return new TaskRequest(r.enterpriseCode(), r.origin(), r.planId(), r.planNumber(), r.planVersion(), r.trigger(),
        r.triggerDescription(), r.kind(), items, inspectors, start, end, r.emergency(), r.surprise(),
        r.frequencyChange(), r.triggerRecord(), r.urgency(), r.urgencyReason(), r.surpriseReason(),
        r.surpriseReasonText(), r.overInspectionException(), r.quietExemption(), r.quietExemptionText());
  }

  @Test
  @DisplayName("R-TK-1 R-SC-4 a planned task under the filed plan version is registered with its items, team and a trace row")
  void plannedUnderFiledVersion() {
    InspectionTask task = register(fx.planned(fx.fresh(CreditTier.D)));

    InspectionTask read = tasks.get(task.id());
    assertThat(read.status()).isEqualTo(TaskStatus.REGISTERED);
    assertThat(read.taskNumber()).startsWith("RW-SCJG-");
    assertThat(read.planNumber()).isEqualTo(fx.annualPlan().planNumber());
    assertThat(read.planVersion()).isEqualTo(fx.annualPlan().filedVersion().orElseThrow().version());
    assertThat(read.items()).extracting(InspectionTask.Item::code).containsExactly("SCJG-001");
    assertThat(read.inspectors()).extracting(InspectionTask.AssignedInspector::inspectorId)
        .containsExactly("scjg-002", "scjg-003");
    assertThat(read.warnings()).isEmpty();
    assertThat(read.trace()).singleElement().satisfies(t -> {
      assertThat(t.actor()).isEqualTo(INSPECTOR);
      assertThat(t.action()).isEqualTo("REGISTERED");
      assertThat(t.channel()).isEqualTo(Channel.ENGINE);
    });
  }

  @Test
  @DisplayName("R-TK-1 a planned task under a plan version that is not filed is refused")
  void plannedUnfiled() {
    TaskRequest r = fx.planned(fx.fresh(CreditTier.D));
    TaskRequest wrongVersion = new TaskRequest(r.enterpriseCode(), r.origin(), r.planId(), null, 99, null, null,
        r.kind(), r.itemCodes(), r.inspectors(), r.windowStart(), r.windowEnd(), false, false, null);
    refused(wrongVersion, "R-TK-1", "第 99 版");
    TaskRequest noPlan = new TaskRequest(r.enterpriseCode(), r.origin(), null, null, null, null, null, r.kind(),
        r.itemCodes(), r.inspectors(), r.windowStart(), r.windowEnd(), false, false, null);
    refused(noPlan, "R-TK-1", "关联检查计划");
  }

  @Test
  @DisplayName("R-TK-10 R-TK-1 a triggered task with a trigger and free text but no record is refused; with a record its trigger is the record's")
  void triggeredWithoutRecord() {
    Enterprise e = fx.fresh(CreditTier.D);
    TaskRequest r = fx.complaint(e, fx.routineDay(10));
    refused(r.withTriggerRecord(null), "R-TK-10", "仅填写文字说明不能作为触发事由");
    refused(r.withTriggerRecord(" "), "R-TK-10", "触发记录");
    // the request's trigger is not what counts: the record (a complaint) is
    TaskRequest claimsOther = new TaskRequest(r.enterpriseCode(), r.origin(), null, null, null,
        TriggerReason.MEDIA_EXPOSURE, "x", r.kind(), r.itemCodes(), r.inspectors(), r.windowStart(), r.windowEnd(),
        false, false, null).withTriggerRecord(r.triggerRecord());
    InspectionTask task = register(claimsOther);
    assertThat(task.trigger()).isEqualTo(TriggerReason.COMPLAINT);
    assertThat(task.triggerRecordNumber()).isEqualTo(r.triggerRecord());
    assertThat(task.triggerDescription()).startsWith(r.triggerRecord()).contains("投诉举报", "12345");
  }

  @Test
  @DisplayName("R-MD-3 items outside the plan, of another agency or unknown are refused")
  void itemsOfThePlan() {
    TaskRequest r = fx.planned(fx.fresh(CreditTier.D));
    refused(with(r, List.of("SCJG-006"), r.inspectors(), r.windowStart(), r.windowEnd()), "R-MD-3", "不在检查计划");
    refused(with(r, List.of("YJGL-001"), r.inspectors(), r.windowStart(), r.windowEnd()), "R-MD-3", "其他执法机关");
    refused(with(r, List.of(), r.inspectors(), r.windowStart(), r.windowEnd()), "R-MD-3", "至少选择");
  }

  @Test
  @DisplayName("R-MD-2 fewer than minInspectors distinct inspectors are refused")
  void tooFewInspectors() {
    TaskRequest r = fx.planned(fx.fresh(CreditTier.D));
    refused(with(r, r.itemCodes(), List.of("liuyang", "scjg-002"), r.windowStart(), r.windowEnd()), "R-MD-2", "不得少于2人");
  }

  @Test
  @DisplayName("R-MD-1 an inspector with an expired certificate or of another agency is refused")
  void unqualifiedInspector() {
    TaskRequest r = fx.planned(fx.fresh(CreditTier.D));
    refused(with(r, r.itemCodes(), List.of("liuyang", "scjg-007"), r.windowStart(), r.windowEnd()), "R-MD-1", "过期");
    refused(with(r, r.itemCodes(), List.of("liuyang", "sunli"), r.windowStart(), r.windowEnd()), "R-MD-1", "不属于本机关");
    refused(with(r, r.itemCodes(), List.of("liuyang", "nobody"), r.windowStart(), r.windowEnd()), "R-MD-1", "不存在");
  }

  @Test
  @DisplayName("R-TK-2 a task registered fewer than registrationLeadDays ahead is saved with a warning")
  void lateRegistrationWarns() {
    InspectionTask task = register(fx.complaint(fx.fresh(CreditTier.D), fx.today().plusDays(1)));

    assertThat(tasks.get(task.id()).warnings()).singleElement().satisfies(w -> {
      assertThat(w.ruleId()).isEqualTo("R-TK-2");
      assertThat(w.message()).contains("至少提前7天");
    });
  }

  @Test
  @DisplayName("R-TK-5 the annual cap counts this agency's tasks of the enterprise this year: B allows one planned task")
  void annualCap() {
    Enterprise b = fx.fresh(CreditTier.B);
    register(fx.planned(b));
    refused(fx.planned(b), "R-TK-5", "已达");
    // a complaint is outside the cap
    assertThat(register(fx.complaint(b, fx.routineDay(10))).status()).isEqualTo(TaskStatus.REGISTERED);
  }

  @Test
  @DisplayName("R-TK-5 a tier-A enterprise is exempt from routine on-site inspection")
  void tierAExempt() {
    refused(fx.planned(fx.fresh(CreditTier.A)), "R-TK-5", "免于日常现场检查");
  }

  @Test
  @DisplayName("R-TK-6 lowering the frequency of a C enterprise flags the head's consent and warns")
  void frequencyChangeNeedsHead() {
    TaskRequest r = fx.planned(fx.fresh(CreditTier.C));
    TaskRequest lowered = new TaskRequest(r.enterpriseCode(), r.origin(), r.planId(), null, null, null, null,
        r.kind(), r.itemCodes(), r.inspectors(), r.windowStart(), r.windowEnd(), false, false,
        FrequencyChange.LOWER_FREQUENCY);
    InspectionTask task = register(lowered);
    assertThat(task.headConsentRequired()).isTrue();
    assertThat(task.warnings()).extracting(RuleWarning::ruleId).contains("R-TK-6");
  }

  @Test
  @DisplayName("R-TK-7 a routine task inside the quiet period is refused")
  void quietPeriodRoutineRefused() {
    TaskRequest r = fx.planned(fx.fresh(CreditTier.D));
    LocalDate quiet = fx.quietDay();
    refused(with(r, r.itemCodes(), r.inspectors(), quiet, quiet), "R-TK-7", "安静期");
  }

  @Test
  @DisplayName("R-TK-7 a superior-assigned task inside the quiet period is registered as an exception needing filing")
  void quietPeriodException() {
    LocalDate quiet = fx.quietDay();
    TaskRequest r = new TaskRequest(fx.fresh(CreditTier.D).creditCode(), TaskOrigin.TRIGGERED, null, null, null,
        TriggerReason.SUPERIOR_ASSIGNMENT, "市局交办", InspectionKind.SUPERIOR_ASSIGNED, List.of("SCJG-001"),
        List.of("liuyang", "wangfang"), quiet, quiet, false, false, null);
    InspectionTask task = register(fx.linked(r));
    assertThat(task.quietException()).isTrue();
    assertThat(task.warnings()).extracting(RuleWarning::ruleId).contains("R-TK-7");
  }

  @Test
  @DisplayName("R-TK-8 a clean off-site check does not block a complaint-triggered on-site inspection of the item")
  void offSiteFirstDoesNotBlockTriggered() {
    Enterprise e = fx.fresh(CreditTier.D);
    TaskRequest r = with(fx.complaint(e, fx.routineDay(10)), List.of("SCJG-005"), List.of("liuyang", "wangfang"),
        fx.routineDay(10), fx.routineDay(10));
    offSiteChecks.save(new OffSiteCheckEntity(e.creditCode(), "SCJG-005", fx.today(), false, "scjg",
        INSPECTOR, clock.instant()));
    assertThat(register(r).items()).extracting(InspectionTask.Item::code).containsExactly("SCJG-005");
  }
}
