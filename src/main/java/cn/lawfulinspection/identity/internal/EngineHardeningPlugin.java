package cn.lawfulinspection.identity.internal;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.springframework.stereotype.Component;

/**
 * Closes two known holes of Camunda 7.24.0 CE in the engine itself, so that the REST API, the webapps and our own code
 * are all covered:
 *
 * <ul>
 *   <li>CVE-2026-77226: group {@code camunda-admin} can never become empty ({@link AdminGroupGuardingIdentityProvider}).
 *   <li>CVE-2026-109432: no expressions in any query or filter, or-queries included ({@link QueryExpressionGuard}).
 * </ul>
 */
@Component
class EngineHardeningPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new GenericManagerFactory(AdminGroupGuardingIdentityProvider.class));
    configuration.setCustomPreCommandInterceptorsTxRequired(
        withGuard(configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        withGuard(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
  }

  private static List<CommandInterceptor> withGuard(List<CommandInterceptor> existing) {
    List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    interceptors.add(0, new QueryExpressionGuard());
    return interceptors;
  }
}
