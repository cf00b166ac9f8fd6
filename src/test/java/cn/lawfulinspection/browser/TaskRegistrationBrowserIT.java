package cn.lawfulinspection.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.support.FreshEnterprises;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.TaskStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import cn.lawfulinspection.support.TriggerRecordsForTests;
import cn.lawfulinspection.task.TriggerReason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Registering an inspection task in the Chinese Tasklist by choosing (登记检查任务): 刘洋 starts the process from 启动流程,
 * finds nothing with his first keyword, searches again by the enterprise's name, then chooses the enterprise, origin, trigger, kind, items and
 * inspectors from the lists the platform loaded; only the keywords, the description and the dates are typed.
 * Screenshots: docs/screenshots/tasklist-register-start.png, tasklist-register-search-again.png,
 * tasklist-register-fill.png.
 */
@IntegrationTest
class TaskRegistrationBrowserIT extends TasklistBrowserBase {

  @Autowired FreshEnterprises enterprises;
  @Autowired InspectionTaskService tasks;
  @Autowired Clock clock;
  @Autowired TriggerRecordsForTests triggers;

  @Test
  @DisplayName("R-IG-2 R-IG-3 R-MD-1 R-MD-3 liuyang registers an inspection task in Tasklist by searching and choosing from lists")
  void registerByChoosing() {
    Enterprise enterprise = enterprises.fresh(CreditTier.D);
    // R-TK-10: the complaint record (12345) the clerk will choose
    String complaint = triggers.open("liuyang", enterprise.creditCode(), TriggerReason.COMPLAINT);
    LocalDate day = LocalDate.now(clock).plusDays(1);

    // 启动流程 → 登记检查任务: the start form asks for a keyword only
    tasklist.signIn("liuyang");
    tasklist.openStartForm("登记检查任务");
    tasklist.type("企业名称或统一社会信用代码关键字", "没有这样的企业");
    browser.screenshot("tasklist-register-start");
    tasklist.start();

    // nothing matches: 填写检查任务 says so and opens ready for a new search, the registration fields hidden
    tasklist.openOfferedTask("填写检查任务");
    browser.waitForText("未找到与关键字“没有这样的企业”匹配的企业");
    assertThat(browser.bodyText()).contains("重新搜索企业").doesNotContain("被检查企业（必选）", "检查事项（至少选一项）");
    tasklist.type("企业名称或统一社会信用代码关键字", enterprise.name());
    browser.screenshot("tasklist-register-search-again");
    tasklist.complete();

    // the new search found it: everything but the description and the dates is chosen
    tasklist.openOfferedTask("填写检查任务");
    String enterpriseLabel = enterprise.name() + "（" + enterprise.creditCode() + "）";
    browser.waitForText(enterpriseLabel);
    String page = browser.bodyText();
    assertThat(page).contains("刘洋（", "依据：《中华人民共和国食品安全法》").doesNotContain("孙丽", "YJGL-");
    // the default profile lists no stated quiet-period situation (only Yunhe's does): the field is not shown
    assertThat(page).doesNotContain("安静期例外情形");
    // dates read 年-月-日 although headless Chromium's own regional format is mm/dd/yyyy
    assertThat(tasklist.fillComplaint(enterpriseLabel, enterprise.name() + "：" + complaint, day)).isEqualTo("年-月-日");
    browser.screenshot("tasklist-register-fill");
    tasklist.complete();

    // the task is registered as liuyang with the chosen values and waits for the head's approval
    List<InspectionTask> registered = Browser.waitFor(() -> {
      List<InspectionTask> found = tasks.ofEnterprise(enterprise.creditCode(), null);
      return found.isEmpty() ? null : found;
    });
    InspectionTask task = registered.get(0);
    assertThat(task.registeredBy()).isEqualTo("liuyang");
    assertThat(task.status()).isEqualTo(TaskStatus.AWAITING_APPROVAL);
    assertThat(task.windowStart()).isEqualTo(day);
    assertThat(task.items()).extracting(InspectionTask.Item::code).containsExactly("SCJG-001");
    assertThat(task.inspectors()).hasSize(2);
  }
}
