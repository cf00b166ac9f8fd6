package cn.lawfulinspection.task.process;

import static cn.lawfulinspection.common.process.ProcessValues.*;
import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;

import cn.lawfulinspection.task.FrequencyChange;
import cn.lawfulinspection.task.InspectionKind;
import cn.lawfulinspection.task.TaskOrigin;
import cn.lawfulinspection.task.TaskRequest;
import cn.lawfulinspection.task.QuietExemptionReason;
import cn.lawfulinspection.task.SurpriseReason;
import cn.lawfulinspection.task.TriggerReason;
import cn.lawfulinspection.task.UrgencyCategory;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads a task's process variables in the shapes Tasklist and the REST API send them: numbers as numbers or strings,
 * dates as {@code yyyy-MM-dd} strings or dates, lists as JSON arrays, collections or comma-separated text, enums by
 * name.
 */
final class TaskVariables {

  private TaskVariables() {}

  /** The registration request the start form (or revise-task) describes. */
  static TaskRequest request(VariableScope scope) {
    return new TaskRequest(
        string(scope, ENTERPRISE_CODE),
        enumValue(TaskOrigin.class, scope, ORIGIN),
        null,
        string(scope, PLAN_NUMBER),
        integer(scope, PLAN_VERSION, null),
        enumValue(TriggerReason.class, scope, TRIGGER_REASON),
        string(scope, TRIGGER_DESCRIPTION),
        enumValue(InspectionKind.class, scope, KIND),
        list(scope.getVariable(ITEM_CODES)),
        list(scope.getVariable(INSPECTORS)),
        date(scope, WINDOW_START, null),
        date(scope, WINDOW_END, null),
        bool(scope, EMERGENCY_FLAG),
        bool(scope, SURPRISE),
        enumValue(FrequencyChange.class, scope, FREQUENCY_CHANGE),
        string(scope, TRIGGER_RECORD),
        enumValue(UrgencyCategory.class, scope, URGENCY),
        string(scope, URGENCY_REASON),
        enumValue(SurpriseReason.class, scope, SURPRISE_REASON),
        string(scope, SURPRISE_REASON_TEXT),
        string(scope, OVER_INSPECTION_EXCEPTION),
        enumValue(QuietExemptionReason.class, scope, QUIET_EXEMPTION),
        string(scope, QUIET_EXEMPTION_TEXT));
  }
}
