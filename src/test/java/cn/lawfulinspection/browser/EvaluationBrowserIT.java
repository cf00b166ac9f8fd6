package cn.lawfulinspection.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.task.InspectedTasks;
import cn.lawfulinspection.task.InspectionTask;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The enterprise's side of the verification page on a phone (390x844): the notice (检查预告, R-NT-1), the evaluation
 * (评议, R-RS-3) through the follow-up link the enterprise received with the result, and the same page opened with the
 * inspector's inspection code, which explains that it cannot evaluate or report (R-IG-7). Screenshots:
 * docs/screenshots/verify-evaluation.png, verify-notice.png, verify-inspection-code-only.png.
 */
@IntegrationTest
class EvaluationBrowserIT {

  @LocalServerPort int port;
  @Autowired InspectedTasks inspected;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;

  Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.open(390, 844);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  String page(String code) {
    return "http://localhost:" + port + "/public/verify.html?c=" + code;
  }

  void submit() {
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    js.executeScript("arguments[0].scrollIntoView({block: 'center'});",
        browser.visible(By.cssSelector("#evaluation-form button[type=submit]")));
    browser.driver().findElement(By.cssSelector("#evaluation-form button[type=submit]")).click();
  }

  @Test
  @DisplayName("R-RS-3 R-IG-7 through the follow-up link it received with the result, the enterprise rates 4 stars with a comment on its phone and sees 已评议; a second attempt is refused in Chinese")
  void evaluateOnPhone() {
    // given the result went to the enterprise with its link; the enterprise has the page open in two tabs
    InspectedTasks.Told told = inspected.told();
    InspectionTask task = told.task();
    String code = told.followUpCode();
    browser.get(page(code));
    browser.visible(By.id("genuine"));
    assertThat(browser.visible(By.id("page-title")).getText()).isEqualTo("行政检查 · 检查结果告知");
    browser.visible(By.id("evaluation-form"));
    String first = browser.driver().getWindowHandle();
    browser.driver().switchTo().newWindow(WindowType.TAB);
    browser.get(page(code));
    browser.visible(By.id("evaluation-form"));
    // R-NT-3: the complaint inspection was noticed too (no kind skips the notice by itself)
    assertThat(browser.visible(By.id("notice")).getText()).contains("检查预告").doesNotContain("不适用检查预告");

    // when it chooses 4 stars, writes a comment and submits
    browser.visible(By.cssSelector("label[for=score-4]")).click();
    browser.driver().findElement(By.id("evaluation-comment")).sendKeys("执法人员出示证件和检查码，检查规范、高效。");
    submit();

    // then the page shows 已评议 with the score, and the evaluation is stored once
    assertThat(browser.visible(By.id("evaluated")).getText()).contains("已评议", "4 星");
    assertThat(browser.bodyText()).contains("执法人员出示证件和检查码，检查规范、高效。");
    assertThat(browser.visibleElements(By.id("evaluation-form"))).isEmpty();
    assertThat(jdbc.queryForObject("select score from insp_evaluation where task_id = ?", Integer.class, task.id()))
        .isEqualTo(4);
    assertThat((Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
        "return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
    browser.fullPageScreenshot("verify-evaluation");

    // when it tries again from the other tab, the refusal is shown in Chinese and nothing changes
    browser.driver().switchTo().window(first);
    browser.visible(By.cssSelector("label[for=score-1]")).click();
    submit();
    assertThat(browser.visible(By.id("evaluation-problem")).getText()).isEqualTo("本次检查已评议，不能重复评议。");
    assertThat(jdbc.queryForObject("select count(*) from insp_evaluation where task_id = ?", Long.class, task.id()))
        .isOne();

    // and a reload shows the stored evaluation instead of the form
    browser.get(page(code));
    assertThat(browser.visible(By.id("evaluated")).getText()).contains("4 星");
  }

  @Test
  @DisplayName("R-NT-1 R-IG-7 before the inspection the inspection code's page shows the notice with items, legal basis and standards, and no evaluation form")
  void noticeBeforeInspection() {
    InspectionTask task = inspected.approvedWithNotice();

    browser.get(page(inspected.code(task)));

    String notice = browser.visible(By.cssSelector("#notice dl")).findElement(By.xpath("..")).getText();
    assertThat(notice).contains("检查预告", "发送时间", "检查方式", "联系人", "法定依据", "合规标准");
    task.items().forEach(i -> assertThat(notice).contains(i.name(), i.legalBasis()));
    assertThat(browser.visible(By.id("evaluation-follow-up-only")).getText()).contains("检查结果告知");
    assertThat(browser.visibleElements(By.id("evaluation-form"))).isEmpty();
    browser.fullPageScreenshot("verify-notice");
  }

  @Test
  @DisplayName("R-IG-7 opened with the inspector's code after the result, the page shows the result and the rectification asked for, but no evaluation or report form: it explains in Chinese that the enterprise uses its follow-up link")
  void inspectorsCodeOnlyReads() {
    // given 刘洋 backfilled a problem to rectify; the enterprise received its link, the inspector holds his code
    InspectedTasks.Shown shown = inspected.scannedIn();
    InspectionTask task = shown.task();
    inspected.backfill(task, LocalDate.now(clock).plusDays(10));

    // when the page is opened with the inspector's code
    browser.get(page(shown.code()));

    // then it verifies and reads, and says where the enterprise evaluates and reports
    browser.visible(By.id("genuine"));
    assertThat(browser.visible(By.id("page-title")).getText()).isEqualTo("行政检查 · 检查码核验");
    browser.waitForText("后厨未按规定分区存放生熟食品");
    assertThat(browser.visible(By.id("evaluation-follow-up-only")).getText())
        .contains("检查结果告知", "执法人员出示的检查码只用于核验检查任务", "不能用于评议");
    assertThat(browser.visible(By.id("rectification-follow-up-only")).getText())
        .contains("检查结果告知", "不能用于报告整改情况");
    assertThat(browser.visibleElements(By.id("evaluation-form"))).isEmpty();
    assertThat(browser.visibleElements(By.id("rectification-form"))).isEmpty();
    assertThat((Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
        "return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
    browser.fullPageScreenshot("verify-inspection-code-only");
    assertThat(jdbc.queryForObject("select count(*) from insp_evaluation where task_id = ?", Long.class, task.id()))
        .isZero();
  }

  @Test
  @DisplayName("R-IG-7 R-RS-4 through its follow-up link the enterprise reports its rectification on the phone; the form is gone and the report is shown")
  void followUpLinkReports() {
    InspectedTasks.Shown shown = inspected.scannedIn();
    InspectionTask task = shown.task();
    String followUp = inspected.backfill(task, LocalDate.now(clock).plusDays(10));

    browser.get(page(followUp));
    browser.visible(By.id("rectification-form"));
    assertThat(browser.visibleElements(By.id("rectification-follow-up-only"))).isEmpty();
    browser.driver().findElement(By.id("rectification-report")).sendKeys("已按规定分区存放生熟食品并张贴标识。");
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    js.executeScript("arguments[0].scrollIntoView({block: 'center'});",
        browser.visible(By.cssSelector("#rectification-form button[type=submit]")));
    browser.driver().findElement(By.cssSelector("#rectification-form button[type=submit]")).click();

    browser.waitForText("整改情况已提交，执法人员将核查。");
    assertThat(browser.visibleElements(By.id("rectification-form"))).isEmpty();
    assertThat(jdbc.queryForObject("select status from insp_rectification where task_id = ?", String.class,
        task.id())).isEqualTo("REPORTED");
  }
}
