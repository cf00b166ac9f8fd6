package cn.lawfulinspection.filing;

import static cn.lawfulinspection.filing.process.MonthlyFilingProcessIds.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.policy.Policies;
import cn.lawfulinspection.support.IntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * R-SV-1 where the locality's seed does not ask for it: Jiangyan's document (seed 000) has no monthly filing of
 * triggered inspections, so the monthly run files nothing there.
 */
@IntegrationTest
@TestPropertySource(properties = "inspection.policy.profile=jiangyan")
class MonthlyTriggeredFilingOffIT {

  @Autowired Policies policies;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName("R-SV-1 profile jiangyan (no JJ 7): the monthly run files nothing and opens no task")
  void nothingFiled() {
    // given
    assertThat(policies.current().monthlyTriggeredFiling()).isFalse();
    assertThat(managementService.createJobQuery().processDefinitionKey(PROCESS_KEY).activityId(MONTH_BEGINS).count())
        .as("the schedule is deployed everywhere").isOne();
    Integer before = jdbc.queryForObject("select count(*) from insp_triggered_filing", Integer.class);
    long agencyInstances = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();

    // when: the run the timer leads to, on its first working day (the timer's own job stays for the other tests)
    runtimeService.createProcessInstanceByKey(PROCESS_KEY).startBeforeActivity(OPEN_FILINGS).execute();

    // then
    assertThat(jdbc.queryForObject("select count(*) from insp_triggered_filing", Integer.class)).isEqualTo(before);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count())
        .isEqualTo(agencyInstances);
  }
}
