package cn.lawfulinspection.filing.process;

import static cn.lawfulinspection.filing.process.MonthlyFilingProcessIds.*;

import cn.lawfulinspection.common.process.ProcessValues;
import cn.lawfulinspection.filing.FilingBinding;
import cn.lawfulinspection.filing.TriggeredFiling;
import cn.lawfulinspection.filing.TriggeredFilingService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing 报送触发式检查月度备案 (the head) or 接收触发式检查月度备案 (the justice bureau): the step is taken on the
 * bound filing by the user completing the task (R-IG-1, R-IG-2); the bureau's form then shows the head's remarks.
 */
@Component
class RecordFilingStepListener implements TaskListener {

  private final TriggeredFilingService filings;
  private final FilingBinding binding;

  RecordFilingStepListener(TriggeredFilingService filings, FilingBinding binding) {
    this.filings = filings;
    this.binding = binding;
  }

  @Override
  public void notify(DelegateTask task) {
    long filingId = binding.filingOf(task);
    if (SUBMIT_FILING.equals(task.getTaskDefinitionKey())) {
      TriggeredFiling filing = filings.submit(filingId, ProcessValues.string(task, REPORT_REMARKS));
      task.getExecution().setVariable(FILING_SUMMARY, filing.summaryText()
          + "\n\n报送人：" + filing.submittedBy() + "\n报送说明：" + (filing.reportRemarks() == null ? "无"
          : abbreviated(filing.reportRemarks())));
    } else if (ACKNOWLEDGE_FILING.equals(task.getTaskDefinitionKey())) {
      filings.acknowledge(filingId, ProcessValues.string(task, FILING_REMARKS));
    } else {
      throw new IllegalStateException("recordFilingStepListener on " + task.getTaskDefinitionKey());
    }
  }

  /** The head's remarks as the bureau's form shows them: within the 4000 characters of a String variable. */
  private static String abbreviated(String remarks) {
    int room = 4000 - TriggeredFiling.FORM_TEXT_LIMIT - 200;
    return remarks.length() <= room ? remarks : remarks.substring(0, room) + "……（全文见备案记录）";
  }
}
