package cn.lawfulinspection.scenario;

import static cn.lawfulinspection.scenario.ScenarioDriver.registration;
import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Yangquan (阳泉市, seed 001, 阳政办发〔2025〕24号) as a deployment there runs it: the cap is the plan's own (YQ 4
 * 「年度频次上限」), for a D-tier enterprise too (the default profile lets D exceed), and complaints, referrals, data
 * monitoring and enterprise requests stay outside it. H2 and MariaDB, and under the date matrix of .ci/test.
 */
@IntegrationTest
@TestPropertySource(properties = "inspection.policy.profile=yangquan")
class YangquanScenarioIT extends ScenarioTest {

  /** Tomorrow, or today when tomorrow is in another year than the demo plan's. */
  LocalDate day() {
    LocalDate tomorrow = s.today().plusDays(1);
    return tomorrow.getYear() == s.today().getYear() ? tomorrow : s.today();
  }

  @Test
  @DisplayName("R-TK-5 R-PL-2 yangquan: a D-tier enterprise's routine inspections stop at the plan's cap (a refusal the default profile does not make); a complaint after it is registered outside the cap (YQ 4)")
  void planCapWithItsExemptTriggers() throws Exception {
    Enterprise d = s.freshEnterprise();
    int cap = s.annualPlan().filedVersion().orElseThrow().annualCap();
    Map<String, Object> planned = registration(d.creditCode(), List.of("SCJG-001"), day(), Map.of(
        "origin", "PLANNED", "planId", s.annualPlan().id(), "kind", "DOUBLE_RANDOM"));

    for (int i = 1; i <= cap; i++) {
      s.expect(201, s.call("liuyang", "POST", "/api/tasks", planned));
    }
    long before = s.lastRefusalId();
    JsonNode problem = s.refused(s.call("liuyang", "POST", "/api/tasks", planned), "R-TK-5");
    assertThat(problem.path("detail").asText()).contains(String.valueOf(cap));
    assertThat(s.logged(before, "R-TK-5", "liuyang")).isTrue();

    JsonNode complaint = s.expect(201, s.call("liuyang", "POST", "/api/tasks", registration(d.creditCode(),
        List.of("SCJG-001"), day(), Map.of("origin", "TRIGGERED", "trigger", "COMPLAINT",
            "triggerDescription", "群众投诉（阳泉市情景测试）", "kind", "AD_HOC"))));
    assertThat(complaint.path("status").asText()).isEqualTo("AWAITING_APPROVAL");
    assertThat(complaint.path("warnings").findValuesAsText("ruleId")).doesNotContain("R-TK-5");
    assertThat(s.expect(200, s.call("zhangwei", "GET", "/api/tasks?enterprise=" + d.creditCode(), null)))
        .hasSize(cap + 1);
  }
}
