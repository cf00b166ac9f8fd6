package cn.lawfulinspection.rectification;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs an engine call as the engine itself (no authentication), restoring the caller's afterwards: the enterprise is
 * anonymous and inspectors have no rights on process instances; the rules were (or will be, in the listener) checked.
 */
final class AsEngine {

  private AsEngine() {}

  static <T> T call(IdentityService identityService, Supplier<T> step) {
    Authentication current = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return step.get();
    } finally {
      if (current != null) {
        identityService.setAuthentication(current);
      }
    }
  }
}
