package cn.lawfulinspection.identity;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;

/**
 * Runs a step as a platform user, so that Camunda's authorizations and the "who did it" of the trace apply as if the
 * user had acted (demo data, amendments started on a user's behalf, tests). The authentication in force before is
 * restored afterwards.
 */
@Service
public class RunAs {

  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl engineConfiguration;

  RunAs(IdentityService identityService, ProcessEngineConfigurationImpl engineConfiguration) {
    this.identityService = identityService;
    this.engineConfiguration = engineConfiguration;
  }

  /** The user's Camunda groups, read regardless of the caller's own authorizations. */
  public List<String> groupsOf(String userId) {
    return engineConfiguration.getCommandExecutorTxRequired().execute(ctx -> ctx.runWithoutAuthorization(
        () -> identityService.createGroupQuery().groupMember(userId).listPage(0, 200).stream()
            .map(Group::getId)
            .toList()));
  }

  public <T> T as(String userId, Supplier<T> step) {
    Authentication previous = identityService.getCurrentAuthentication();
    if (previous != null && userId.equals(previous.getUserId())) {
      return step.get();
    }
    identityService.setAuthentication(userId, groupsOf(userId));
    try {
      return step.get();
    } finally {
      if (previous == null) {
        identityService.clearAuthentication();
      } else {
        identityService.setAuthentication(previous);
      }
    }
  }

  /**
   * Runs an engine call without Camunda's authorization checks, for steps whose rules the platform has checked itself
   * (an inspector correlating his scan-in, a head whose approval starts a filing process, an anonymous enterprise's
   * report). The caller's authentication stays in force, so the engine and our lifecycles still see who acts
   * ({@link Actors#current()}), and the engine's generic-API guard treats the call as the platform's own: it runs inside
   * a command of ours.
   */
  public <T> T asEngine(Supplier<T> step) {
    return engineConfiguration.getCommandExecutorTxRequired().execute(ctx -> ctx.runWithoutAuthorization(step::get));
  }

  public void asEngine(Runnable step) {
    asEngine(() -> {
      step.run();
      return null;
    });
  }

  public void as(String userId, Runnable step) {
    as(userId, () -> {
      step.run();
      return null;
    });
  }
}
