package cn.lawfulinspection.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.inspectioncode.InspectionCodes;
import cn.lawfulinspection.qr.CodeKind;
import cn.lawfulinspection.qr.CodePayload;
import cn.lawfulinspection.qr.SignedCode;
import cn.lawfulinspection.result.ItemOutcome;
import cn.lawfulinspection.result.ResultService;
import cn.lawfulinspection.result.process.ResultBackfillProcessIds;
import cn.lawfulinspection.support.FreshEnterprises;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.task.InspectedTasks;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.TaskStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import cn.lawfulinspection.support.TriggerRecordsForTests;
import cn.lawfulinspection.task.TriggerReason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One inspection walked through as the clerks do it, by choosing from lists only: 刘洋 registers a complaint
 * inspection for today in Tasklist (启动流程 → 登记检查任务), 张伟 approves it (审批检查方案 → 同意), 刘洋 scans in on his
 * phone at the enterprise (/public/scan.html), backfills the result in Tasklist (回填检查结果) and the enterprise reads
 * it on the verification page. A complaint (触发式检查) needs no notice ahead, so it can be inspected the same day.
 * Screenshots: docs/screenshots/walkthrough-1-register.png to walkthrough-6-verify.png (README, "Walk one inspection
 * through").
 */
@IntegrationTest
class InspectionInTasklistBrowserIT extends TasklistBrowserBase {

  @Autowired FreshEnterprises enterprises;
  @Autowired InspectionTaskService tasks;
  @Autowired InspectedTasks inspected;
  @Autowired TaskService taskService;
  @Autowired ResultService results;
  @Autowired InspectionCodes codes;
  @Autowired SignedCode signer;
  @Autowired Clock clock;
  @Autowired TriggerRecordsForTests triggers;

  @Test
  @DisplayName("R-TK-3 R-SC-1 R-RS-1 R-RS-2 an inspection walked through Tasklist and the phone pages by choosing: registered, approved, scanned in, backfilled, read by the enterprise")
  void walkThrough() {
    Enterprise enterprise = enterprises.fresh(CreditTier.D);
    // R-TK-10: the complaint record (12345) the clerk will choose
    String complaint = triggers.open("liuyang", enterprise.creditCode(), TriggerReason.COMPLAINT);
    LocalDate today = LocalDate.now(clock);
    String name = enterprise.name();
    String fragment = name.substring(3, Math.min(name.length(), 7));

    // 1. 刘洋 registers: searches the enterprise by a part of its name, then chooses everything from lists
    tasklist.signIn("liuyang");
    tasklist.openStartForm("登记检查任务");
    tasklist.type("企业名称或统一社会信用代码关键字", fragment);
    tasklist.start();
    tasklist.openOfferedTask("填写检查任务");
    String enterpriseLabel = name + "（" + enterprise.creditCode() + "）";
    browser.waitForText(enterpriseLabel);
    assertThat(browser.bodyText()).contains("被检查企业（必选）", "任务来源（必选）", "依据：《中华人民共和国食品安全法》");
    tasklist.fillComplaint(enterpriseLabel, enterprise.name() + "：" + complaint, today);
    browser.screenshot("walkthrough-1-register");
    tasklist.complete();
    InspectionTask task = Browser.waitFor(() -> tasks.ofEnterprise(enterprise.creditCode(), null).stream()
        .findFirst().orElse(null));
    assertThat(task.status()).isEqualTo(TaskStatus.AWAITING_APPROVAL);
    tasklist.logOut();

    // 2. 张伟 opens 审批检查方案, reads the task and approves it by choosing 同意
    tasklist.open("zhangwei", inspected.approvalOf(task).getId());
    browser.waitForText("审批检查方案");
    tasklist.waitForFieldShowing(task.taskNumber(), "failed-walkthrough-approval");
    tasklist.waitForFieldShowing(name, "failed-walkthrough-approval");
    assertThat(browser.bodyText()).contains("审批意见", "同意", "退回", "不予批准");
    tasklist.decide("同意", "walkthrough-2-approve");
    assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.APPROVED);
    tasklist.logOut();

    // 3. 刘洋 at the enterprise: his phone opens the scan page of the code on the enterprise's poster
    String origin = "http://localhost:" + port;
    String posterCode = signer.sign(new CodePayload(CodeKind.ENTERPRISE, enterprise.creditCode(),
        clock.instant().plus(Duration.ofDays(30))));
    try (Browser phone = Browser.open(390, 844)) {
      phone.locatedAt(origin, 32.5119834, 120.1486121, 12);
      phone.get(origin + "/public/scan.html?c=" + posterCode);
      phone.visible(By.id("user")).sendKeys("liuyang");
      phone.driver().findElement(By.id("password")).sendKeys("demo");
      phone.driver().findElement(By.id("login-button")).click();
      phone.waitForText(task.taskNumber());
      phone.waitForText("已获取手机位置");
      assertThat(phone.bodyText()).contains(name, "市场监督管理局", "确认入企检查");
      phone.fullPageScreenshot("walkthrough-3-scan-in");
      phone.driver().findElement(By.cssSelector(".task button")).click();
      phone.waitForText("已确认入企检查");
      assertThat(phone.bodyText()).contains("已入企", "由 liuyang 扫码确认");
      phone.fullPageScreenshot("walkthrough-4-scanned-in");
    }

    // 4. 刘洋 backfills in Tasklist: one row per item, the outcome chosen, sent with the form's own button
    Task backfill = Browser.waitFor(() -> taskService.createTaskQuery()
        .processInstanceBusinessKey(task.taskNumber())
        .taskDefinitionKey(ResultBackfillProcessIds.BACKFILL_RESULT).singleResult());
    tasklist.open("liuyang", backfill.getId());
    browser.waitForText("逐项选择检查结论");
    browser.visible(By.xpath("//label[normalize-space()='合规']"));
    assertThat(browser.visibleElements(By.xpath("//label[normalize-space()='合规']"))).hasSize(1);
    tasklist.choose("合规");
    browser.screenshot("walkthrough-5-backfill");
    tasklist.submitWithFormButton("提交回填结果");

    // 5. the enterprise reads the result on the verification page of the inspection code
    String code = codes.issue(tasks.get(task.id()), "liuyang").code();
    browser.get(origin + "/public/verify.html?c=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
    browser.waitForText("检查结果");
    browser.waitForText("食品经营者落实食品安全主体责任情况：合规");
    assertThat(browser.bodyText()).contains("检查任务真实有效", name, task.taskNumber(), "已办结");
    browser.fullPageScreenshot("walkthrough-6-verify");

    // the services agree with what the people saw
    InspectionTask done = tasks.get(task.id());
    assertThat(done.status()).isEqualTo(TaskStatus.CLOSED);
    assertThat(done.registeredBy()).isEqualTo("liuyang");
    assertThat(done.decidedBy()).isEqualTo("zhangwei");
    assertThat(done.windowStart()).isEqualTo(today);
    assertThat(done.items()).extracting(InspectionTask.Item::code).containsExactly("SCJG-001");
    assertThat(results.of(task.id())).hasValueSatisfying(r -> assertThat(r.items())
        .extracting(i -> i.outcome()).containsExactly(ItemOutcome.COMPLIANT));
    assertThat(done.trace()).extracting(InspectionTask.TraceEntry::action)
        .contains("HEAD_APPROVED");
  }
}
