package cn.lawfulinspection.plan.process;

import cn.lawfulinspection.common.process.ProcessValues;
import static cn.lawfulinspection.plan.process.InspectionPlanProcessIds.*;

import cn.lawfulinspection.plan.PlanService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** 记录审批超期提醒: the head's approval is past its due date; keeps a reminder for the head and supervision. */
@Component
class RecordApprovalReminderDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(RecordApprovalReminderDelegate.class);

  private final PlanService plans;

  RecordApprovalReminderDelegate(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String message = plans.recordOverdueApproval(execution.getProcessInstanceId());
    log.warn("plan approval overdue in process {}: {}", execution.getProcessInstanceId(), message);
    execution.setVariable(APPROVAL_OVERDUE_FLAG, true);
    execution.setVariable(APPROVAL_REMINDER, message);
  }
}
