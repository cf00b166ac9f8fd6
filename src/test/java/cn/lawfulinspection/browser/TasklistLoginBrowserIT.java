package cn.lawfulinspection.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A Chinese browser (zh-CN) logs in to Tasklist and sees our Chinese UI without the Camunda 8 banner. */
@IntegrationTest
class TasklistLoginBrowserIT {

  private static final By USERNAME = Browser.SIGN_IN_USER;
  private static final By PASSWORD = Browser.SIGN_IN_PASSWORD;
  private static final By SIGN_IN = Browser.SIGN_IN_BUTTON;
  private static final By BRAND = By.cssSelector("[cam-widget-header] .navbar-brand .brand-name");
  private static final By CE_EOL_BANNER = By.cssSelector(".ce-eol-banner");

  @LocalServerPort
  int port;

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
  @DisplayName("a zh-CN browser logs in to Tasklist through the Chinese login form and sees the Chinese Tasklist")
  void logsInToChineseTasklist() {
    // given a Chinese browser on the Tasklist
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");

    // then the login form is in Chinese
    WebElement username = browser.visible(USERNAME);
    assertThat(browser.text(SIGN_IN, "登录").isDisplayed()).isTrue();
    assertThat(username.getAttribute("placeholder")).isEqualTo("用户名");
    assertThat(browser.driver().findElement(PASSWORD).getAttribute("placeholder")).isEqualTo("密码");
    assertThat(browser.driver().getTitle()).isEqualTo("规范涉企行政检查平台 任务列表");
    assertThat(browser.bodyText()).contains("任务列表").doesNotContain("Log in", "Username", "Password");
    assertNoCamunda8Banner();
    browser.screenshot("tasklist-login");

    // when the administrator logs in
    browser.signIn("admin", "demo");

    // then the Tasklist shows our product name and Chinese menus
    browser.waitForText("启动流程");
    assertThat(browser.visible(BRAND).getText()).isEqualTo("规范涉企行政检查平台 任务列表");
    assertThat(browser.driver().getTitle()).isEqualTo("规范涉企行政检查平台 任务列表");
    String page = browser.bodyText();
    assertThat(page).contains("启动流程", "新建任务", "请在列表中选择一个任务。");
    assertThat(page).doesNotContain("Start process", "Create task", "Log in", "Select a task");
    assertNoCamunda8Banner();
    browser.screenshot("tasklist-home");
  }

  @Test
  @DisplayName("a zh-CN browser logs in on the Welcome page and sees it in Chinese")
  void welcomePageInChinese() {
    // given a Chinese browser on the Welcome page
    browser.get("http://localhost:" + port + "/camunda/app/welcome/");
    browser.visible(USERNAME);
    browser.text(SIGN_IN, "登录");
    assertThat(browser.driver().getTitle()).isEqualTo("规范涉企行政检查平台 欢迎页");

    // when the administrator logs in
    browser.signIn("admin", "demo");

    // then the applications and the profile are offered in Chinese
    browser.waitForText("个人资料");
    assertThat(browser.bodyText()).contains("应用", "任务列表", "修改密码")
        .doesNotContain("Applications", "Profile", "Change password");
    assertNoCamunda8Banner();
    browser.screenshot("welcome-home");
  }

  @Test
  @DisplayName("an en-US browser still gets the Chinese Tasklist (inspection.webapps.locale defaults to zh)")
  void englishBrowserGetsChineseTasklist() {
    // given a browser whose language is English
    browser.close();
    browser = Browser.openWithLanguage("en-US");
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
    assertThat(((JavascriptExecutor) browser.driver()).executeScript("return navigator.languages[0]")).isEqualTo("en-US");

    // then the login form is in Chinese
    browser.text(SIGN_IN, "登录");
    assertThat(browser.driver().findElement(USERNAME).getAttribute("placeholder")).isEqualTo("用户名");

    // when an inspector logs in
    browser.signIn("liuyang", "demo");

    // then the Tasklist speaks Chinese, not English
    browser.waitForText("启动流程");
    assertThat(browser.bodyText()).contains("启动流程", "新建任务")
        .doesNotContain("Start process", "Create task", "Select a task", "Log in");
  }

  private void assertNoCamunda8Banner() {
    // the banner is in Camunda's header template (so this checks the hiding, not an absence)...
    assertThat(browser.driver().findElements(CE_EOL_BANNER)).as("Camunda's CE end-of-life banner in the DOM")
        .isNotEmpty();
    // ...and nobody sees it
    assertThat(browser.visibleElements(CE_EOL_BANNER)).isEmpty();
    assertThat(browser.bodyText()).doesNotContain("Camunda 8", "迁移到");
  }
}
