package cn.lawfulinspection.task.process;

import cn.lawfulinspection.common.process.ProcessValues;
import static cn.lawfulinspection.task.process.HeadApprovalProcessIds.*;
import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;

import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.TaskTrace;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing 审批检查方案: records the head's decision (R-TK-3). A return pre-fills the revise-task form with the
 * task as it stands and the reason; a refusal's reason ends the task. A missing reason refuses the completion.
 */
@Component
class RecordTaskDecisionListener implements TaskListener {

  private final InspectionTaskService tasks;
  private final TaskTrace trace;

  RecordTaskDecisionListener(InspectionTaskService tasks, TaskTrace trace) {
    this.tasks = tasks;
    this.trace = trace;
  }

  @Override
  public void notify(DelegateTask task) {
    String actor = trace.currentActor();
    InspectionTask decided = tasks.decide(
        ProcessValues.longValue(task, TASK_ID),
        ProcessValues.string(task, APPROVAL_DECISION),
        ProcessValues.string(task, APPROVAL_REASON),
        TaskTrace.SYSTEM.equals(actor) && task.getAssignee() != null ? task.getAssignee() : actor);
    if (InspectionTaskService.RETURN.equals(ProcessValues.string(task, APPROVAL_DECISION))) {
      task.setVariable(RETURN_REASON, "单位负责人退回（" + decided.decidedBy() + "）：" + decided.decisionReason());
      task.setVariable(ITEM_CODES, String.join(",", decided.items().stream().map(InspectionTask.Item::code).toList()));
      task.setVariable(INSPECTORS, String.join(",",
          decided.inspectors().stream().map(InspectionTask.AssignedInspector::inspectorId).toList()));
      task.setVariable(WINDOW_START, decided.windowStart().toString());
      task.setVariable(WINDOW_END, decided.windowEnd().toString());
      task.setVariable(TRIGGER_DESCRIPTION, decided.triggerDescription() == null ? "" : decided.triggerDescription());
    }
  }
}
