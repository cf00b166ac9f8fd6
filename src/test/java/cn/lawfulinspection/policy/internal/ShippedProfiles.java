package cn.lawfulinspection.policy.internal;

import cn.lawfulinspection.policy.PolicyProfile;

/** Test support for other modules' unit tests: the policy profiles as shipped (the files under policy-profiles/, see {@link ProfileFiles}). */
public final class ShippedProfiles {

  private ShippedProfiles() {}

  /** The profile called {@code name}: default, jiangyan, yangquan, jiujiang, yunhe, shanghai. */
  public static PolicyProfile named(String name) {
    PolicyProfile profile = ProfileFiles.SHIPPED.get(name);
    if (profile == null) {
      throw new IllegalArgumentException("no shipped profile " + name);
    }
    return profile;
  }
}
