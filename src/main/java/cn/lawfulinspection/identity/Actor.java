package cn.lawfulinspection.identity;

import java.util.Set;

/**
 * Who takes a step (R-IG-2): the authenticated user with the groups they were authenticated with, or the platform
 * itself ({@link #SYSTEM}: a timer or another job of the engine, start-up). Never taken from a request parameter or a
 * process variable.
 *
 * @param userId the Camunda user id, {@code null} for the platform
 * @param groups the user's groups (roles and agencies)
 */
public record Actor(String userId, Set<String> groups) {

  /** The platform itself: no user is logged in (a timer, an asynchronous continuation, start-up). */
  public static final Actor SYSTEM = new Actor(null, Set.of());
  /** How the platform appears in traces. */
  public static final String SYSTEM_NAME = "system";

  public Actor {
    groups = groups == null ? Set.of() : Set.copyOf(groups);
  }

  public static Actor user(String userId, Set<String> groups) {
    return new Actor(userId, groups);
  }

  public boolean isSystem() {
    return userId == null;
  }

  public boolean in(String group) {
    return groups.contains(group);
  }

  public boolean is(String otherUserId) {
    return userId != null && userId.equals(otherUserId);
  }

  /** The name a trace records: the user id, or {@value #SYSTEM_NAME}. */
  public String name() {
    return userId == null ? SYSTEM_NAME : userId;
  }

  public boolean administrator() {
    return in(RoleGroups.ADMIN);
  }
}
