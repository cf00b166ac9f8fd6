package cn.lawfulinspection.common.web;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Registers our refusal and lost-race mappers ({@link EngineRestProblems}) in every Jersey application of the platform, which
 * includes the webapps' own engine API ({@code /camunda/api/engine}, used by Tasklist and Cockpit) that the Spring
 * Boot starter builds outside our {@code ResourceConfig}. Found by Jersey through {@code META-INF/services}.
 */
public class WebappEngineApiProblems implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(EngineRestProblems.RefusalMapper.class)) {
      context.register(EngineRestProblems.RefusalMapper.class);
      context.register(EngineRestProblems.WrappedRefusalMapper.class);
      context.register(EngineRestProblems.RestWrappedRefusalMapper.class);
      context.register(EngineRestProblems.OtherFailureMapper.class);
    }
  }
}
