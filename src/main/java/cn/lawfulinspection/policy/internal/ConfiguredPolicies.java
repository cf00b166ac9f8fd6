package cn.lawfulinspection.policy.internal;

import cn.lawfulinspection.policy.Policies;
import cn.lawfulinspection.policy.PolicyProfile;
import cn.lawfulinspection.policy.ProfileVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The profile chosen by {@code inspection.policy.profile}, in its newest version; named {@code policies} so that BPMN
 * expressions can say {@code ${policies.current().planApprovalWorkingDays()}WD}. Version 1 of each profile is its
 * shipped file ({@link ProfileFiles}); later versions come from {@link ProfileVersions}. Versions never change once
 * made, so each is cached; the newest version of a name is cached too and replaced when this node stores a new one
 * (one application node per database; a second node would see another node's change after its restart). An unknown
 * name stops the start-up.
 */
@Component("policies")
class ConfiguredPolicies implements Policies {

  private static final Logger log = LoggerFactory.getLogger(ConfiguredPolicies.class);

  private final Map<String, PolicyProfile> shipped;
  private final String profile;
  private final ProfileVersions stored;
  private final Map<String, PolicyProfile> newest = new ConcurrentHashMap<>();
  private final Map<String, PolicyProfile> versions = new ConcurrentHashMap<>();

  @Autowired
  ConfiguredPolicies(@Value("${inspection.policy.profile:default}") String profile, ProfileVersions stored) {
    this(ProfileFiles.SHIPPED, profile, stored);
  }

  /** The shipped files only, no database (unit tests). */
  ConfiguredPolicies(String profile) {
    this(ProfileFiles.SHIPPED, profile, null);
  }

  ConfiguredPolicies(Map<String, PolicyProfile> shipped, String profile, ProfileVersions stored) {
    this.shipped = shipped;
    this.stored = stored;
    try {
      this.profile = shipped(profile).name();
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("inspection.policy.profile: " + e.getMessage(), e);
    }
    log.info("policy profile in force: {} ({})", this.profile, shipped.get(this.profile).locality());
  }

  @Override
  public PolicyProfile current() {
    return byName(profile);
  }

  @Override
  public PolicyProfile byName(String name) {
    PolicyProfile file = shipped(name);
    if (stored == null) {
      return file;
    }
    return newest.computeIfAbsent(file.name(), n -> stored.newest(n).orElse(file));
  }

  @Override
  public PolicyProfile version(String name, Integer version) {
    if (name == null || version == null) {
      return current();
    }
    PolicyProfile file = shipped(name);
    if (version == 1 || stored == null) {
      return file;
    }
    return versions.computeIfAbsent(file.name() + "#" + version, key -> stored.find(file.name(), version)
        .orElseThrow(() -> new IllegalArgumentException("policy profile " + name + " has no version " + version)));
  }

  @Override
  public List<ProfileVersion> versions(String name) {
    PolicyProfile file = shipped(name);
    List<ProfileVersion> all = new ArrayList<>();
    all.add(new ProfileVersion(file.name(), 1, "system", null, "随版本发布的政策配置文件（policy-profiles/" + file.name()
        + ".json）", List.of(), file));
    if (stored != null) {
      all.addAll(stored.all(file.name()));
    }
    return all;
  }

  @Override
  public List<String> names() {
    return List.copyOf(shipped.keySet());
  }

  /** Called after this node stored a new version: it is the newest from now on. */
  void stored(PolicyProfile version) {
    versions.put(version.name() + "#" + version.version(), version);
    newest.merge(version.name(), version, (old, now) -> now.version() > old.version() ? now : old);
  }

  /** Forgets the cached newest version of a name (after a lost race, the winner's version is read again). */
  void forget(String name) {
    newest.remove(name);
  }

  private PolicyProfile shipped(String name) {
    PolicyProfile profile = name == null ? null : shipped.get(name.strip());
    if (profile == null) {
      throw new IllegalArgumentException("unknown policy profile '" + name + "'; valid names: "
          + String.join(", ", names()) + " (未知的政策配置，可选值见上)");
    }
    return profile;
  }
}
