package cn.lawfulinspection.deployment.internal;

import cn.lawfulinspection.deployment.ModelRefusedException;
import cn.lawfulinspection.common.RuleViolationException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.repository.DeploymentBuilderImpl;

/**
 * Records a deployment that failed before {@link ModelCheckDeployer} could record it: refused by the engine guard
 * (not an administrator, R-IG-4) or by the engine itself (a file it cannot parse). Runs around the command, outside
 * its transaction, so the record stays although the deployment rolled back. The model check's own refusals are
 * recorded where they are decided and are left alone here.
 */
final class DeploymentFailureRecorder extends CommandInterceptor {

  private final Supplier<IdentityService> identity;
  private final Supplier<ModelDeploymentLog> records;

  DeploymentFailureRecorder(Supplier<IdentityService> identity, Supplier<ModelDeploymentLog> records) {
    this.identity = identity;
    this.records = records;
  }

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (RuntimeException e) {
      if (command instanceof DeployCmd deploy && !(RuleViolationException.in(e).orElse(null)
          instanceof ModelRefusedException)) {
        record(deploy, e);
      }
      throw e;
    }
  }

  private void record(DeployCmd deploy, RuntimeException failure) {
    Authentication authentication = identity.get().getCurrentAuthentication();
    DeploymentBuilderImpl builder = builderOf(deploy);
    DeploymentEntity deployment = builder == null ? null : builder.getDeployment();
    List<String> resources = builder == null ? List.of() : new ArrayList<>(builder.getResourceNames());
    String reason = RuleViolationException.in(failure).map(Throwable::getMessage)
        .orElse("流程引擎拒绝了该部署：" + failure.getMessage());
    records.get().refused(authentication == null ? null : authentication.getUserId(),
        deployment == null ? null : deployment.getName(), deployment == null ? null : deployment.getSource(),
        resources, List.of(reason));
  }

  /** Camunda keeps the builder in a protected field with no getter; without it the record names no files. */
  private static DeploymentBuilderImpl builderOf(DeployCmd deploy) {
    try {
      Field field = DeployCmd.class.getDeclaredField("deploymentBuilder");
      field.setAccessible(true);
      return (DeploymentBuilderImpl) field.get(deploy);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
