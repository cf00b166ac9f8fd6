package cn.lawfulinspection.filing.process;

import static cn.lawfulinspection.filing.process.MonthlyFilingProcessIds.*;

import cn.lawfulinspection.filing.TriggeredFiling;
import cn.lawfulinspection.filing.TriggeredFilingService;
import cn.lawfulinspection.identity.AgencyGroups;
import cn.lawfulinspection.identity.RunAs;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 汇总上月触发式检查 ({@code ServiceTask_OpenFilings}, R-SV-1): the service summarizes last month's triggered tasks of
 * every agency into its filing (nothing where the profile does not ask for it); each filing gets its own instance of
 * the process, started by message with the filing number as business key and bound to the filing (R-IG-3).
 */
@Component
class OpenTriggeredFilingsDelegate implements JavaDelegate {

  private final TriggeredFilingService filings;
  private final RuntimeService runtimeService;
  private final RunAs runAs;
  private final Clock clock;

  OpenTriggeredFilingsDelegate(TriggeredFilingService filings, RuntimeService runtimeService, RunAs runAs,
      Clock clock) {
    this.filings = filings;
    this.runtimeService = runtimeService;
    this.runAs = runAs;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    for (TriggeredFiling filing : filings.openMonth(YearMonth.now(clock).minusMonths(1))) {
      String instance = runAs.asEngine(() -> runtimeService.createMessageCorrelation(MSG_AGENCY_FILING_OPENED)
          .processInstanceBusinessKey(filing.filingNumber())
          .setVariables(Map.of(FILING_NUMBER, filing.filingNumber(),
              AGENCY_CODE, AgencyGroups.staffGroup(filing.agencyCode()),
              FILING_SUMMARY, filing.summaryText()))
          .correlateStartMessage().getId());
      filings.bind(filing.id(), instance);
    }
  }
}
