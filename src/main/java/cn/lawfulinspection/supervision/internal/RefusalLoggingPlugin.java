package cn.lawfulinspection.supervision.internal;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.supervision.RefusalLog;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Refusals raised inside process steps (a form completed in Tasklist, a call of {@code /engine-rest}) are logged for
 * supervision like those of our {@code /api}: an interceptor around every engine command, outside its transaction,
 * records a {@link RuleViolationException} found in the failure once the command has rolled back.
 */
@Component
class RefusalLoggingPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<RefusalLog> refusals;

  RefusalLoggingPlugin(ObjectProvider<RefusalLog> refusals) {
    this.refusals = refusals;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    // outermost, so that it also sees the refusals of the engine guards (identity's EngineHardeningPlugin)
    interceptors.add(0, new RefusalRecordingInterceptor(configuration));
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  private final class RefusalRecordingInterceptor extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;

    RefusalRecordingInterceptor(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (RuntimeException e) {
        RuleViolationException.in(e).filter(refusal -> !refusal.recorded()).ifPresent(refusal -> {
          refusal.markRecorded();
          refusals.getObject().recordFor(currentUser(), refusal.ruleId(), refusal.field(), refusal.getMessage(),
              "流程引擎 " + command.getClass().getSimpleName());
        });
        throw e;
      }
    }

    private String currentUser() {
      IdentityService identity = configuration.getIdentityService();
      Authentication authentication = identity.getCurrentAuthentication();
      return authentication == null ? null : authentication.getUserId();
    }
  }
}
