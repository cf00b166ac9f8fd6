package cn.lawfulinspection.result.process;

import static cn.lawfulinspection.result.process.ResultBackfillProcessIds.*;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.result.ResultService;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.InspectionWindow;
import cn.lawfulinspection.task.TaskBinding;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * 准备回填检查结果: the assignee (the inspector who scanned in), the form's list {@code items} (one row per item of
 * the task, however many: code, name and legal basis, outcome empty) and the read-only task text.
 */
@Component
class PrepareBackfillDelegate implements JavaDelegate {

  private final InspectionTaskService tasks;
  private final ResultService results;
  private final ObjectMapper json;
  private final TaskBinding binding;

  PrepareBackfillDelegate(InspectionTaskService tasks, ResultService results, ObjectMapper json, TaskBinding binding) {
    this.binding = binding;
    this.tasks = tasks;
    this.results = results;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    InspectionTask task = tasks.current(binding.taskOf(execution));
    ArrayNode rows = json.createArrayNode();
    for (InspectionTask.Item item : task.items()) {
      rows.addObject().put("itemCode", item.code()).put("itemName", item.name())
          .put("legalBasis", item.legalBasis()).putNull("outcome").put("findings", "").put("minor", false)
          .put("evidence", "");
    }
    // a Spin JSON value: Tasklist reads it as the list's rows and sends it back typed Json
    execution.setVariable(ITEMS, SpinValues.jsonValue(rows.toString()).create());
    // R-SC-1: the spine reaches the backfill only after a recorded scan-in; a process moved here by other means
    // (an administrator's message or modification) has none, and the step is refused
    execution.setVariable(SCANNED_IN_BY, results.scannedInBy(task.id()).orElseThrow(() -> new RuleViolationException(
        "R-SC-1", "scanIn", "检查任务 " + task.taskNumber() + " 没有扫码入企记录，不能进入回填检查结果环节。")));
    execution.setVariable(BACKFILL_INFO, "任务编号：" + task.taskNumber() + "\n被检查企业：" + task.enterpriseName()
        + "\n检查时间：" + new InspectionWindow(task.windowStart(), task.windowEnd()).label()
        + "\n执法人员：" + String.join("、", task.inspectors().stream().map(InspectionTask.AssignedInspector::name).toList())
        + "\n检查事项：" + task.items().size() + " 项");
  }
}
