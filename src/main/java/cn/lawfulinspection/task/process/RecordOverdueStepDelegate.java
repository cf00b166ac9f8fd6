package cn.lawfulinspection.task.process;

import cn.lawfulinspection.task.TaskBinding;

import cn.lawfulinspection.common.process.ProcessValues;
import cn.lawfulinspection.task.InspectionTaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The escalation of an overdue user task of the task's processes (修改检查任务, 报告紧急检查事由和结果, 备案安静期例外检查,
 * 处理被否决的紧急检查): the service task follows a non-interrupting timer on that user task; its input parameter
 * {@code escalateTo} says whom to tell — {@code HEAD} (提醒负责人) or {@code JUSTICE_BUREAU} (报司法局). The step's name
 * is read from the model (the user task the timer is attached to), so the trace names what is late.
 */
@Component
class RecordOverdueStepDelegate implements JavaDelegate {

  private final TaskBinding binding;

  static final String ESCALATE_TO = "escalateTo";
  private static final Logger log = LoggerFactory.getLogger(RecordOverdueStepDelegate.class);

  private final InspectionTaskService tasks;

  RecordOverdueStepDelegate(InspectionTaskService tasks, TaskBinding binding) {
    this.binding = binding;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String to = String.valueOf(execution.getVariableLocal(ESCALATE_TO));
    if (!"HEAD".equals(to) && !"JUSTICE_BUREAU".equals(to)) {
      throw new IllegalStateException("escalateTo must be HEAD or JUSTICE_BUREAU in " + execution.getCurrentActivityId());
    }
    String message = tasks.recordOverdueStep(binding.taskOf(execution), lateStep(execution),
        "JUSTICE_BUREAU".equals(to));
    log.warn("overdue step in process {}: {}", execution.getProcessInstanceId(), message);
  }

  /** The name of the user task whose timer led here. */
  private static String lateStep(DelegateExecution execution) {
    FlowNode here = (FlowNode) execution.getBpmnModelElementInstance();
    for (SequenceFlow in : here.getIncoming()) {
      if (in.getSource() instanceof BoundaryEvent timer && timer.getAttachedTo() != null) {
        return timer.getAttachedTo().getName();
      }
    }
    return here.getName();
  }
}
