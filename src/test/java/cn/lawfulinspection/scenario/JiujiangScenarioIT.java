package cn.lawfulinspection.scenario;

import static cn.lawfulinspection.scenario.ScenarioDriver.registration;
import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.support.FreshEnterprises;
import cn.lawfulinspection.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Jiujiang (鸠江区, seed 002, 鸠政办秘[2025]2号) as a deployment there runs it: the seed sets no annual cap, no quiet
 * period and no registration lead, so an A-tier enterprise gets routine inspections the default profile would refuse,
 * without warnings; JJ 7 asks to stop over-inspection (「对过度检查进行阻断」), which only this locality's profile
 * refuses. H2 and MariaDB, and under the date matrix of .ci/test.
 */
@IntegrationTest
@TestPropertySource(properties = "inspection.policy.profile=jiujiang")
class JiujiangScenarioIT extends ScenarioTest {

  @Autowired FreshEnterprises enterprises;

  /** Tomorrow, or today when tomorrow is in another year than the demo plan's. */
  LocalDate day() {
    LocalDate tomorrow = s.today().plusDays(1);
    return tomorrow.getYear() == s.today().getYear() ? tomorrow : s.today();
  }

  @Test
  @DisplayName("R-TK-5 R-TK-7 R-TK-2 jiujiang: an A-tier enterprise gets two routine inspections within days of registering, none refused or warned by a cap, a quiet period or a registration lead the seed does not set")
  void routineWithoutNumbersTheSeedDoesNotSet() throws Exception {
    Enterprise a = enterprises.fresh(CreditTier.A);
    Map<String, Object> planned = registration(a.creditCode(), List.of("SCJG-001"), day(), Map.of(
        "origin", "PLANNED", "planId", s.annualPlan().id(), "kind", "DOUBLE_RANDOM"));

    for (int i = 1; i <= 2; i++) {
      JsonNode registered = s.expect(201, s.call("liuyang", "POST", "/api/tasks", planned));
      assertThat(registered.path("status").asText()).as("inspection %d", i).isEqualTo("AWAITING_APPROVAL");
      assertThat(registered.path("warnings").findValuesAsText("ruleId")).as("inspection %d", i)
          .doesNotContain("R-TK-5", "R-TK-7", "R-TK-2", "R-NT-2");
    }
    assertThat(s.expect(200, s.call("zhangwei", "GET", "/api/tasks?enterprise=" + a.creditCode(), null))).hasSize(2);
  }

  @Test
  @DisplayName("R-SV-2 R-TK-10 jiujiang: triggered inspections of one enterprise in a month warn the head above 3 and are refused above 5 (JJ 7 阻断), nothing saved, the refusal logged")
  void overInspectionBlocked() throws Exception {
    Enterprise e = s.freshEnterprise();
    Map<String, Object> complaint = registration(e.creditCode(), List.of("SCJG-001"), day(), Map.of(
        "origin", "TRIGGERED", "trigger", "COMPLAINT", "triggerDescription", "群众投诉（鸠江区情景测试）",
        "kind", "AD_HOC"));

    for (int i = 1; i <= 5; i++) {
      JsonNode registered = s.expect(201, s.call("liuyang", "POST", "/api/tasks", complaint));
      List<String> rules = registered.path("warnings").findValuesAsText("ruleId");
      if (i <= 3) {
        assertThat(rules).as("triggered inspection %d", i).doesNotContain("R-SV-2");
      } else {
        assertThat(rules).as("triggered inspection %d", i).contains("R-SV-2");
      }
    }
    long before = s.lastRefusalId();
    JsonNode problem = s.refused(s.call("liuyang", "POST", "/api/tasks", complaint), "R-SV-2");
    assertThat(problem.path("detail").asText()).containsPattern("\\p{IsHan}");
    assertThat(s.logged(before, "R-SV-2", "liuyang")).isTrue();
    assertThat(s.expect(200, s.call("zhangwei", "GET", "/api/tasks?enterprise=" + e.creditCode(), null))).hasSize(5);
  }
}
