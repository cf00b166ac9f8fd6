package cn.lawfulinspection.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.policy.Policies;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.support.TriggerRecordsForTests;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * R-SV-2 where the locality's seed does not ask for it: Jiangyan's document (seed 000) has no over-inspection control
 * (JJ 7 is Jiujiang's), so triggered inspections of one enterprise are neither warned about nor blocked there.
 */
@IntegrationTest
@TestPropertySource(properties = "inspection.policy.profile=jiangyan")
class OverInspectionOffIT {

  @Autowired Policies policies;
  @Autowired TaskFixtures fx;
  @Autowired TriggerRecordsForTests triggers;
  @Autowired TaskRegistrationService registration;

  @Test
  @DisplayName("R-SV-2 profile jiangyan (no JJ 7): seven triggered inspections of one enterprise in a month are all registered, none warned")
  void noControl() {
    assertThat(policies.current().overInspectionControlled()).isFalse();
    String code = fx.fresh(CreditTier.D).creditCode();
    for (int i = 0; i < 7; i++) {
      TaskRequest r = new TaskRequest(code, TaskOrigin.TRIGGERED, null, null, null, null, null, InspectionKind.AD_HOC,
          List.of("SCJG-001"), List.of("liuyang", "wangfang"), fx.today(), fx.today(), false, false, null)
          .withTriggerRecord(triggers.open("liuyang", code, TriggerReason.COMPLAINT));
      InspectionTask task = fx.as("liuyang", () -> registration.register(r));
      assertThat(task.warnings()).extracting(RuleWarning::ruleId).doesNotContain("R-SV-2");
    }
  }
}
