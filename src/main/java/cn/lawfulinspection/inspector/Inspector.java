package cn.lawfulinspection.inspector;

import java.util.Optional;

/**
 * An inspector (执法人员).
 *
 * @param id the inspector's staff code (e.g. {@code scjg-002})
 * @param name name in Chinese
 * @param agencyCode the agency the inspector works for
 * @param userId the Camunda user id, when the inspector has an account
 * @param phone phone number, may be {@code null}
 * @param certificate the enforcement certificate, {@code null} when the inspector holds none
 */
public record Inspector(
    String id, String name, String agencyCode, String userId, String phone, EnforcementCertificate certificate) {

  public Optional<EnforcementCertificate> certificateIfAny() {
    return Optional.ofNullable(certificate);
  }
}
