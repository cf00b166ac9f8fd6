package cn.lawfulinspection.filing.internal;

import static cn.lawfulinspection.filing.process.MonthlyFilingProcessIds.OPEN_FILINGS;
import static cn.lawfulinspection.filing.process.MonthlyFilingProcessIds.PROCESS_KEY;
import static cn.lawfulinspection.filing.process.MonthlyFilingProcessIds.REPORT_REMARKS;
import static cn.lawfulinspection.filing.process.MonthlyFilingProcessIds.SUBMIT_FILING;

import cn.lawfulinspection.filing.TriggeredFiling;
import cn.lawfulinspection.filing.TriggeredFilingService;
import cn.lawfulinspection.identity.RunAs;
import cn.lawfulinspection.policy.Policies;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo monthly filing (R-SV-1), where the profile files triggered inspections monthly (JJ 7, and the default): the
 * platform's monthly run for last month is done once now, as its timer would do it on the first working day
 * (MonthlyTriggeredFilingProcess from {@code ServiceTask_OpenFilings}), and 张伟 submits 市场监督管理局's filing, so
 * 黄敏 finds 接收触发式检查月度备案 in the justice bureau's Tasklist. Idempotent: nothing when any filing exists.
 */
@Component
@Order(55)
@ConditionalOnProperty(name = "inspection.demo-data.enabled", havingValue = "true")
class FilingDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FilingDemoData.class);
  static final String AGENCY = "scjg";
  static final String HEAD = "zhangwei";

  private final FilingEntities records;
  private final TriggeredFilingService filings;
  private final Policies policies;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final RunAs runAs;
  private final Clock clock;

  FilingDemoData(FilingEntities records, TriggeredFilingService filings, Policies policies,
      RuntimeService runtimeService, TaskService taskService, RunAs runAs, Clock clock) {
    this.records = records;
    this.filings = filings;
    this.policies = policies;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.runAs = runAs;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!policies.current().monthlyTriggeredFiling() || records.count() > 0) {
      return;
    }
    try {
      runAs.asEngine(() -> runtimeService.createProcessInstanceByKey(PROCESS_KEY).startBeforeActivity(OPEN_FILINGS)
          .execute());
      YearMonth month = YearMonth.now(clock).minusMonths(1);
      TriggeredFiling filing = filings.ofMonth(month).stream().filter(f -> AGENCY.equals(f.agencyCode()))
          .findFirst().orElseThrow(() -> new IllegalStateException("no filing of " + AGENCY + " for " + month));
      Task submit = taskService.createTaskQuery().processInstanceBusinessKey(filing.filingNumber())
          .taskDefinitionKey(SUBMIT_FILING).singleResult();
      runAs.as(HEAD, () -> {
        taskService.claim(submit.getId(), HEAD);
        taskService.complete(submit.getId(), Map.of(REPORT_REMARKS, "本局" + month.getMonthValue()
            + "月触发式检查已按月汇总，请予备案。"));
      });
      log.info("demo monthly filing {} of {} submitted by {}: waiting for the justice bureau (huangmin) in Tasklist",
          filing.filingNumber(), month, HEAD);
    } catch (RuntimeException e) {
      log.error("demo monthly filing not created: {}", e.getMessage());
    }
  }
}
