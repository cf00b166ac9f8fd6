package cn.lawfulinspection.task;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who may read a task and what hangs on it (notice, result): the staff of the task's agency, supervisors (the justice
 * bureau) and administrators.
 */
public final class TaskReaders {

  /** Groups that read every agency's tasks. */
  public static final Set<String> SEE_ALL = Set.of("supervisor", "camunda-admin");

  private TaskReaders() {}

  /** The Camunda groups of an API user. */
  public static Set<String> groups(Authentication user) {
    return user.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith("GROUP_"))
        .map(a -> a.substring("GROUP_".length()))
        .collect(Collectors.toSet());
  }

  public static boolean seesAll(Authentication user) {
    return groups(user).stream().anyMatch(SEE_ALL::contains);
  }

  /** Throws {@link AccessDeniedException} unless the user may read the task. */
  public static void requireReader(InspectionTask task, Authentication user) {
    if (!seesAll(user) && !groups(user).contains(task.agencyCode())) {
      throw new AccessDeniedException("not staff of " + task.agencyCode());
    }
  }
}
