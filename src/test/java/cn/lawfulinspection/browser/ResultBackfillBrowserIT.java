package cn.lawfulinspection.browser;

import static cn.lawfulinspection.task.process.HeadApprovalProcessIds.APPROVE_TASK;
import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.APPROVAL_DECISION;
import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.enterprise.EnterpriseService;
import cn.lawfulinspection.identity.RunAs;
import cn.lawfulinspection.inspectioncode.InspectionCodes;
import cn.lawfulinspection.qr.CodeKind;
import cn.lawfulinspection.qr.CodePayload;
import cn.lawfulinspection.qr.SignedCode;
import cn.lawfulinspection.result.ItemOutcome;
import cn.lawfulinspection.result.ResultService;
import cn.lawfulinspection.result.process.ResultBackfillProcessIds;
import cn.lawfulinspection.scanin.ScanInService;
import cn.lawfulinspection.support.FreshEnterprises;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.support.TriggerRecordsForTests;
import cn.lawfulinspection.task.InspectionKind;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.TaskOrigin;
import cn.lawfulinspection.task.TaskRequest;
import cn.lawfulinspection.task.TaskStatus;
import cn.lawfulinspection.task.TriggerReason;
import cn.lawfulinspection.task.process.TaskProcesses;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * R-RS-1 and R-RS-2 in a real browser: 刘洋 backfills the result in the Chinese Tasklist form (one group per item of
 * the task, the dynamic list of form-js) by choosing, then the enterprise reads it on the verification page.
 */
@IntegrationTest
class ResultBackfillBrowserIT {

  @LocalServerPort int port;
  @Autowired TaskProcesses processes;
  @Autowired TriggerRecordsForTests triggers;
  @Autowired TaskService taskService;
  @Autowired InspectionTaskService tasks;
  @Autowired EnterpriseService enterprises;
  @Autowired FreshEnterprises freshEnterprises;
  @Autowired ScanInService scanIns;
  @Autowired ResultService results;
  @Autowired InspectionCodes codes;
  @Autowired SignedCode signer;
  @Autowired RunAs runAs;
  @Autowired Clock clock;

  Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.open();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  @DisplayName("R-RS-1 R-RS-2 the inspector backfills three items in the Tasklist form by choosing, no English on the form; the enterprise reads the result by code")
  void backfillInTasklist() {
    // given an approved complaint task of today with three items, scanned in by 刘洋
    InspectionTask task = scannedInTask();
    Task backfill = taskService.createTaskQuery().processInstanceBusinessKey(task.taskNumber())
        .taskDefinitionKey(ResultBackfillProcessIds.BACKFILL_RESULT).singleResult();

    // when 刘洋 opens it in Tasklist: one group per item; compliant, not checked, a minor problem
    Tasklist tasklist = new Tasklist(browser, port);
    tasklist.open("liuyang", backfill.getId());
    browser.waitForText("逐项选择检查结论");
    try {
      new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> visibleLabels("合规").size() == 3);
    } catch (RuntimeException e) {
      dumpForm();
      throw e;
    }
    // form-js checks the rows when the form's button is pressed before any choice: its own messages, in Chinese
    // (scripts/form-texts.js), never its English ones
    click(browser.visible(By.xpath("//button[normalize-space()='提交回填结果']")));
    browser.waitForText("此项为必填项。");
    assertThat(browser.visible(By.cssSelector(".fjs-form")).getText()).doesNotContain("Field is required");
    click(visibleLabels("合规").get(0));
    click(visibleLabels("未检查").get(1));
    click(visibleLabels("发现问题").get(2));
    List<WebElement> findings;
    try {
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> findingsFields().size() == 2);
      findings = findingsFields();
    } catch (RuntimeException e) {
      dumpForm();
      throw e;
    }
    findings.get(0).sendKeys("锅炉房停用检修，无法检查");
    findings.get(1).sendKeys("广告中含有“最佳”等绝对化用语");
    click(browser.visible(By.xpath("//label[contains(normalize-space(),'轻微违法')]")));
    String deadline = LocalDate.now(clock).plusDays(15).toString();
    WebElement date = browser.visible(By.xpath("//label[contains(normalize-space(),'整改期限')]/following::input[1]"));
    click(date);
    LocalDate due = LocalDate.parse(deadline);
    // as the field shows it: 年-月-日 (scripts/form-dates.js), whatever the browser's regional format
    assertThat(date.getDomAttribute("placeholder")).isEqualTo("年-月-日");
    // the date picker's calendar, opened by the click, names months and weekdays in Chinese (scripts/form-texts.js)
    WebElement calendar = browser.visible(By.cssSelector(".flatpickr-calendar.open"));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> calendar.getText().contains("月"));
    assertThat(calendar.getText()).contains("一", "六").doesNotContainPattern(
        "January|February|March|April|May|June|July|August|September|October|November|December|Sun|Mon|Tue|Wed|Thu|Fri|Sat");
    browser.screenshot("tasklist-date-picker");
    date.sendKeys(deadline);
    date.sendKeys(org.openqa.selenium.Keys.TAB);

    // then the form speaks Chinese only: no Latin word but codes (items, rules)
    String formText = browser.visible(By.cssSelector(".fjs-form")).getText();
    assertThat(formText).contains("法定依据", "提交回填结果");
    assertThat(browser.visibleElements(By.cssSelector(".fjs-form input[type='text']"))).extracting(
        i -> i.getDomProperty("value")).contains("食品经营者落实食品安全主体责任情况", "SCJG-003", "广告发布合规情况");
    assertThat(formText.replaceAll("[A-Z]+(-[A-Z0-9]+)+", "")).doesNotContainPattern("[A-Za-z]");
    // the screenshot shows the second and third items as chosen
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'start'});",
        findings.get(0));
    browser.screenshot("tasklist-backfill-result");

    // when 刘洋 submits with the form's own button (it checks every row again, then Tasklist completes the task)
    click(browser.visible(By.xpath("//button[normalize-space()='提交回填结果']")));
    try {
      browser.waitForText("请在列表中选择一个任务");
    } catch (RuntimeException e) {
      dumpForm();
      throw e;
    }

    // then the result is stored per item and the task is rectifying
    assertThat(results.of(task.id())).hasValueSatisfying(r -> {
      assertThat(r.items()).extracting(i -> i.outcome())
          .containsExactly(ItemOutcome.COMPLIANT, ItemOutcome.NOT_CHECKED, ItemOutcome.PROBLEM_FOUND);
      assertThat(r.items().get(2).findings()).contains("绝对化用语");
      assertThat(r.items().get(2).minor()).isTrue();
      assertThat(r.rectificationDeadline()).isEqualTo(LocalDate.parse(deadline));
    });
    assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.RECTIFYING);

    // and the enterprise reads the result on the verification page
    String code = codes.issue(tasks.get(task.id()), "liuyang").code();
    browser.get("http://localhost:" + port + "/public/verify.html?c=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
    browser.waitForText("检查结果");
    browser.waitForText("绝对化用语");
    assertThat(browser.bodyText()).contains("发现问题", "前完成整改");
    browser.fullPageScreenshot("verify-result");
  }

  private List<WebElement> findingsFields() {
    return browser.visibleElements(By.xpath("//label[contains(normalize-space(),'发现的问题')]/following::textarea[1]"));
  }

  private InspectionTask scannedInTask() {
    Enterprise e = freshEnterprises.fresh(CreditTier.D);
    LocalDate today = LocalDate.now(clock);
    TaskRequest request = new TaskRequest(e.creditCode(), TaskOrigin.TRIGGERED, null, null, null,
        TriggerReason.COMPLAINT, "投诉：虚假宣传", InspectionKind.AD_HOC, List.of("SCJG-001", "SCJG-003", "SCJG-006"),
        List.of("liuyang", "wangfang"), today, today, false, false, null);
    InspectionTask task = runAs.as("liuyang", () -> processes.registerAndStart(triggers.link("liuyang", request)));
    Task approval = taskService.createTaskQuery().processInstanceBusinessKey(task.taskNumber())
        .taskDefinitionKey(APPROVE_TASK).singleResult();
    runAs.as("zhangwei", () -> {
      taskService.claim(approval.getId(), "zhangwei");
      taskService.complete(approval.getId(), Map.of(APPROVAL_DECISION, "APPROVE"));
    });
    scanIns.scanIn(signer.sign(new CodePayload(CodeKind.ENTERPRISE, e.creditCode(),
        clock.instant().plus(Duration.ofDays(1)))), task.id(), "liuyang", clock.instant(), "ResultBackfillBrowserIT");
    return task;
  }

  /** On a failure: a screenshot and the form's HTML in target/, to see which field is invalid. */
  private void dumpForm() {
    browser.screenshot("failed-backfill-result");
    Object html = ((JavascriptExecutor) browser.driver()).executeScript(
        "var f = document.querySelector('.fjs-form'); return f ? f.outerHTML : document.body.outerHTML;");
    try {
      java.nio.file.Files.writeString(java.nio.file.Path.of("target", "failed-backfill-result.html"),
          String.valueOf(html));
    } catch (java.io.IOException io) {
      throw new java.io.UncheckedIOException(io);
    }
  }

  private List<WebElement> visibleLabels(String text) {
    return browser.visibleElements(By.xpath("//label[normalize-space()='" + text + "']"));
  }

  private void click(WebElement element) {
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }
}
