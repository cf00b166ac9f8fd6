package cn.lawfulinspection.policy;

import java.util.List;

/**
 * The policy profile in force, chosen by {@code inspection.policy.profile}, and its versions (docs/policy-profiles.md).
 */
public interface Policies {

  /** The newest version of the profile in force. */
  PolicyProfile current();

  /** The newest version of a profile by name; throws IllegalArgumentException for an unknown name. */
  PolicyProfile byName(String name);

  /**
   * A profile as it stood in one version (a task is judged under the version in force when it was registered);
   * {@code name == null} answers {@link #current()} (tasks registered before profiles had versions).
   */
  PolicyProfile version(String name, Integer version);

  /** Every version of a profile, oldest first: version 1 is the shipped file. */
  List<ProfileVersion> versions(String name);

  List<String> names();
}
