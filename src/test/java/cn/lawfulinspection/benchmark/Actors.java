package cn.lawfulinspection.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/**
 * Acts as a demo user the way an authenticated request does: the engine authentication with the user's groups,
 * read once per user (outside the measurement) so that both variants pay the same for it.
 */
final class Actors {

  private final IdentityService identityService;
  private final Map<String, List<String>> groups = new HashMap<>();

  Actors(IdentityService identityService) {
    this.identityService = identityService;
  }

  void as(String userId, Runnable step) {
    List<String> of = groups.computeIfAbsent(userId, id -> identityService.createGroupQuery().groupMember(id)
        .list().stream().map(Group::getId).toList());
    identityService.setAuthentication(userId, of);
    try {
      step.run();
    } finally {
      identityService.clearAuthentication();
    }
  }
}
