package cn.lawfulinspection.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.InspectionApplication;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded default keeps everything across a restart: the application is started twice on the same H2 file
 * database (as {@code ./mvnw spring-boot:run} does with {@code ./data}).
 */
class RestartIT {

  @TempDir Path dir;

  @Test
  @DisplayName("a restart on the H2 file database keeps the data and deploys no new definition versions")
  void restartKeepsDataAndVersions() {
    String url = "jdbc:h2:file:" + dir.resolve("inspection").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=20000";

    State first;
    try (ConfigurableApplicationContext app = start(url)) {
      IdentityService identity = app.getBean(IdentityService.class);
      User probe = identity.newUser("restartprobe");
      probe.setFirstName("重启测试");
      probe.setPassword("demo");
      identity.saveUser(probe);
      first = State.of(app);
    }

    State second;
    try (ConfigurableApplicationContext app = start(url)) {
      second = State.of(app);
      assertThat(app.getBean(IdentityService.class).createUserQuery().userId("restartprobe").count()).isEqualTo(1);
    }

    assertThat(first.definitions()).isNotEmpty();
    assertThat(second.definitions()).isEqualTo(first.definitions());
    assertThat(second.deployments()).isEqualTo(first.deployments());
    assertThat(second.enterprises()).isEqualTo(first.enterprises()).isGreaterThanOrEqualTo(200);
    assertThat(first.resourceNames()).contains("bpmn/InspectionPlanProcess.bpmn");
    assertThat(first.resourceNames()).anyMatch(name -> name.startsWith("forms/") && name.endsWith(".form"));
  }

  private static ConfigurableApplicationContext start(String url) {
    return new SpringApplicationBuilder(InspectionApplication.class).run(
        "--spring.datasource.url=" + url,
        "--server.port=0",
        "--camunda.bpm.process-engine-name=restarttest",
        "--camunda.bpm.job-execution.enabled=false",
        "--inspection.demo-data.enabled=true");
  }

  /** What must survive a restart unchanged. */
  record State(List<String> definitions, long deployments, long enterprises, List<String> resourceNames) {

    static State of(ConfigurableApplicationContext app) {
      RepositoryService repository = app.getBean(RepositoryService.class);
      List<String> definitions = repository.createProcessDefinitionQuery()
          .orderByProcessDefinitionKey().asc().orderByProcessDefinitionVersion().asc().list().stream()
          .map(ProcessDefinition::getId)
          .toList();
      String deploymentId = repository.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME)
          .orderByDeploymentTime().desc().listPage(0, 1).get(0).getId();
      Long enterprises = app.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM insp_enterprise", Long.class);
      return new State(definitions, repository.createDeploymentQuery().count(), enterprises,
          repository.getDeploymentResourceNames(deploymentId));
    }
  }
}
