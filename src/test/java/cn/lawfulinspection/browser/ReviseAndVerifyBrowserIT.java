package cn.lawfulinspection.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.rectification.RectificationService;
import cn.lawfulinspection.rectification.process.FollowUpProcessIds;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.task.InspectedTasks;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.TaskStatus;
import cn.lawfulinspection.task.process.HeadApprovalProcessIds;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The forms after registration, filled in Chromium as the clerks do, by choosing: 张伟 returns a task (审批检查方案 →
 * 退回), 刘洋 revises it by ticking one more qualified inspector (修改检查任务); and, after an inspection found a problem
 * and the enterprise reported its rectification, 刘洋 verifies it (核查整改情况 → 整改到位) and the task is closed.
 * Screenshots: docs/screenshots/tasklist-revise-task.png, tasklist-verify-rectification.png.
 */
@IntegrationTest
class ReviseAndVerifyBrowserIT extends TasklistBrowserBase {

  @Autowired InspectedTasks inspected;
  @Autowired InspectionTaskService tasks;
  @Autowired RectificationService rectifications;
  @Autowired TaskService taskService;
  @Autowired Clock clock;

  @Test
  @DisplayName("R-TK-3 R-MD-1 R-IG-1 the head returns a task in Tasklist and the registrant revises it by ticking a qualified inspector; it waits for the head again")
  void returnAndRevise() {
    InspectionTask task = inspected.awaitingApproval(inspected.plannedLoweringFrequency());
    int inspectorsBefore = task.inspectors().size();

    // 张伟 returns it with a reason
    tasklist.open("zhangwei", inspected.approvalOf(task).getId());
    browser.waitForText("审批检查方案");
    tasklist.claim();
    tasklist.choose("退回");
    tasklist.type("理由*", "请增加一名执法人员，现场面积较大");
    tasklist.complete();
    Task revise = Browser.waitFor(() -> taskService.createTaskQuery().processInstanceBusinessKey(task.taskNumber())
        .taskDefinitionKey(HeadApprovalProcessIds.REVISE_TASK).singleResult());
    tasklist.logOut();

    // 刘洋 ticks one more of his agency's qualified inspectors: nothing typed
    tasklist.open("liuyang", revise.getId());
    browser.waitForText("修改检查任务");
    tasklist.scrollToLabel("执法人员（至少选两名）");
    List<WebElement> unticked = browser.visibleElements(By.xpath(
        "//label[normalize-space()='执法人员（至少选两名）']/following::input[@type='checkbox'][not(@checked)]"))
        .stream().filter(box -> !box.isSelected()).toList();
    assertThat(unticked).isNotEmpty();
    WebElement added = unticked.get(0);
    String addedLabel = added.findElement(By.xpath("./ancestor::label[1]")).getText().strip();
    tasklist.choose(addedLabel);
    tasklist.waitForFieldShowing("请增加一名执法人员", "tasklist-revise-task-failed");
    browser.screenshot("tasklist-revise-task");
    tasklist.complete();

    // the revised task waits for the head again, with the inspector added
    InspectionTask revised = Browser.waitFor(() -> {
      InspectionTask now = tasks.get(task.id());
      return now.status() == TaskStatus.AWAITING_APPROVAL && now.inspectors().size() > inspectorsBefore ? now : null;
    });
    assertThat(revised.inspectors()).hasSize(inspectorsBefore + 1);
    assertThat(revised.inspectors()).extracting(InspectionTask.AssignedInspector::name)
        .anySatisfy(name -> assertThat(addedLabel).startsWith(name));
  }

  @Test
  @DisplayName("R-RS-4 the inspector verifies a reported rectification in Tasklist by choosing 整改到位; the task is closed")
  void verifyRectification() {
    InspectionTask task = inspected.scannedIn().task();
    inspected.backfill(task, LocalDate.now(clock).plusDays(10));
    rectifications.report(task.id(), "已按要求分区存放生熟食品，并张贴标识。", List.of("整改照片"), "ReviseAndVerifyBrowserIT phone");
    Task verify = Browser.waitFor(() -> taskService.createTaskQuery().processInstanceBusinessKey(task.taskNumber())
        .taskDefinitionKey(FollowUpProcessIds.VERIFY_RECTIFICATION).singleResult());

    tasklist.open("liuyang", verify.getId());
    browser.waitForText("核查整改情况");
    tasklist.claim();
    tasklist.waitForFieldShowing("已按要求分区存放生熟食品", "tasklist-verify-rectification-failed");
    tasklist.choose("整改到位");
    tasklist.type("核查意见", "现场照片与整改报告一致");
    browser.screenshot("tasklist-verify-rectification");
    tasklist.complete();

    assertThat(Browser.waitFor(() -> tasks.get(task.id()).status() == TaskStatus.CLOSED ? Boolean.TRUE : null))
        .isTrue();
  }
}
