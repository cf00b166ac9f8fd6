package cn.lawfulinspection.scenario;

import static cn.lawfulinspection.scenario.ScenarioDriver.registration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.enterprise.internal.TestEnterprises;
import cn.lawfulinspection.guidance.GuidanceKind;
import cn.lawfulinspection.guidance.GuidanceRequest;
import cn.lawfulinspection.guidance.GuidanceService;
import cn.lawfulinspection.guidance.process.GuidanceProcessIds;
import cn.lawfulinspection.identity.RunAs;
import cn.lawfulinspection.policy.Policies;
import cn.lawfulinspection.policy.QuietPeriod;
import cn.lawfulinspection.policy.QuietRule;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.process.HeadApprovalProcessIds;
import cn.lawfulinspection.task.process.InspectionTaskProcessIds;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Yunhe's profile (seed 003, 云和县): the quiet period of YH 2(3) (any inspection inside it with the principal head's
 * approval and a filing with 县综合执法办; Yunhe's own exemptions) and guidance without an answer period (YH 2(7) sets
 * none, R-NT-4). Compare {@link QuietPeriodScenarioIT} and {@code GuidanceIT} on the default (Jiangyan's) rules.
 * H2 and MariaDB.
 */
@IntegrationTest
@TestPropertySource(properties = "inspection.policy.profile=yunhe")
class YunheQuietPeriodScenarioIT extends ScenarioTest {

  @Autowired Policies policies;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired InspectionTaskService tasks;
  @Autowired GuidanceService guidance;
  @Autowired TestEnterprises enterprises;
  @Autowired RunAs runAs;

  /** The first working day at least ten days ahead inside Yunhe's quiet period (days 21 to the month's end). */
  LocalDate quietDay() {
    QuietPeriod quiet = policies.current().quietPeriod();
    LocalDate day = s.today().plusDays(10);
    while (!quiet.contains(day) || day.getDayOfWeek().getValue() > 5) {
      day = day.plusDays(1);
    }
    return day;
  }

  @Test
  @DisplayName("R-TK-7 yunhe: a routine double-random task inside the quiet period (refused under Jiangyan's rule) is registered with a warning, approved by the head, and filed with 县综合执法办 (钱进), not with the justice bureau")
  void routineWithApprovalFiledWithCountyOffice() throws Exception {
    // given
    assertThat(policies.current().quietRule()).isEqualTo(QuietRule.APPROVE_AND_FILE);
    Enterprise enterprise = s.freshEnterprise();
    LocalDate quiet = quietDay();

    // when: 刘洋 registers routine work inside the quiet period
    JsonNode registered = s.expect(201, s.call("liuyang", "POST", "/api/tasks", registration(enterprise.creditCode(),
        List.of("SCJG-001"), quiet, Map.of("origin", "PLANNED", "planId", s.annualPlan().id(),
            "kind", "DOUBLE_RANDOM"))));

    // then: an exception that needs the principal head's approval and the county office's filing
    long id = registered.path("id").asLong();
    String number = registered.path("taskNumber").asText();
    assertThat(registered.path("quietException").asBoolean()).isTrue();
    JsonNode warning = registered.path("warnings").findParents("ruleId").stream()
        .filter(w -> w.path("ruleId").asText().equals("R-TK-7")).findFirst().orElseThrow();
    assertThat(warning.toString()).contains("主要负责人批准", "县综合执法办备案").doesNotContain("司法局");

    // when: 张伟 approves
    s.complete("zhangwei", number, HeadApprovalProcessIds.APPROVE_TASK,
        Map.of(InspectionTaskProcessIds.APPROVAL_DECISION, "APPROVE"));

    // then: the filing waits for 县综合执法办, not for the justice bureau
    assertThat(s.candidateGroups(number, HeadApprovalProcessIds.FILE_QUIET_EXCEPTION)).containsExactly("countyOffice");
    assertThatThrownBy(() -> runAs.as("huangmin", () -> tasks.recordQuietFiling(id, "司法局越权备案")))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> {
          assertThat(e.ruleId()).isEqualTo("R-IG-1");
          assertThat(e.getMessage()).contains("县综合执法办");
        });
    s.complete("qianjin", number, HeadApprovalProcessIds.FILE_QUIET_EXCEPTION,
        Map.of(HeadApprovalProcessIds.FILING_REMARKS, "已统筹，同意备案"));
    assertThat(s.instance(HeadApprovalProcessIds.FILING_PROCESS_KEY, number).getEndActivityId())
        .isEqualTo(HeadApprovalProcessIds.APPROVED_AND_FILED);
    assertThat(s.task(id).path("trace").toString()).contains("县综合执法办已备案安静期例外检查");
  }

  @Test
  @DisplayName("R-TK-7 yunhe: inside the quiet period data monitoring (exempt in Jiangyan) needs approval and filing, a superior assignment (filed in Jiangyan) and an enterprise on the serious-dishonesty list are exempt")
  void yunheExemptions() throws Exception {
    LocalDate quiet = quietDay();
    JsonNode data = s.expect(201, s.call("liuyang", "POST", "/api/tasks", registration(
        s.freshEnterprise().creditCode(), List.of("SCJG-001"), quiet, Map.of("origin", "TRIGGERED",
            "trigger", "DATA_MONITORING", "triggerDescription", "监测发现冷库温度连续超标", "kind", "AD_HOC"))));
    assertThat(data.path("quietException").asBoolean()).isTrue();

    JsonNode superior = s.expect(201, s.call("liuyang", "POST", "/api/tasks", registration(
        s.freshEnterprise().creditCode(), List.of("SCJG-001"), quiet, Map.of("origin", "TRIGGERED",
            "trigger", "SUPERIOR_ASSIGNMENT", "triggerDescription", "县政府部署：节前安全生产检查",
            "kind", "SUPERIOR_ASSIGNED"))));
    assertThat(superior.path("quietException").asBoolean()).isFalse();

    Enterprise fresh = s.freshEnterprise();
    Enterprise dishonest = enterprises.save(new Enterprise(fresh.creditCode(), fresh.name(), fresh.address(),
        fresh.contact(), fresh.tier(), false, fresh.keySupervision(), true));
    JsonNode referral = s.expect(201, s.call("liuyang", "POST", "/api/tasks", registration(
        dishonest.creditCode(), List.of("SCJG-001"), quiet, Map.of("origin", "TRIGGERED",
            "trigger", "REFERRAL", "triggerDescription", "市场监管局转办：该企业被列入严重失信名单后仍经营", "kind", "AD_HOC"))));
    assertThat(referral.path("quietException").asBoolean()).isFalse();
    JsonNode sameReferral = s.expect(201, s.call("liuyang", "POST", "/api/tasks", registration(
        s.freshEnterprise().creditCode(), List.of("SCJG-001"), quiet, Map.of("origin", "TRIGGERED",
            "trigger", "REFERRAL", "triggerDescription", "市场监管局转办：群众反映无证经营", "kind", "AD_HOC"))));
    assertThat(sameReferral.path("quietException").asBoolean()).isTrue();
  }

  @Test
  @DisplayName("R-TK-7 yunhe: a situation YH 2(3) lists (涉及重大公共利益) stated with its reason exempts a referral from the quiet period, shown to the head as a warning; stated without a reason it is refused")
  void statedSituationExempts() throws Exception {
    LocalDate quiet = quietDay();
    String enterprise = s.freshEnterprise().creditCode();
    Map<String, Object> referral = new java.util.HashMap<>(Map.of("origin", "TRIGGERED", "trigger", "REFERRAL",
        "triggerDescription", "县政府转办：供水企业水质异常", "kind", "AD_HOC", "quietExemption", "MAJOR_PUBLIC_INTEREST"));

    long before = s.lastRefusalId();
    JsonNode unexplained = s.refused(s.call("liuyang", "POST", "/api/tasks", registration(enterprise,
        List.of("SCJG-001"), quiet, referral)), "R-TK-7");
    assertThat(unexplained.path("detail").asText()).contains("涉及重大公共利益", "写明");
    assertThat(s.logged(before, "R-TK-7", "liuyang")).isTrue();

    referral.put("quietExemptionText", "全镇居民饮用水水质检测异常，须立即检查");
    JsonNode registered = s.expect(201, s.call("liuyang", "POST", "/api/tasks", registration(enterprise,
        List.of("SCJG-001"), quiet, referral)));
    assertThat(registered.path("quietException").asBoolean()).isFalse();
    assertThat(registered.path("warnings").toString()).contains("安静期例外情形：涉及重大公共利益", "饮用水水质");
  }

  @Test
  @DisplayName("R-NT-4 yunhe (YH 2(7) sets no answer period): a guidance request waits at 答复行政指导请求（本地未规定时限） without due date or timer and is listed without a period; the default profile's 2 working days are proven in GuidanceIT")
  void guidanceWithoutAnswerPeriod() throws Exception {
    // given
    assertThat(policies.current().guidanceReplyDeadline()).isFalse();

    // when
    GuidanceRequest request = runAs.as("liuyang", () -> guidance.registerByPhone(
        s.freshEnterprise().creditCode(), GuidanceKind.GUIDANCE, "电话预约：合规体检表如何填写？", null));

    // then
    assertThat(request.replyWorkingDays()).isNull();
    assertThat(request.replyDueAt()).isNull();
    Task answer = taskService.createTaskQuery().processInstanceBusinessKey(request.requestNumber()).singleResult();
    assertThat(answer.getTaskDefinitionKey()).isEqualTo(GuidanceProcessIds.ANSWER_GUIDANCE_NO_PERIOD);
    assertThat(answer.getDueDate()).isNull();
    assertThat(managementService.createJobQuery().processInstanceId(answer.getProcessInstanceId()).count()).isZero();
    String month = YearMonth.from(request.requestedAt().atZone(cn.lawfulinspection.common.PlatformClock.CHINA))
        .toString();
    JsonNode report = s.expect(200, s.call("huangmin", "GET", "/api/supervision/guidance?month=" + month, null));
    JsonNode row = report.path("requests").findParents("requestNumber").stream()
        .filter(r -> r.path("requestNumber").asText().equals(request.requestNumber())).findFirst().orElseThrow();
    assertThat(row.path("timeliness").asText()).isEqualTo("NO_PERIOD");
    assertThat(row.path("timelinessLabel").asText()).isEqualTo("本地未规定答复时限");

    // and it is answered the same way
    runAs.as("liuyang", () -> guidance.answer(request.id(), "请按体检表逐项勾选，附营业执照复印件。", false));
    assertThat(guidance.get(request.id()).answeredAt()).isNotNull();
  }
}
