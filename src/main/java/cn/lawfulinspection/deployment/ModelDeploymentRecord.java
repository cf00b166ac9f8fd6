package cn.lawfulinspection.deployment;

import java.time.Instant;
import java.util.List;

/**
 * One deployment of models as supervision reads it (流程模型部署记录): who ({@code null} = the platform itself at start),
 * when, what, and whether it went live.
 *
 * @param outcome {@code DEPLOYED} or {@code REFUSED}
 * @param deploymentId the engine's deployment id, {@code null} when refused
 * @param formsAdded the platform's forms added to the deployment because its models reference them
 * @param problems why it was refused (Chinese, one line each), empty when deployed
 */
public record ModelDeploymentRecord(long id, Instant at, String deployer, String deploymentId, String name,
    String source, String outcome, List<String> resources, List<String> formsAdded, List<String> problems) {

  public static final String DEPLOYED = "DEPLOYED";
  public static final String REFUSED = "REFUSED";
}
