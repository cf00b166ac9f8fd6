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

  /** Logs in as {@code user} (password {@code demo}) and opens the task. */
  void open(String user, String taskId) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
    browser.signIn(user, "demo");
    // after the login Tasklist keeps the task of the address open
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
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

  /** Chooses the radio option with this label. */
  void choose(String label) {
    WebElement option = browser.visible(By.xpath("//label[normalize-space()='" + label + "']"));
    scrollTo(option);
    option.click();
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
