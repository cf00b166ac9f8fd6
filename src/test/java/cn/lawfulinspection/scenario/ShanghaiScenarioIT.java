package cn.lawfulinspection.scenario;

import static cn.lawfulinspection.scenario.ScenarioDriver.registration;
import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.task.InspectedTasks;
import cn.lawfulinspection.task.process.HeadApprovalProcessIds;
import cn.lawfulinspection.task.process.InspectionTaskProcessIds;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * Shanghai (上海市, seed 004, 沪司发〔2023〕39号) as a deployment there runs it: the seed is the inspection-code pilot
 * (检查码), so a routine inspection in the first half of a month, registered and noticed the next day, meets no quiet
 * period, cap, registration lead or notice lead (those are other localities' numbers); what Shanghai does refuse is an
 * inspection code that is not genuine (SH 3(2)). H2 and MariaDB, and under the date matrix of .ci/test.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "inspection.policy.profile=shanghai")
class ShanghaiScenarioIT extends ScenarioTest {

  /** A day of the demo plan's year from tomorrow on, inside days 1–15 when one is left this year. */
  LocalDate day() {
    LocalDate day = s.today().plusDays(1);
    while (day.getYear() == s.today().getYear() && day.getDayOfMonth() > 15) {
      day = day.plusDays(1);
    }
    return day.getYear() == s.today().getYear() ? day : s.today();
  }

  @Test
  @DisplayName("R-SC-3 R-NT-1 R-TK-7 R-TK-2 R-NT-2 shanghai: a routine inspection in days 1–15 registered a day ahead is approved and noticed without any other locality's warning; the enterprise verifies the genuine code, a forged one is refused")
  void inspectionCodePilot(CapturedOutput output) throws Exception {
    Enterprise e = s.freshEnterprise();
    JsonNode registered = s.expect(201, s.call("liuyang", "POST", "/api/tasks", registration(e.creditCode(),
        List.of("SCJG-001"), day(), Map.of("origin", "PLANNED", "planId", s.annualPlan().id(),
            "kind", "DOUBLE_RANDOM"))));
    String number = registered.path("taskNumber").asText();
    assertThat(registered.path("warnings").findValuesAsText("ruleId"))
        .doesNotContain("R-TK-7", "R-TK-2", "R-TK-5", "R-NT-2");

    s.complete("zhangwei", number, HeadApprovalProcessIds.APPROVE_TASK,
        Map.of(InspectionTaskProcessIds.APPROVAL_DECISION, "APPROVE"));
    JsonNode task = s.task(registered.path("id").asLong());
    assertThat(task.path("status").asText()).isEqualTo("APPROVED");
    assertThat(s.trace(registered.path("id").asLong())).anyMatch(t -> t.startsWith("NOTICE_SENT"))
        .noneMatch(t -> t.startsWith("NOTICE_SHORT_LEAD") || t.startsWith("NOTICE_TOO_LATE"));

    // the enterprise verifies the code it received with the notice (检查码, SH 3(2)): genuine, with its rights
    String code = ScenarioDriver.linkIn(output.getOut(), "检查预告 " + number);
    JsonNode verified = s.publicRead(code, "");
    assertThat(verified.toString()).contains(number);

    // a forged code is refused with the rule, and shows nothing of the task
    String forged = InspectedTasks.forged(code);
    long before = s.lastRefusalId();
    JsonNode problem = s.refused(s.call(null, "GET", ScenarioDriver.publicPath(forged, ""), null), "R-SC-3");
    assertThat(problem.toString()).doesNotContain(number, e.name());
    assertThat(s.logged(before, "R-SC-3", null)).isTrue();
  }
}
