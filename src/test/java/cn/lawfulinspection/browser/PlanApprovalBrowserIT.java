package cn.lawfulinspection.browser;

import cn.lawfulinspection.identity.RunAs;
import static cn.lawfulinspection.plan.process.InspectionPlanProcessIds.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.item.InspectionItem;
import cn.lawfulinspection.item.ItemService;
import cn.lawfulinspection.support.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R-PL-3 and R-PL-4 in a real browser: the head approves an uploaded plan in the Chinese Tasklist, the justice bureau
 * files it there, and the plan appears on the public listing.
 */
@IntegrationTest
class PlanApprovalBrowserIT extends TasklistBrowserBase {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired RunAs runAs;
  @Autowired ItemService items;
  @Autowired Clock clock;

  @Test
  @DisplayName("R-PL-3 R-PL-4 the head approves a plan in Tasklist, the justice bureau files it, the public listing shows it")
  void headApprovesAndJusticeBureauFiles() {
    // given an inspector of 市场监督管理局 has uploaded a special plan
    String title = "浏览器测试：" + LocalDate.now(clock).getYear() + " 年春节前食品安全专项检查计划";
    String processInstanceId = uploadPlan("liuyang", title);
    Task approval = task(processInstanceId, APPROVE_PLAN);

    // when the head opens the approval task in the Chinese Tasklist and approves it
    tasklist.open("zhangwei", approval.getId());
    browser.waitForText("审批检查计划");
    tasklist.waitForFieldShowing(title, "failed-plan-approval");
    assertThat(browser.bodyText()).contains("审批意见", "同意", "退回", "计划内容");
    tasklist.decide("同意", "tasklist-plan-approval");

    // then the plan waits for filing with the justice bureau
    Task filing = task(processInstanceId, FILE_PLAN);
    assertThat(filing).isNotNull();

    // when the justice bureau files it in Tasklist
    tasklist.logOut();
    tasklist.open("huangmin", filing.getId());
    browser.waitForText("备案检查计划");
    tasklist.waitForFieldShowing(title, "failed-plan-approval");
    tasklist.claimIfOffered();
    tasklist.choose("予以备案");
    browser.screenshot("tasklist-plan-filing");
    tasklist.complete();

    // then the process has ended published and the public listing shows the plan
    waitUntil(() -> historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
        .finished().count() == 1);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
        .activityId(PLAN_PUBLISHED).count()).isEqualTo(1);
    browser.get("http://localhost:" + port + "/public/plans.html");
    browser.waitForText(title);
    assertThat(browser.bodyText()).contains("市场监督管理局");
    browser.screenshot("public-plans");
  }

  private String uploadPlan(String inspector, String title) {
    int year = LocalDate.now(clock).getYear();
    List<String> codes = items.usableItemsOf("scjg").stream().map(InspectionItem::code).limit(2).toList();
    String pi = runAs.as(inspector, () -> runtimeService.startProcessInstanceByKey(PROCESS_KEY,
        Map.of(PLAN_TYPE, "SPECIAL", PLAN_YEAR, year, PLAN_TITLE, title)).getId());
    Map<String, Object> fill = new HashMap<>();
    fill.put(PLAN_ITEMS, SpinValues.jsonValue(Spin.JSON(codes)).create());
    fill.put(INSPECTION_METHOD, "现场检查");
    fill.put(OBJECT_SCOPE, "辖区内大型商超、农贸市场");
    fill.put(WINDOW_START, LocalDate.of(year, 12, 1).toString());
    fill.put(WINDOW_END, LocalDate.of(year, 12, 31).toString());
    fill.put(ANNUAL_CAP, 1);
    Task fillTask = task(pi, FILL_PLAN);
    runAs.as(inspector, () -> {
      taskService.complete(fillTask.getId(), Variables.fromMap(fill));
      return null;
    });
    return pi;
  }

  private Task task(String processInstanceId, String key) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult();
  }

  private static void waitUntil(Supplier<Boolean> condition) {
    Browser.waitFor(() -> condition.get() ? Boolean.TRUE : null);
  }

}
