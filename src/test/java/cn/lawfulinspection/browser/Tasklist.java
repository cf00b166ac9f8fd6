package cn.lawfulinspection.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The steps a person takes in the Chinese Camunda Tasklist, for browser tests: open a task, claim, choose, complete. */
final class Tasklist {

  private final Browser browser;
  private final int port;

  Tasklist(Browser browser, int port) {
    this.browser = browser;
    this.port = port;
  }

  /** Logs in as {@code user} (password {@code demo}) on Tasklist's start page. */
  void signIn(String user) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    browser.signIn(user, "demo");
  }

  /** Logs in as {@code user} (password {@code demo}) and opens the task. */
  void open(String user, String taskId) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
    browser.signIn(user, "demo");
    // after the login Tasklist keeps the task of the address open
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
  }

  /** Starts the process with this name from 启动流程: opens the dialog, picks the process, shows its start form. */
  void openStartForm(String processName) {
    browser.visible(By.xpath("//*[self::a or self::button][normalize-space()='启动流程']")).click();
    browser.visible(By.xpath("//a[normalize-space()='" + processName + "']")).click();
  }

  /** Submits the start form shown by {@link #openStartForm} and waits for Tasklist's confirmation. */
  void start() {
    WebElement button = browser.visible(By.xpath("//button[normalize-space()='启动']"));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> button.isEnabled());
    button.click();
    browser.waitForText("流程已启动");
  }

  /**
   * Opens the task Tasklist offers after a start or a completion (您在同一流程中还被分配了以下任务) from its notice, then
   * closes the notices: they lie over the lower right corner of the page, where 完成 is.
   */
  void openOfferedTask(String taskName) {
    browser.visible(By.xpath("//*[@notifications-panel]//a[normalize-space()='" + taskName + "']")).click();
    browser.waitForText(taskName);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> {
      browser.visibleElements(By.cssSelector("[notifications-panel] .close")).forEach(WebElement::click);
      return browser.visibleElements(By.cssSelector("[notifications-panel] .alert")).isEmpty();
    });
  }

  /** Scrolls the form until the field with this label is in the middle of the window. */
  void scrollToLabel(String label) {
    scrollTo(browser.visible(By.xpath("//label[normalize-space()='" + label + "']")));
  }

  /** Types into the input of the form field with this label (a text field, or a date as the date picker shows it). */
  void type(String label, String text) {
    WebElement input = browser.visible(By.xpath("//label[normalize-space()='" + label + "']/following::*[self::input or self::textarea][1]"));
    scrollTo(input);
    input.clear();
    input.sendKeys(text);
  }

  /**
   * Types a date into a date field in the format the field shows as its placeholder (form-js asks the browser's
   * default locale, which the platform's {@code scripts/form-dates.js} answers with {@code yyyy-mm-dd}, and
   * {@code scripts/form-texts.js} shows as {@code 年-月-日}); returns the placeholder.
   */
  String typeDate(String label, java.time.LocalDate day) {
    WebElement input = browser.visible(By.xpath("//label[normalize-space()='" + label + "']/following::input[1]"));
    String placeholder = input.getDomAttribute("placeholder");
    type(label, placeholder.replace("年", "yyyy").replace("月", "mm").replace("日", "dd")
        .replace("yyyy", String.valueOf(day.getYear()))
        .replace("mm", String.format("%02d", day.getMonthValue()))
        .replace("dd", String.format("%02d", day.getDayOfMonth())));
    return placeholder;
  }

  /** Waits until a read-only field shows the text: they are textareas, their text is their value, not page text. */
  void waitForFieldShowing(String text, String screenshotOnFailure) {
    try {
      new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> d.findElements(By.tagName("textarea"))
          .stream().anyMatch(area -> String.valueOf(area.getDomProperty("value")).contains(text)));
    } catch (RuntimeException e) {
      browser.screenshot(screenshotOnFailure);
      throw e;
    }
  }

  /** Claims the open task, which must be offered to a group: waits until Tasklist shows 认领, then until it is done. */
  void claim() {
    browser.visible(By.xpath("//*[self::a or self::button][normalize-space()='认领']")).click();
    browser.visible(By.xpath("//*[self::a or self::button][contains(normalize-space(),'取消认领') or contains(@class,'unclaim')]"));
  }

  void claimIfOffered() {
    List<WebElement> claim = browser.visibleElements(By.cssSelector("[cam-tasklist-task] .claim, button.claim, a.claim"));
    if (claim.isEmpty()) {
      claim = browser.visibleElements(By.xpath("//*[self::a or self::button][normalize-space()='认领']"));
    }
    if (!claim.isEmpty()) {
      claim.get(0).click();
      browser.visible(By.xpath("//*[self::a or self::button][contains(normalize-space(),'取消认领') or contains(@class,'unclaim')]"));
    }
  }

  /** Chooses the radio or checklist option with this label. */
  void choose(String label) {
    WebElement option = browser.visible(By.xpath("//label[normalize-space()='" + label + "']"));
    scrollTo(option);
    option.click();
  }

  /** The text of the first visible radio or checklist option starting with the prefix, e.g. an inspector "刘洋（". */
  String optionStartingWith(String prefix) {
    return browser.visibleElements(By.xpath("//label[starts-with(normalize-space(),'" + prefix
        + "')]")).get(0).getText().strip();
  }

  /**
   * Submits the open task with the form's own button (e.g. 提交回填结果: form-js checks the fields, then Tasklist
   * completes the task) and waits until Tasklist has closed it.
   */
  void submitWithFormButton(String text) {
    WebElement button = browser.visible(By.xpath("//button[normalize-space()='" + text + "']"));
    scrollTo(button);
    button.click();
    browser.waitForText("请在列表中选择一个任务");
  }

  /**
   * Fills 填写检查任务 by choosing, once its search has found the enterprise: a complaint (触发式检查 · 投诉举报) with
   * this description, 临时检查, the item SCJG-001, the inspectors 刘洋 and 王芳, from {@code day} to {@code day}; leaves
   * the items in view. Returns the date fields' placeholder.
   */
  String fillComplaint(String enterpriseLabel, String recordLabelStart, java.time.LocalDate day) {
    choose(enterpriseLabel);
    choose("触发式检查");
    choose(optionStartingWith(recordLabelStart)); // R-TK-10: the complaint record, chosen from the list
    choose("临时检查");
    choose(browser.visibleElements(By.xpath("//label[contains(normalize-space(),'（SCJG-001）')]")).get(0)
        .getText().strip());
    choose(optionStartingWith("刘洋（"));
    choose(optionStartingWith("王芳（"));
    String placeholder = typeDate("检查开始日期（必填）", day);
    typeDate("检查结束日期（必填）", day);
    browser.driver().findElement(By.tagName("h2")).click(); // closes the date picker
    scrollToLabel("检查事项（至少选一项）");
    return placeholder;
  }

  /**
   * Decides the open task as a head does: claims it if Tasklist offers that, chooses the option (e.g. 同意), saves a
   * screenshot under {@code screenshot} and completes it.
   */
  void decide(String option, String screenshot) {
    claimIfOffered();
    choose(option);
    browser.screenshot(screenshot);
    complete();
  }

  /** Completes the open task and waits until Tasklist has closed it. */
  void complete() {
    WebElement button = browser.visible(By.xpath("//button[normalize-space()='完成']"));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> button.isEnabled());
    scrollTo(button);
    button.click();
    browser.waitForText("请在列表中选择一个任务");
  }

  void logOut() {
    browser.driver().manage().deleteAllCookies();
  }

  private void scrollTo(WebElement element) {
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }
}
