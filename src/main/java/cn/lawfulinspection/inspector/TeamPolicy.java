package cn.lawfulinspection.inspector;

import cn.lawfulinspection.common.Verdict;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;

/**
 * R-MD-2: an on-site inspection has at least {@code minInspectors} inspectors (执法人员不少于两人); the same inspector
 * named twice counts once. That each is qualified is R-MD-1 ({@link CertificatePolicy}).
 */
public final class TeamPolicy {

  public static final String RULE = "R-MD-2";

  private TeamPolicy() {}

  public static Verdict check(Collection<String> inspectorIds, int minInspectors) {
    long distinct = inspectorIds == null ? 0 : new LinkedHashSet<>(inspectorIds).stream()
        .filter(Objects::nonNull).filter(id -> !id.isBlank()).count();
    if (distinct < minInspectors) {
      return Verdict.refuse(RULE, CertificatePolicy.FIELD,
          "现场检查的执法人员不得少于" + minInspectors + "人，当前只有" + distinct + "人，请增加执法人员。");
    }
    return Verdict.allow();
  }
}
