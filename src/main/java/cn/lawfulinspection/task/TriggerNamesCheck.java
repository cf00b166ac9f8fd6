package cn.lawfulinspection.task;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.policy.PolicyProfile;
import cn.lawfulinspection.policy.ProfileCheck;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * An administrator's profile names only triggers that exist ({@code quietExemptTriggers},
 * {@code annualCap.exemptTriggers}) and only stated situations that exist ({@code quietExemptReasons}).
 */
@Component
class TriggerNamesCheck implements ProfileCheck {

  private static final Set<String> KNOWN = Arrays.stream(TriggerReason.values()).map(Enum::name)
      .collect(Collectors.toUnmodifiableSet());

  @Override
  public void check(PolicyProfile profile) {
    known("quietExemptTriggers", profile.quietExemptTriggers());
    known("annualCap.exemptTriggers", profile.annualCap().exemptTriggers());
    List<String> unknownReasons = profile.quietExemptReasons().stream()
        .filter(r -> Arrays.stream(QuietExemptionReason.values()).noneMatch(q -> q.name().equals(r))).toList();
    if (!unknownReasons.isEmpty()) {
      throw new RuleViolationException(null, "quietExemptReasons", "配置项“quietExemptReasons”中的例外情形 "
          + String.join("、", unknownReasons) + " 不存在；可选：" + Arrays.stream(QuietExemptionReason.values())
              .map(q -> q.name() + "（" + q.label() + "）").collect(Collectors.joining("、")) + "。");
    }
  }

  private static void known(String key, List<String> triggers) {
    List<String> unknown = triggers.stream().filter(t -> !KNOWN.contains(t)).toList();
    if (!unknown.isEmpty()) {
      throw new RuleViolationException(null, key, "配置项“" + key + "”中的触发事由 " + String.join("、", unknown)
          + " 不存在；可选：" + Arrays.stream(TriggerReason.values()).map(t -> t.name() + "（" + t.label() + "）")
              .collect(Collectors.joining("、")) + "。");
    }
  }
}
