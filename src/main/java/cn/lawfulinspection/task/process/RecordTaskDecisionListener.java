package cn.lawfulinspection.task.process;

import cn.lawfulinspection.common.process.ProcessValues;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.TaskBinding;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import static cn.lawfulinspection.task.process.HeadApprovalProcessIds.*;
import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;

/**
 * On completing 审批检查方案: records the head's decision (R-TK-3) on the task the process is bound to, as the
 * authenticated head (R-IG-2, R-IG-6). A return pre-fills the revise-task form with the task as it stands and the
 * reason, and offers the task's agency's usable items and qualified inspectors to choose from (current ones ticked); a refusal's reason ends the task. A missing reason refuses the completion.
 */
@Component
class RecordTaskDecisionListener implements TaskListener {

  private final InspectionTaskService tasks;
  private final TaskBinding binding;
  private final AgencyChoices choices;

  RecordTaskDecisionListener(InspectionTaskService tasks, TaskBinding binding, AgencyChoices choices) {
    this.tasks = tasks;
    this.binding = binding;
    this.choices = choices;
  }

  @Override
  public void notify(DelegateTask task) {
    InspectionTask decided = tasks.decide(binding.taskOf(task), ProcessValues.string(task, APPROVAL_DECISION),
        ProcessValues.string(task, APPROVAL_REASON));
    if (InspectionTaskService.RETURN.equals(ProcessValues.string(task, APPROVAL_DECISION))) {
      task.setVariable(RETURN_REASON, "单位负责人退回（" + decided.decidedBy() + "）：" + decided.decisionReason());
      // 修改检查任务 by choosing: the task's agency's options, the current choices ticked
      task.setVariable(ITEM_OPTIONS, choices.itemOptions(decided.agencyCode()));
      task.setVariable(INSPECTOR_OPTIONS, choices.inspectorOptions(decided.agencyCode()));
      task.setVariable(ITEM_CODES, AgencyChoices.chosen(decided.items().stream().map(InspectionTask.Item::code)
          .toList()));
      task.setVariable(INSPECTORS, AgencyChoices.chosen(decided.inspectors().stream()
          .map(InspectionTask.AssignedInspector::inspectorId).toList()));
      task.setVariable(WINDOW_START, decided.windowStart().toString());
      task.setVariable(WINDOW_END, decided.windowEnd().toString());
      task.setVariable(TRIGGER_DESCRIPTION, decided.triggerDescription() == null ? "" : decided.triggerDescription());
    }
  }
}
