package cn.lawfulinspection.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * R-SC-3 in a real browser at a phone-sized viewport (390x844): the enterprise opens the verification page of a
 * genuine inspection code and of a forged one. Screenshots: docs/screenshots/verify-genuine.png, verify-forged.png.
 */
@IntegrationTest
class InspectionCodeBrowserIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired InspectionTaskService tasks;

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

  long approvedTask() {
    return jdbc.queryForObject("select min(id) from insp_task where status = 'APPROVED'", Long.class);
  }

  /** The code as 刘洋 gets it from {@code /api/tasks/{id}/inspection-code}. */
  String code(long taskId) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/tasks/" + taskId + "/inspection-code"))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                "liuyang:demo".getBytes(StandardCharsets.UTF_8)))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new ObjectMapper().readTree(response.body()).path("code").asText();
  }

  @Test
  @DisplayName("R-SC-3 a genuine code on a phone shows the task, the inspectors with certificate numbers, the items and the rights")
  void genuine() throws Exception {
    long id = approvedTask();
    InspectionTask task = tasks.get(id);

    browser.get("http://localhost:" + port + "/public/verify.html?c=" + code(id));

    browser.visible(By.id("genuine"));
    String page = browser.bodyText();
    assertThat(page).contains("检查任务真实有效", task.taskNumber(), "市场监督管理局", task.enterpriseName(),
        "陈述权", "申辩权", "救济权", "行政复议", "行政诉讼");
    task.inspectors().forEach(i -> assertThat(page).contains(i.name(), i.certificateNumber()));
    task.items().forEach(i -> assertThat(page).contains(i.name(), i.legalBasis()));
    assertThat(browser.visibleElements(By.id("refused"))).isEmpty();
    // nothing wider than the phone: no sideways scrolling
    assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
        "return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
    browser.fullPageScreenshot("verify-genuine");
  }

  @Test
  @DisplayName("R-SC-3 a forged code on a phone shows a red refusal card and no task data")
  void forged() throws Exception {
    long id = approvedTask();
    InspectionTask task = tasks.get(id);
    String genuine = code(id);
    char c = genuine.charAt(genuine.length() - 3);
    String forged = genuine.substring(0, genuine.length() - 3) + (c == 'x' ? 'y' : 'x') + genuine.substring(genuine.length() - 2);

    browser.get("http://localhost:" + port + "/public/verify.html?c=" + forged);

    browser.visible(By.id("refused"));
    String page = browser.bodyText();
    assertThat(page).contains("检查码无效", "伪造或篡改");
    assertThat(page).doesNotContain(task.taskNumber()).doesNotContain(task.enterpriseName())
        .doesNotContain(task.inspectors().get(0).certificateNumber());
    assertThat(browser.visibleElements(By.id("genuine"))).isEmpty();
    String border = browser.driver().findElement(By.id("refused")).getCssValue("border-top-color");
    assertThat(border).isIn("rgba(180, 35, 24, 1)", "rgb(180, 35, 24)");
    browser.fullPageScreenshot("verify-forged");
  }
}
