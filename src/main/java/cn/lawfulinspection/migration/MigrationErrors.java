package cn.lawfulinspection.migration;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlanValidationReport;

/** The engine's validation failures of a plan or an instance as lines an administrator reads, marked in Chinese. */
final class MigrationErrors {

  private MigrationErrors() {}

  static List<String> of(MigrationPlanValidationReport report) {
    List<String> errors = new ArrayList<>();
    for (MigrationInstructionValidationReport instruction : report.getInstructionReports()) {
      String mapping = instruction.getMigrationInstruction().getSourceActivityId() + " → "
          + instruction.getMigrationInstruction().getTargetActivityId();
      instruction.getFailures().forEach(f -> errors.add("迁移指令 " + mapping + " 无效：" + f));
    }
    report.getVariableReports().forEach((name, variable) ->
        variable.getFailures().forEach(f -> errors.add("变量 " + name + " 无效：" + f)));
    if (errors.isEmpty()) {
      errors.add("迁移计划无效。");
    }
    return errors;
  }

  static List<String> of(MigratingProcessInstanceValidationReport report) {
    List<String> errors = new ArrayList<>();
    report.getFailures().forEach(f -> errors.add("流程实例不能迁移：" + f));
    for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
      activity.getFailures().forEach(f -> errors.add("活动 " + activity.getSourceScopeId() + " 不能迁移：" + f));
    }
    for (MigratingTransitionInstanceValidationReport transition : report.getTransitionInstanceReports()) {
      transition.getFailures().forEach(f -> errors.add("异步继续的活动 " + transition.getSourceScopeId() + " 不能迁移：" + f));
    }
    if (errors.isEmpty()) {
      errors.add("流程实例不能迁移。");
    }
    return errors;
  }
}
