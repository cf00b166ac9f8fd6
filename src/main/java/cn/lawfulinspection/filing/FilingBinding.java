package cn.lawfulinspection.filing;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.filing.internal.FilingEntities;
import cn.lawfulinspection.filing.internal.FilingEntity;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-IG-3: which filing a step of {@code MonthlyTriggeredFilingProcess} acts on. The monthly run binds each agency's
 * filing process to its filing when it starts it (the filing row keeps the process instance id); every step finds
 * the filing through that binding and checks the business key (the filing number), never through a process
 * variable. A process started otherwise (e.g. an administrator's message through the generic API) acts on nothing.
 */
@Component
@Transactional(readOnly = true)
public class FilingBinding {

  private final FilingEntities filings;

  FilingBinding(FilingEntities filings) {
    this.filings = filings;
  }

  /** The id of the filing the step's process acts on; refused (R-IG-3) when it is bound to none. */
  public long filingOf(DelegateExecution execution) {
    String instance = execution.getProcessInstanceId();
    FilingEntity filing = filings.findByProcessInstanceId(instance).orElseThrow(() -> new RuleViolationException(
        "R-IG-3", "processInstance", "流程实例 " + instance + " 没有绑定触发式检查月度备案：只有平台每月汇总时发起的流程才能办理备案，已拒绝。"));
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey != null && !businessKey.equals(filing.filingNumber())) {
      throw new RuleViolationException("R-IG-3", "businessKey", "流程实例的业务编号 " + businessKey
          + " 与其绑定的月度备案 " + filing.filingNumber() + " 不一致，已拒绝。");
    }
    return filing.id();
  }

  public long filingOf(DelegateTask task) {
    return filingOf(task.getExecution());
  }
}
