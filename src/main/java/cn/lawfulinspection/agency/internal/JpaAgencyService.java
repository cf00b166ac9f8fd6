package cn.lawfulinspection.agency.internal;

import cn.lawfulinspection.agency.Agency;
import cn.lawfulinspection.agency.AgencySaved;
import cn.lawfulinspection.agency.AgencyService;
import cn.lawfulinspection.common.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaAgencyService implements AgencyService {

  private final AgencyRepository agencies;
  private final ApplicationEventPublisher events;

  JpaAgencyService(AgencyRepository agencies, ApplicationEventPublisher events) {
    this.agencies = agencies;
    this.events = events;
  }

  @Override
  public Agency get(String code) {
    return find(code).orElseThrow(() -> new NotFoundException("执法机关“" + code + "”不存在。"));
  }

  @Override
  public Optional<Agency> find(String code) {
    return code == null ? Optional.empty() : agencies.findById(code).map(AgencyEntity::toAgency);
  }

  @Override
  public List<Agency> all() {
    return agencies.findAllByOrderByCodeAsc().stream().map(AgencyEntity::toAgency).toList();
  }

  /** Creates the agency or replaces its data. */
  @Transactional
  public Agency save(Agency agency) {
    AgencyEntity entity = agencies.findById(agency.code()).orElseGet(() -> new AgencyEntity(agency.code()));
    entity.update(agency);
    Agency saved = agencies.save(entity).toAgency();
    events.publishEvent(new AgencySaved(saved.code(), saved.name()));
    return saved;
  }
}
