package cn.lawfulinspection.policy.internal;

import cn.lawfulinspection.policy.Policies;
import cn.lawfulinspection.policy.PolicyProfile;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The profile chosen by {@code inspection.policy.profile}; named {@code policies} so that BPMN expressions can say
 * {@code ${policies.current().planApprovalWorkingDays()}WD}. An unknown name stops the start-up.
 */
@Component("policies")
class ConfiguredPolicies implements Policies {

  private static final Logger log = LoggerFactory.getLogger(ConfiguredPolicies.class);

  private final Map<String, PolicyProfile> profiles;
  private final PolicyProfile current;

  @Autowired
  ConfiguredPolicies(@Value("${inspection.policy.profile:default}") String profile) {
    this(PolicyCatalogue.PROFILES, profile);
  }

  ConfiguredPolicies(Map<String, PolicyProfile> profiles, String profile) {
    this.profiles = profiles;
    try {
      this.current = byName(profile);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("inspection.policy.profile: " + e.getMessage(), e);
    }
    log.info("policy profile in force: {} ({})", current.name(), current.locality());
  }

  @Override
  public PolicyProfile current() {
    return current;
  }

  @Override
  public PolicyProfile byName(String name) {
    PolicyProfile profile = name == null ? null : profiles.get(name.strip());
    if (profile == null) {
      throw new IllegalArgumentException("unknown policy profile '" + name + "'; valid names: "
          + String.join(", ", names()) + " (未知的政策配置，可选值见上)");
    }
    return profile;
  }

  @Override
  public List<String> names() {
    return List.copyOf(profiles.keySet());
  }
}
