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
 *
 * <p>And makes the generic process API untrusted input (R-IG-3, R-IG-4): {@link GenericApiGuard} in front of every
 * command; a BPMN error that nothing catches is an error, not a silent end of the process
 * ({@code enableExceptionsAfterUnhandledBpmnError}).
 */
@Component
class EngineHardeningPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new GenericManagerFactory(AdminGroupGuardingIdentityProvider.class));
    FormFieldCatalog forms = new FormFieldCatalog(configuration);
    configuration.setCustomPreCommandInterceptorsTxRequired(
        withGuards(configuration.getCustomPreCommandInterceptorsTxRequired(), configuration, forms));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        withGuards(configuration.getCustomPreCommandInterceptorsTxRequiresNew(), configuration, forms));
    configuration.setEnableExceptionsAfterUnhandledBpmnError(true);
  }

  /** The guards go after interceptors added before (the refusal log stays outermost, so it sees their refusals). */
  private static List<CommandInterceptor> withGuards(List<CommandInterceptor> existing,
      ProcessEngineConfigurationImpl configuration, FormFieldCatalog forms) {
    List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    interceptors.add(new QueryExpressionGuard());
    interceptors.add(new GenericApiGuard(configuration, forms));
    return interceptors;
  }
}
