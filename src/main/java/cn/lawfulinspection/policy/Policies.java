package cn.lawfulinspection.policy;

import java.util.List;

/**
 * The policy profile in force, chosen by {@code inspection.policy.profile}. Implemented by the policy work.
 */
public interface Policies {

  /** The profile in force. */
  PolicyProfile current();

  /** A profile by name; throws IllegalArgumentException for an unknown name. */
  PolicyProfile byName(String name);

  List<String> names();
}
