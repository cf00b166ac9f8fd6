package cn.lawfulinspection.result.process;

import static cn.lawfulinspection.result.process.ResultBackfillProcessIds.*;
import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;

import cn.lawfulinspection.common.process.ProcessValues;
import cn.lawfulinspection.result.ResultService;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.InspectionWindow;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * 准备回填检查结果: the assignee (the inspector who scanned in), the form's per-item list {@code itemResults} (one
 * row per item of the task, outcome empty) and the read-only task text.
 */
@Component
class PrepareBackfillDelegate implements JavaDelegate {

  private final InspectionTaskService tasks;
  private final ResultService results;
  private final ObjectMapper json;

  PrepareBackfillDelegate(InspectionTaskService tasks, ResultService results, ObjectMapper json) {
    this.tasks = tasks;
    this.results = results;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    InspectionTask task = tasks.get(ProcessValues.longValue(execution, TASK_ID));
    ArrayNode rows = json.createArrayNode();
    task.items().forEach(i -> rows.addObject().put("itemCode", i.code()).put("itemName", i.name())
        .put("legalBasis", i.legalBasis()).put("minor", false).put("findings", "").put("evidence", ""));
    execution.setVariable(SCANNED_IN_BY, results.scannedInBy(task.id()).orElse(null));
    execution.setVariable(ITEM_RESULTS, SpinValues.jsonValue(rows.toString()).create());
    execution.setVariable(BACKFILL_INFO, "任务编号：" + task.taskNumber() + "\n被检查企业：" + task.enterpriseName()
        + "\n检查时间：" + new InspectionWindow(task.windowStart(), task.windowEnd()).label()
        + "\n执法人员：" + String.join("、", task.inspectors().stream().map(InspectionTask.AssignedInspector::name).toList()));
  }
}
