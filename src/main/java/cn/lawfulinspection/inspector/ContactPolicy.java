package cn.lawfulinspection.inspector;

import cn.lawfulinspection.identity.RoleGroups;
import java.util.Set;

/**
 * Who reads an inspector's phone number (R-IG-1): the staff of the inspector's own agency (group {@code <agency>}),
 * the justice bureau's supervisors and administrators. Everyone else sees the inspector without it.
 */
public final class ContactPolicy {

  private ContactPolicy() {}

  /** Whether a user in {@code groups} may read the phone number of {@code inspector}. */
  public static boolean phoneVisible(Inspector inspector, Set<String> groups) {
    return groups.contains(inspector.agencyCode()) || groups.contains(RoleGroups.SUPERVISOR)
        || groups.contains(RoleGroups.ADMIN);
  }

  /** The inspector as a user in {@code groups} may read it: without the phone number unless {@link #phoneVisible}. */
  public static Inspector asSeenBy(Inspector inspector, Set<String> groups) {
    return phoneVisible(inspector, groups) ? inspector
        : new Inspector(inspector.id(), inspector.name(), inspector.agencyCode(), inspector.userId(), null,
            inspector.certificate());
  }
}
