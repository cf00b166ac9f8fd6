package cn.lawfulinspection.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.enterprise.EnterpriseService;
import cn.lawfulinspection.qr.CodeKind;
import cn.lawfulinspection.qr.CodePayload;
import cn.lawfulinspection.qr.SignedCode;
import cn.lawfulinspection.support.FreshEnterprises;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.support.TriggerRecordsForTests;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.process.HeadApprovalProcessIds;
import cn.lawfulinspection.task.process.InspectionTaskProcessIds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * R-SC-1 in a real browser at a phone-sized viewport (390x844): 刘洋 opens the scan page of the enterprise's code,
 * logs in on the page, sees his approved task of today and confirms the scan-in; the phone's position goes with it
 * when the phone gives one (R-IG-7, emulated through Chrome DevTools), and the scan goes on without it when refused.
 * Screenshots: docs/screenshots/scan-in.png (before), scan-in-confirmed.png (after), scan-in-no-location.png.
 */
@IntegrationTest
class ScanInBrowserIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired TriggerRecordsForTests triggers;
  @Autowired SignedCode signer;
  @Autowired EnterpriseService enterprises;
  @Autowired FreshEnterprises freshEnterprises;
  @Autowired InspectionTaskService tasks;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
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

  /** liuyang registers a complaint task for today at a fresh enterprise and zhangwei approves it. */
  JsonNode approvedTaskToday(Enterprise enterprise) throws Exception {
    LocalDate today = LocalDate.now(clock);
    HttpResponse<String> created = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/tasks"))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                "liuyang:demo".getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(triggers.link("liuyang", """
                {"enterpriseCode":"%s","origin":"TRIGGERED","trigger":"COMPLAINT","triggerDescription":"投诉：后厨卫生差",
                 "kind":"AD_HOC","itemCodes":["SCJG-001"],"inspectors":["liuyang","wangfang"],
                 "windowStart":"%s","windowEnd":"%s"}""".formatted(enterprise.creditCode(), today, today)),
                StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode task = new ObjectMapper().readTree(created.body());
    Task approval = taskService.createTaskQuery().processInstanceBusinessKey(task.path("taskNumber").asText())
        .taskDefinitionKey(HeadApprovalProcessIds.APPROVE_TASK).singleResult();
    identityService.setAuthentication("zhangwei", List.of("head", "scjg", "scjgHead"));
    try {
      taskService.claim(approval.getId(), "zhangwei");
      taskService.complete(approval.getId(), Map.of(InspectionTaskProcessIds.APPROVAL_DECISION, "APPROVE"));
    } finally {
      identityService.clearAuthentication();
    }
    return task;
  }

  String origin() {
    return "http://localhost:" + port;
  }

  /** 刘洋 opens the scan page of the enterprise's code and logs in on it; waits for his task. */
  void openAndLogIn(Enterprise enterprise, JsonNode task) {
    String code = signer.sign(new CodePayload(CodeKind.ENTERPRISE, enterprise.creditCode(),
        clock.instant().plus(Duration.ofDays(30))));
    browser.get(origin() + "/public/scan.html?c=" + code);
    browser.visible(By.id("user")).sendKeys("liuyang");
    browser.driver().findElement(By.id("password")).sendKeys("demo");
    browser.driver().findElement(By.id("login-button")).click();
    browser.waitForText(task.path("taskNumber").asText());
  }

  @Test
  @DisplayName("R-SC-1 R-SC-4 R-IG-7 on a phone that gives its position the inspector logs in on the scan page, sees today's approved task and confirms the scan-in; the position is stored with it")
  void confirmOnPhone() throws Exception {
    Enterprise enterprise = freshEnterprises.fresh(CreditTier.D);
    JsonNode task = approvedTaskToday(enterprise);
    browser.locatedAt(origin(), 32.5119834, 120.1486121, 12);

    openAndLogIn(enterprise, task);

    assertThat(browser.bodyText()).contains(enterprise.name(), "市场监督管理局", "刘洋", "确认入企检查", "无法扫码");
    browser.waitForText("已获取手机位置（精度约 12 米）");
    browser.fullPageScreenshot("scan-in");
    browser.driver().findElement(By.cssSelector(".task button")).click();
    browser.waitForText("已确认入企检查");

    assertThat(browser.bodyText()).contains("已入企", "由 liuyang 扫码确认", "已记录手机位置");
    assertThat(browser.visibleElements(By.id("noscan"))).isEmpty();
    Map<String, Object> row = jdbc.queryForMap("select latitude, longitude, location_accuracy from insp_scan_in"
        + " where task_id = ?", task.path("id").asLong());
    assertThat(((Number) row.get("LATITUDE")).doubleValue()).isEqualTo(32.5119834);
    assertThat(((Number) row.get("LONGITUDE")).doubleValue()).isEqualTo(120.1486121);
    assertThat(((Number) row.get("LOCATION_ACCURACY")).doubleValue()).isEqualTo(12);
    assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
        "return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
    browser.fullPageScreenshot("scan-in-confirmed");
  }

  @Test
  @DisplayName("R-IG-7 on a phone that refuses its position the scan-in is not blocked: recorded without location, the page says so, supervision lists it")
  void confirmWithoutLocation() throws Exception {
    Enterprise enterprise = freshEnterprises.fresh(CreditTier.D);
    JsonNode task = approvedTaskToday(enterprise);
    browser.locationRefused(origin());

    openAndLogIn(enterprise, task);
    browser.waitForText("未允许本页面使用手机位置");
    browser.driver().findElement(By.cssSelector(".task button")).click();
    browser.waitForText("已确认入企检查");

    assertThat(browser.bodyText()).contains("已入企", "未记录手机位置");
    browser.fullPageScreenshot("scan-in-no-location");
    assertThat(jdbc.queryForObject("select count(*) from insp_scan_in where task_id = ? and latitude is null",
        Long.class, task.path("id").asLong())).isOne();
    HttpResponse<String> listed = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(origin() + "/api/supervision/scans-without-location?size=100"))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                "huangmin:demo".getBytes(StandardCharsets.UTF_8)))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(new ObjectMapper().readTree(listed.body()).path("items").findValuesAsText("taskNumber"))
        .contains(task.path("taskNumber").asText());
  }
}
