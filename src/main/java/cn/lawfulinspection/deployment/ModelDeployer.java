package cn.lawfulinspection.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models of {@code bpmn/} and the forms of {@code forms/} as one deployment with stable resource names
 * ({@code bpmn/InspectionPlanProcess.bpmn}, {@code forms/approve-plan.form}), whether the classes come from a jar,
 * a classes directory or the test class path.
 *
 * <p>Duplicate filtering compares against the previous deployment of the same name: an unchanged set creates no new
 * definition versions. Because {@code formRefBinding="deployment"} needs a process and its forms in one deployment,
 * a change to any file deploys the whole set again (not only the changed files).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ModelDeployer implements ApplicationRunner {

  /** Name of the deployment that holds every model and form. */
  public static final String DEPLOYMENT_NAME = "inspection-platform";

  private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);
  private static final List<String> PATTERNS =
      List.of("classpath*:bpmn/**/*.bpmn", "classpath*:bpmn/**/*.dmn", "classpath*:forms/**/*.form");

  private final RepositoryService repositoryService;
  private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

  ModelDeployer(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    deploy();
  }

  /** Deploys what changed since the last deployment; returns the deployment in force. */
  public Deployment deploy() throws IOException {
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_NAME)
        .enableDuplicateFiltering(false);
    List<String> names = new ArrayList<>();
    for (String pattern : PATTERNS) {
      for (Resource resource : resolver.getResources(pattern)) {
        String name = stableName(resource);
        if (names.contains(name)) {
          continue;
        }
        try (InputStream in = resource.getInputStream()) {
          builder.addInputStream(name, in);
        }
        names.add(name);
      }
    }
    if (names.isEmpty()) {
      throw new IllegalStateException("no models found under bpmn/ and forms/ on the class path");
    }
    Deployment deployment = builder.deploy();
    log.info("models deployed as {} ({} resources): {}", deployment.getId(), names.size(), names);
    return deployment;
  }

  /** {@code .../BOOT-INF/classes!/bpmn/X.bpmn} and {@code .../target/classes/bpmn/X.bpmn} both become {@code bpmn/X.bpmn}. */
  static String stableName(Resource resource) throws IOException {
    String url = resource.getURL().toString();
    int at = Math.max(url.lastIndexOf("/bpmn/"), url.lastIndexOf("/forms/"));
    if (at < 0) {
      throw new IllegalStateException("model outside bpmn/ or forms/: " + url);
    }
    return url.substring(at + 1);
  }
}
