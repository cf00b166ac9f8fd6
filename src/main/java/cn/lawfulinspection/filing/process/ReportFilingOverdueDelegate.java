package cn.lawfulinspection.filing.process;

import cn.lawfulinspection.filing.FilingBinding;
import cn.lawfulinspection.filing.TriggeredFilingService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 报司法局：逾期未报送 / 提醒司法局备案 (R-SV-1): follows the non-interrupting timer on either user task; the service
 * records on the bound filing what is late and for whom.
 */
@Component
class ReportFilingOverdueDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(ReportFilingOverdueDelegate.class);

  private final TriggeredFilingService filings;
  private final FilingBinding binding;

  ReportFilingOverdueDelegate(TriggeredFilingService filings, FilingBinding binding) {
    this.filings = filings;
    this.binding = binding;
  }

  @Override
  public void execute(DelegateExecution execution) {
    log.warn("overdue monthly filing in process {}: {}", execution.getProcessInstanceId(),
        filings.reportOverdue(binding.filingOf(execution)));
  }
}
