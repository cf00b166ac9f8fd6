package cn.lawfulinspection.inspector.internal;

import cn.lawfulinspection.inspector.EnforcementCertificate;
import cn.lawfulinspection.inspector.Inspector;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "insp_inspector")
class InspectorEntity {

  @Id
  @Column(name = "id", length = 32)
  private String id;

  @Column(name = "name", length = 100, nullable = false)
  private String name;

  @Column(name = "agency_code", length = 32, nullable = false)
  private String agencyCode;

  @Column(name = "user_id", length = 64)
  private String userId;

  @Column(name = "phone", length = 32)
  private String phone;

  @Column(name = "certificate_number", length = 32)
  private String certificateNumber;

  @Column(name = "certificate_valid_from")
  private LocalDate certificateValidFrom;

  @Column(name = "certificate_valid_to")
  private LocalDate certificateValidTo;

  @Column(name = "certificate_revoked", nullable = false)
  private boolean certificateRevoked;

  protected InspectorEntity() {}

  InspectorEntity(String id) {
    this.id = id;
  }

  void update(Inspector inspector) {
    this.name = inspector.name();
    this.agencyCode = inspector.agencyCode();
    this.userId = inspector.userId();
    this.phone = inspector.phone();
    EnforcementCertificate c = inspector.certificate();
    this.certificateNumber = c == null ? null : c.number();
    this.certificateValidFrom = c == null ? null : c.validFrom();
    this.certificateValidTo = c == null ? null : c.validTo();
    this.certificateRevoked = c != null && c.revoked();
  }

  Inspector toInspector() {
    EnforcementCertificate certificate = certificateNumber == null ? null
        : new EnforcementCertificate(certificateNumber, certificateValidFrom, certificateValidTo, certificateRevoked);
    return new Inspector(id, name, agencyCode, userId, phone, certificate);
  }
}
