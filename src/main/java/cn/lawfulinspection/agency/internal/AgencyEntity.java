package cn.lawfulinspection.agency.internal;

import cn.lawfulinspection.agency.Agency;
import cn.lawfulinspection.agency.AgencyLevel;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "insp_agency")
class AgencyEntity {

  @Id
  @Column(name = "code", length = 32)
  private String code;

  @Column(name = "name", length = 200, nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "agency_level", length = 16, nullable = false)
  private AgencyLevel level;

  @Column(name = "justice_bureau", nullable = false)
  private boolean justiceBureau;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "insp_agency_section", joinColumns = @JoinColumn(name = "agency_code"))
  @OrderColumn(name = "sort_order")
  @Column(name = "name", length = 100, nullable = false)
  private List<String> sections = new ArrayList<>();

  protected AgencyEntity() {}

  AgencyEntity(String code) {
    this.code = code;
  }

  void update(Agency agency) {
    this.name = agency.name();
    this.level = agency.level();
    this.justiceBureau = agency.justiceBureau();
    this.sections.clear();
    this.sections.addAll(agency.sections());
  }

  Agency toAgency() {
    return new Agency(code, name, level, justiceBureau, List.copyOf(sections));
  }
}
