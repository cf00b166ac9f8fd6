package cn.lawfulinspection.deployment.internal;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Puts {@link ModelCheckDeployer} in front of the engine's deployers (a {@code customPreDeployers} entry), so that it
 * sees every new deployment before a single definition is parsed or cached; and {@link DeploymentFailureRecorder}
 * around every command, so that a deployment refused before the check (by the engine guard or the engine) is recorded
 * as well. Who may deploy at all is decided elsewhere: outside administration the generic API refuses deployments
 * (identity's engine guard, R-IG-4).
 */
@Component
class ModelCheckPlugin extends AbstractProcessEnginePlugin {

  private final ApplicationContext beans;
  private final BundledModels bundled;
  private final JavaReliedIds relied;
  private final ObjectProvider<ModelDeploymentLog> records;

  ModelCheckPlugin(ApplicationContext beans, BundledModels bundled, JavaReliedIds relied,
      ObjectProvider<ModelDeploymentLog> records) {
    this.beans = beans;
    this.bundled = bundled;
    this.relied = relied;
    this.records = records;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> deployers = configuration.getCustomPreDeployers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreDeployers());
    ModelCheck check = new ModelCheck(relied.required(), beans::containsBean, ClassUtils.getDefaultClassLoader());
    deployers.add(0, new ModelCheckDeployer(bundled, check, records::getObject));
    configuration.setCustomPreDeployers(deployers);
    // outside the engine guards and the transaction: a deployment they refuse is recorded too
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(0, new DeploymentFailureRecorder(configuration::getIdentityService, records::getObject));
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }
}
