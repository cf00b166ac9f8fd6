package cn.lawfulinspection.identity;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The actor of the step being taken (R-IG-2): the user the engine is authenticated for in this thread — set by the
 * webapps' session, {@code /engine-rest}'s HTTP Basic filter and our {@code /api} — or {@link Actor#SYSTEM} when no one
 * is (a job of the engine). Steps that our services take on a user's behalf keep that user: {@link RunAs#asEngine}
 * lifts the authorization checks but not the authentication.
 */
@Component
public class Actors {

  private final IdentityService identityService;
  private final RunAs runAs;

  Actors(IdentityService identityService, RunAs runAs) {
    this.identityService = identityService;
    this.runAs = runAs;
  }

  public Actor current() {
    Authentication auth = identityService.getCurrentAuthentication();
    if (auth == null || auth.getUserId() == null) {
      return Actor.SYSTEM;
    }
    Set<String> groups = auth.getGroupIds() == null || auth.getGroupIds().isEmpty()
        ? new HashSet<>(runAs.groupsOf(auth.getUserId()))
        : new HashSet<>(auth.getGroupIds());
    return Actor.user(auth.getUserId(), groups);
  }
}
