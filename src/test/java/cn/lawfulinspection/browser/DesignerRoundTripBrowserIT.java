package cn.lawfulinspection.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.support.Api;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.support.Modeler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A process designer's round trip as the designers' page (docs/designers.md) walks it, with its screenshots: a
 * registration waits in Tasklist at 填写检查任务; the designer deploys a changed 登记检查任务 the way Camunda Modeler does
 * (only the {@code .bpmn}); a broken variant is refused with its Chinese reason; the administrator migrates the
 * waiting registration to the new version after a dry run; Cockpit shows the new version with the instance on it, and
 * the clerk's form in Tasklist still opens with its lists. Screenshots: docs/screenshots/designer-*.png.
 */
@IntegrationTest
class DesignerRoundTripBrowserIT extends TasklistBrowserBase {

  static final String PROCESS = "TaskRegistrationProcess";

  @Autowired RepositoryService repository;
  @Autowired TaskService taskService;
  final ObjectMapper json = new ObjectMapper();

  @Test
  @DisplayName("R-IG-4 a designer's changed model deployed as Modeler does, a broken one refused in Chinese, a waiting registration migrated: Cockpit shows the new version, Tasklist still opens the form with its lists")
  void roundTrip() throws Exception {
    Api api = new Api(port);
    // given: 刘洋 has a registration open at 填写检查任务 on the bundled version
    HttpResponse<String> started = api.call("liuyang", "POST", "/engine-rest/process-definition/key/" + PROCESS
        + "/submit-form", "{\"variables\":{\"enterpriseKeyword\":{\"value\":\"饭店\"}}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String instance = json.readTree(started.body()).path("id").asText();
    String bundled = Files.readString(Path.of("bpmn", PROCESS + ".bpmn"), StandardCharsets.UTF_8);

    // when: the designer deploys a broken variant (a form that does not exist), then a sound change
    String broken = bundled.replace("camunda:formRef=\"fill-task\"", "camunda:formRef=\"fill-task-v2\"");
    HttpResponse<String> refused = new Modeler(port).deploy("admin", PROCESS, broken);
    String changed = bundled.replaceFirst("(<bpmn:userTask id=\"UserTask_FillTask\"[^>]*>\\s*<bpmn:documentation>)",
        "$1设计人员修改：补充填写说明。");
    HttpResponse<String> deployed = new Modeler(port).deploy("admin", PROCESS, changed);

    // then: the broken one is refused, naming the form; the sound one is the latest version
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(json.readTree(refused.body()).path("detail").asText()).contains("模型部署已拒绝", "fill-task-v2");
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS)
        .latestVersion().singleResult();
    assertThat(latest.getDeploymentId()).isEqualTo(json.readTree(deployed.body()).path("id").asText());

    // when: the administrator migrates the waiting registration after a dry run
    String ids = "{\"processInstanceIds\":[\"" + instance + "\"]}";
    HttpResponse<String> dryRun = api.call("admin", "POST", "/api/admin/process-migrations/dry-run", ids);
    assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
    HttpResponse<String> migrated = api.call("admin", "POST", "/api/admin/process-migrations", ids);
    assertThat(migrated.statusCode()).as(migrated.body()).isEqualTo(200);
    Task fill = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(fill.getProcessDefinitionId()).isEqualTo(latest.getId());

    // then: Cockpit shows the designer's version with the migrated instance on it
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-definition/" + latest.getId()
        + "/runtime");
    browser.signIn("admin", "demo");
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-definition/" + latest.getId()
        + "/runtime");
    browser.waitForText("登记检查任务");
    browser.waitForText(instance);
    browser.screenshot("designer-1-cockpit-new-version");

    // then: the clerk's form opens on the new version with the lists loaded before the migration
    Browser clerk = Browser.open();
    try {
      Tasklist tasklist = new Tasklist(clerk, port);
      tasklist.open("liuyang", fill.getId());
      clerk.waitForText("填写检查任务");
      clerk.visible(By.xpath("//label[normalize-space()='被检查企业（必选）']"));
      clerk.screenshot("designer-2-tasklist-after-migration");
    } finally {
      clerk.close();
    }

    // then: supervision reads who deployed what, the refusal included
    JsonNode records = json.readTree(api.call("huangmin", "GET", "/api/supervision/model-deployments?limit=5", null)
        .body());
    assertThat(records.toString()).contains("REFUSED", "fill-task-v2", "DEPLOYED");
  }
}
