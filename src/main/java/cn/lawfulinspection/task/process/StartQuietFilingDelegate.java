package cn.lawfulinspection.task.process;

import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.AGENCY_CODE;
import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.TASK_ID;
import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.TASK_NUMBER;

import cn.lawfulinspection.identity.RunAs;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 发起安静期例外备案 ({@code ServiceTask_StartQuietFiling}, R-TK-7): starts {@code QuietExceptionFilingProcess} for the
 * justice bureau with the task's business key, so the approved inspection goes on while the filing runs. Started as
 * the engine: the head who approved needs no right to start processes; the rule was checked by the approval.
 */
@Component
class StartQuietFilingDelegate implements JavaDelegate {

  private final RuntimeService runtimeService;
  private final RunAs runAs;

  StartQuietFilingDelegate(RuntimeService runtimeService, RunAs runAs) {
    this.runtimeService = runtimeService;
    this.runAs = runAs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(TASK_ID, execution.getVariable(TASK_ID));
    variables.put(TASK_NUMBER, execution.getVariable(TASK_NUMBER));
    variables.put(AGENCY_CODE, execution.getVariable(AGENCY_CODE));
    runAs.asEngine(() -> runtimeService.createProcessInstanceByKey(HeadApprovalProcessIds.FILING_PROCESS_KEY)
        .businessKey(execution.getProcessBusinessKey()).setVariables(variables).execute());
  }
}
