package cn.lawfulinspection.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every Tasklist browser test starts from: a fresh desktop Chromium in Chinese ({@link Browser#open()}) and the
 * {@link Tasklist} steps on the platform's port, closed after each test.
 */
abstract class TasklistBrowserBase {

  @LocalServerPort int port;

  Browser browser;
  Tasklist tasklist;

  @BeforeEach
  void openBrowser() {
    browser = Browser.open();
    tasklist = new Tasklist(browser, port);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }
}
