package cn.lawfulinspection.enterprise.internal;

import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.enterprise.Enterprise;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "insp_enterprise")
class EnterpriseEntity {

  @Id
  @Column(name = "credit_code", length = 18)
  private String creditCode;

  @Column(name = "name", length = 200, nullable = false)
  private String name;

  @Column(name = "address", length = 300)
  private String address;

  @Column(name = "contact", length = 100)
  private String contact;

  @Enumerated(EnumType.STRING)
  @Column(name = "credit_tier", length = 1, nullable = false)
  private CreditTier tier;

  @Column(name = "white_listed", nullable = false)
  private boolean whiteListed;

  @Column(name = "key_supervision", nullable = false)
  private boolean keySupervision;

  @Column(name = "seriously_dishonest", nullable = false)
  private boolean seriouslyDishonest;

  protected EnterpriseEntity() {}

  EnterpriseEntity(String creditCode) {
    this.creditCode = creditCode;
  }

  void update(Enterprise e) {
    this.name = e.name();
    this.address = e.address();
    this.contact = e.contact();
    this.tier = e.tier();
    this.whiteListed = e.whiteListed();
    this.keySupervision = e.keySupervision();
    this.seriouslyDishonest = e.seriouslyDishonest();
  }

  Enterprise toEnterprise() {
    return new Enterprise(creditCode, name, address, contact, tier, whiteListed, keySupervision,
        seriouslyDishonest);
  }
}
