package cn.lawfulinspection.inspector;

import cn.lawfulinspection.common.Verdict;
import java.time.LocalDate;

/**
 * R-MD-1: only an inspector holding a valid enforcement certificate (present, valid on the day, not revoked) may be
 * assigned to a task, scan in, or backfill a result.
 */
public final class CertificatePolicy {

  public static final String RULE = "R-MD-1";
  static final String FIELD = "inspectorIds";

  private CertificatePolicy() {}

  /** Whether {@code inspector} (null = unknown {@code inspectorId}) is qualified on {@code on}. */
  public static Verdict check(String inspectorId, Inspector inspector, LocalDate on) {
    if (inspector == null) {
      return refuse("执法人员“" + inspectorId + "”不存在，不能参与检查。");
    }
    String who = "执法人员" + inspector.name() + "（" + inspector.id() + "）";
    EnforcementCertificate c = inspector.certificate();
    if (c == null || c.number() == null || c.number().isBlank()) {
      return refuse(who + "没有行政执法证件，不能参与检查。");
    }
    if (c.revoked()) {
      return refuse(who + "的行政执法证件（" + c.number() + "）已被吊销，不能参与检查。");
    }
    if (c.validFrom() != null && on.isBefore(c.validFrom())) {
      return refuse(who + "的行政执法证件（" + c.number() + "）自" + c.validFrom() + "起生效，" + on + "尚未生效，不能参与检查。");
    }
    if (c.validTo() == null || on.isAfter(c.validTo())) {
      String until = c.validTo() == null ? "未登记有效期" : "已于" + c.validTo() + "过期";
      return refuse(who + "的行政执法证件（" + c.number() + "）" + until + "，不能参与检查。");
    }
    return Verdict.allow();
  }

  private static Verdict refuse(String message) {
    return Verdict.refuse(RULE, FIELD, message);
  }
}
