package cn.lawfulinspection.deployment;

import cn.lawfulinspection.deployment.internal.BundledModels;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Deploys the models of {@code bpmn/} and the forms of {@code forms/} ({@link BundledModels}) as one deployment named
 * {@value #DEPLOYMENT_NAME}, at every start.
 *
 * <p>Duplicate filtering compares against the previous deployment of the same name: an unchanged set creates no new
 * definition versions. A change to any file deploys the whole set again (not only the changed files), so that each
 * process finds its forms in its own deployment ({@code formRefBinding="deployment"}).
 *
 * <p>The restart rule (docs/designers.md): a bundled model is left out when the latest version of its process was
 * deployed by a designer (any deployment not made here) and the bundled file is byte for byte the one the platform
 * deployed last. The designer's version then stays in force: a restart neither reverts it nor deploys a duplicate.
 * A bundled file that did change (a new release of the platform) is deployed and supersedes the designer's version.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ModelDeployer implements ApplicationRunner {

  /** Name (and source) of the deployment that holds every model and form shipped with the platform. */
  public static final String DEPLOYMENT_NAME = "inspection-platform";

  private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);

  private final RepositoryService repositoryService;
  private final BundledModels bundled;

  ModelDeployer(RepositoryService repositoryService, BundledModels bundled) {
    this.repositoryService = repositoryService;
    this.bundled = bundled;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    deploy();
  }

  /** Deploys what changed since the last deployment, except designers' newer versions; returns the deployment in force. */
  public Deployment deploy() throws IOException {
    Map<String, byte[]> resources = new LinkedHashMap<>(bundled.resources());
    for (String key : bundled.processKeys()) {
      String resource = bundled.resourceOf(key).orElseThrow();
      if (resources.containsKey(resource) && designersVersionStays(key, resource)) {
        resources.remove(resource);
        log.info("{} left out: the latest version of {} is a designer's deployment and {} is unchanged since the"
            + " platform last deployed it", resource, key, resource);
      }
    }
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_NAME)
        .enableDuplicateFiltering(false);
    resources.forEach((name, bytes) -> builder.addInputStream(name, new java.io.ByteArrayInputStream(bytes)));
    Deployment deployment = builder.deploy();
    log.info("models deployed as {} ({} resources): {}", deployment.getId(), resources.size(), resources.keySet());
    return deployment;
  }

  /** Whether a platform deployment made it (designers' deployments carry any other name or source). */
  public static boolean isPlatform(Deployment deployment) {
    return DEPLOYMENT_NAME.equals(deployment.getName()) && DEPLOYMENT_NAME.equals(deployment.getSource());
  }

  private boolean designersVersionStays(String key, String resource) throws IOException {
    ProcessDefinition latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
        .latestVersion().singleResult();
    if (latest == null) {
      return false;
    }
    Deployment current = repositoryService.createDeploymentQuery().deploymentId(latest.getDeploymentId())
        .singleResult();
    if (isPlatform(current)) {
      return false;
    }
    byte[] lastDeployed = lastPlatformContent(resource);
    if (lastDeployed != null && Arrays.equals(lastDeployed, bundled.resources().get(resource))) {
      return true;
    }
    log.warn("{} changed in this release: it supersedes the designer's version {} of {} (deployment {})", resource,
        latest.getVersion(), key, current.getName());
    return false;
  }

  /** The content of {@code resource} in the newest platform deployment that holds it. */
  private byte[] lastPlatformContent(String resource) throws IOException {
    for (Deployment deployment : repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME)
        .deploymentSource(DEPLOYMENT_NAME).orderByDeploymentTime().desc().list()) {
      if (repositoryService.getDeploymentResourceNames(deployment.getId()).contains(resource)) {
        try (InputStream in = repositoryService.getResourceAsStream(deployment.getId(), resource)) {
          return in.readAllBytes();
        }
      }
    }
    return null;
  }
}
