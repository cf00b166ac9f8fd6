package cn.lawfulinspection.result.process;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.task.TaskBinding;
import static cn.lawfulinspection.result.process.ResultBackfillProcessIds.*;
import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;

import cn.lawfulinspection.common.process.ProcessValues;
import cn.lawfulinspection.result.ResultService;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.InspectionWindow;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * 准备回填检查结果: the assignee (the inspector who scanned in), the form's item slots {@code item1..item20} (the
 * item's name; outcome empty) with their codes in {@code backfillItemCodes}, and the read-only task text.
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
    ArrayNode codes = json.createArrayNode();
    List<InspectionTask.Item> items = task.items();
    for (int i = 0; i < Math.min(items.size(), ITEM_SLOTS); i++) {
      codes.add(items.get(i).code());
      execution.setVariable(ITEM_SLOT_PREFIX + (i + 1), SpinValues.jsonValue(json.createObjectNode()
          .put("itemName", items.get(i).name() + "（" + items.get(i).code() + "）").toString()).create());
    }
    // JSON text, not a Spin JSON value: only RecordBackfillListener reads it, and a string of this size is stored in
    // the variable row itself instead of three byte arrays (runtime, history, detail)
    execution.setVariable(BACKFILL_ITEM_CODES, codes.toString());
    execution.setVariable(BACKFILL_ITEM_COUNT, codes.size());
    // R-SC-1: the spine reaches the backfill only after a recorded scan-in; a process moved here by other means
    // (an administrator's message or modification) has none, and the step is refused
    execution.setVariable(SCANNED_IN_BY, results.scannedInBy(task.id()).orElseThrow(() -> new RuleViolationException(
        "R-SC-1", "scanIn", "检查任务 " + task.taskNumber() + " 没有扫码入企记录，不能进入回填检查结果环节。")));
    execution.setVariable(BACKFILL_INFO, "任务编号：" + task.taskNumber() + "\n被检查企业：" + task.enterpriseName()
        + "\n检查时间：" + new InspectionWindow(task.windowStart(), task.windowEnd()).label()
        + "\n执法人员：" + String.join("、", task.inspectors().stream().map(InspectionTask.AssignedInspector::name).toList())
        + (items.size() > ITEM_SLOTS ? "\n本任务检查事项超过 " + ITEM_SLOTS + " 项，请通过手机或接口（POST /api/tasks/{id}/result）回填。" : ""));
  }
}
