package cn.lawfulinspection.plan.process;

import static cn.lawfulinspection.common.process.ProcessValues.date;
import static cn.lawfulinspection.common.process.ProcessValues.integer;
import static cn.lawfulinspection.common.process.ProcessValues.list;
import static cn.lawfulinspection.common.process.ProcessValues.string;
import static cn.lawfulinspection.plan.process.InspectionPlanProcessIds.*;

import cn.lawfulinspection.plan.PlanContent;
import cn.lawfulinspection.plan.PlanType;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The plan's content as the fill-plan form (or the REST API) left it in the process variables; unreadable numbers
 * and dates are refused under R-PL-2.
 */
final class PlanVariables {

  private static final String R_PL_2 = "R-PL-2";

  private PlanVariables() {}

  static PlanContent content(VariableScope scope) {
    return new PlanContent(
        PlanType.parse(string(scope, PLAN_TYPE)).orElse(null),
        integer(scope, PLAN_YEAR, R_PL_2),
        string(scope, PLAN_TITLE),
        list(scope.getVariable(PLAN_ITEMS)),
        string(scope, INSPECTION_METHOD),
        string(scope, OBJECT_SCOPE),
        date(scope, WINDOW_START, R_PL_2),
        date(scope, WINDOW_END, R_PL_2),
        integer(scope, ANNUAL_CAP, R_PL_2),
        list(scope.getVariable(PARTNER_AGENCIES)),
        list(scope.getVariable(PARTNER_ITEMS)));
  }
}
