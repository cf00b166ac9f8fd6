package cn.lawfulinspection.browser;

import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.PROCESS_KEY;
import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.SEND_NOTICE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.notice.NoticeService;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.task.Channel;
import cn.lawfulinspection.task.InspectedTasks;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.RuleWarning;
import cn.lawfulinspection.task.TaskStatus;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R-TK-3 in a real browser: the head 张伟 approves an inspection task (审批检查方案) in the Chinese Tasklist, seeing the
 * task and the warnings its registration raised; the engine moves on to the notice (R-NT-1).
 * Screenshot: docs/screenshots/tasklist-task-approval.png.
 */
@IntegrationTest
class TaskApprovalBrowserIT extends TasklistBrowserBase {

  @Autowired InspectedTasks inspected;
  @Autowired InspectionTaskService tasks;
  @Autowired NoticeService notices;
  @Autowired HistoryService historyService;

  @Test
  @DisplayName("R-TK-3 R-TK-6 the head approves a task in Tasklist: the form shows the task and its warnings; the task is approved and its notice sent")
  void headApprovesTask() {
    // given 刘洋 registered a planned task that lowers a C/D enterprise's frequency (warning R-TK-6)
    InspectionTask task = inspected.awaitingApproval(inspected.plannedLoweringFrequency());
    Task approval = inspected.approvalOf(task);
    assertThat(task.warnings()).extracting(RuleWarning::ruleId).contains("R-TK-6");

    // when 张伟 opens 审批检查方案 in the Chinese Tasklist, reads it and approves
    tasklist.open("zhangwei", approval.getId());
    browser.waitForText("审批检查方案");
    tasklist.waitForFieldShowing(task.taskNumber(), "failed-task-approval");
    tasklist.waitForFieldShowing("【R-TK-6】", "failed-task-approval");
    tasklist.waitForFieldShowing(task.enterpriseName(), "failed-task-approval");
    assertThat(browser.bodyText()).contains("规则预警", "检查方案", "审批意见", "同意", "退回", "不予批准");
    tasklist.decide("同意", "tasklist-task-approval");

    // then the task is approved by 张伟 and the spine has sent the notice
    InspectionTask now = tasks.get(task.id());
    assertThat(now.status()).isEqualTo(TaskStatus.APPROVED);
    assertThat(now.decidedBy()).isEqualTo("zhangwei");
    assertThat(notices.of(task.id())).isPresent();
    String spine = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(task.taskNumber())
        .processDefinitionKey(PROCESS_KEY).singleResult().getId();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(spine).activityId(SEND_NOTICE)
        .finished().count()).isOne();
    assertThat(now.trace()).extracting(InspectionTask.TraceEntry::action).contains("HEAD_APPROVED", "NOTICE_SENT");
    assertThat(now.trace()).filteredOn(t -> t.action().equals("HEAD_APPROVED"))
        .extracting(InspectionTask.TraceEntry::channel).containsExactly(Channel.TASKLIST);
  }
}
