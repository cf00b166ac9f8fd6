package cn.lawfulinspection.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.plan.InspectionPlan;
import cn.lawfulinspection.plan.PlanService;
import cn.lawfulinspection.plan.PlanStatus;
import cn.lawfulinspection.plan.PlanVersion;
import cn.lawfulinspection.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 刘洋 uploads a special plan in Tasklist as a clerk does (启动流程 → 检查计划上传与备案): the plan type chosen, then in
 * 填写检查计划 the items picked from the agency's usable list (a searchable tag list showing each item's legal basis), the
 * method from a list, the window in 年-月-日; nothing typed but the title, the scope and the numbers. The plan waits for
 * the head's approval with exactly the chosen items. Screenshots: docs/screenshots/tasklist-plan-start.png,
 * tasklist-plan-fill.png.
 */
@IntegrationTest
class PlanUploadBrowserIT extends TasklistBrowserBase {

  @Autowired PlanService plans;
  @Autowired Clock clock;

  @Test
  @DisplayName("R-PL-2 R-MD-3 liuyang uploads a special plan in Tasklist by choosing: items from the agency's usable list with their legal basis, the method from a list, dates in 年-月-日")
  void uploadPlanByChoosing() {
    LocalDate today = LocalDate.now(clock);
    int year = today.getYear() + 1;
    String title = "浏览器上传专项检查计划 " + System.nanoTime();

    // 启动流程 → 检查计划上传与备案: the type is chosen, the year and the title typed
    tasklist.signIn("liuyang");
    tasklist.openStartForm("检查计划上传与备案");
    tasklist.choose("专项检查");
    tasklist.type("计划标题*", title);
    tasklist.type("计划年度*", String.valueOf(year));
    browser.visible(By.xpath("//label[normalize-space()='计划年度*']/following::input[1]")).sendKeys(Keys.TAB);
    browser.screenshot("tasklist-plan-start");
    tasklist.start();

    // 填写检查计划: the items come from a list of the agency's usable items, shown with their legal basis
    tasklist.openOfferedTask("填写检查计划");
    browser.waitForText("检查事项");
    pickTag("SCJG-001");
    pickTag("SCJG-003");
    browser.driver().findElement(By.tagName("h2")).click(); // closes the tag list's dropdown
    WebElement method = browser.visible(By.xpath("//label[normalize-space()='检查方式*']/following::*[contains(@class,'fjs-select')][1]"));
    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
        "arguments[0].scrollIntoView({block: 'center'});", method);
    method.click();
    dropdownItem("现场检查与非现场检查相结合").click();
    tasklist.type("检查对象范围*", "辖区内大型商超和连锁餐饮门店");
    assertThat(tasklist.typeDate("检查时间范围（开始）*", LocalDate.of(year, 4, 1))).isEqualTo("年-月-日");
    tasklist.typeDate("检查时间范围（结束）*", LocalDate.of(year, 6, 30));
    browser.driver().findElement(By.tagName("h2")).click(); // closes the date picker
    tasklist.type("年度频次上限（每家企业）*", "1");
    tasklist.scrollToLabel("检查事项*");
    String form = browser.visible(By.cssSelector(".fjs-form")).getText();
    assertThat(form).contains("检查事项", "依据：《中华人民共和国食品安全法》").doesNotContain("Search", "Select", "No results");
    browser.screenshot("tasklist-plan-fill");
    tasklist.complete();

    // the plan waits for the head's approval with the chosen items, as liuyang's
    InspectionPlan plan = Browser.waitFor(() -> plans.list(year, "scjg", null).stream()
        .filter(p -> p.title().equals(title)).findFirst().orElse(null));
    PlanVersion version = plan.latestVersion();
    assertThat(version.status()).isEqualTo(PlanStatus.SUBMITTED);
    assertThat(version.items()).extracting(PlanVersion.PlanItem::code).containsExactlyInAnyOrder("SCJG-001", "SCJG-003");
    assertThat(version.method()).isEqualTo("现场检查与非现场检查相结合");
  }

  /** Opens the tag list of 检查事项, types part of an item's code and picks the offered item. */
  private void pickTag(String code) {
    tasklist.scrollToLabel("检查事项*");
    WebElement input = browser.visible(By.cssSelector(".fjs-taglist input"));
    input.click();
    input.sendKeys(code);
    WebElement item = dropdownItem(code);
    assertThat(item.getText()).contains("依据");
    item.click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.visibleElements(
        By.cssSelector(".fjs-taglist-tag")).stream().anyMatch(tag -> tag.getText().contains(code)));
  }

  private WebElement dropdownItem(String text) {
    List<WebElement> found = Browser.waitFor(() -> {
      List<WebElement> items = browser.visibleElements(By.xpath(
          "//*[contains(@class,'fjs-dropdownlist-item')][contains(normalize-space(),'" + text + "')]"));
      return items.isEmpty() ? null : items;
    });
    return found.get(0);
  }
}
