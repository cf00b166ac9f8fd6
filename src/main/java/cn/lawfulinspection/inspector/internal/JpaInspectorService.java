package cn.lawfulinspection.inspector.internal;

import cn.lawfulinspection.agency.AgencyService;
import cn.lawfulinspection.common.NotFoundException;
import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.common.Verdict;
import cn.lawfulinspection.inspector.CertificatePolicy;
import cn.lawfulinspection.inspector.Inspector;
import cn.lawfulinspection.inspector.InspectorService;
import cn.lawfulinspection.inspector.TeamPolicy;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaInspectorService implements InspectorService {

  private final InspectorRepository inspectors;
  private final AgencyService agencies;

  JpaInspectorService(InspectorRepository inspectors, AgencyService agencies) {
    this.inspectors = inspectors;
    this.agencies = agencies;
  }

  @Override
  public Inspector get(String id) {
    return find(id).orElseThrow(() -> new NotFoundException("执法人员“" + id + "”不存在。"));
  }

  @Override
  public Optional<Inspector> find(String id) {
    return id == null ? Optional.empty() : inspectors.findById(id).map(InspectorEntity::toInspector);
  }

  @Override
  public Optional<Inspector> byIdOrUserId(String idOrUserId) {
    if (idOrUserId == null) {
      return Optional.empty();
    }
    List<InspectorEntity> found = inspectors.findByIdOrUserId(idOrUserId, idOrUserId);
    return found.stream().filter(e -> e.toInspector().id().equals(idOrUserId)).findFirst()
        .or(() -> found.stream().findFirst()).map(InspectorEntity::toInspector);
  }

  @Override
  public Optional<Inspector> byUserId(String userId) {
    return userId == null ? Optional.empty() : inspectors.findByUserId(userId).map(InspectorEntity::toInspector);
  }

  @Override
  public List<Inspector> ofAgency(String agencyCode) {
    return inspectors.findByAgencyCodeOrderByIdAsc(agencyCode).stream().map(InspectorEntity::toInspector).toList();
  }

  List<Inspector> all() {
    return inspectors.findAllByOrderByIdAsc().stream().map(InspectorEntity::toInspector).toList();
  }

  @Override
  public Verdict qualified(String inspectorId, LocalDate on) {
    return CertificatePolicy.check(inspectorId, find(inspectorId).orElse(null), on);
  }

  @Override
  public void requireQualified(Collection<String> inspectorIds, LocalDate on) {
    for (String id : new LinkedHashSet<>(inspectorIds)) {
      qualified(id, on).orThrow();
    }
  }

  @Override
  public void requireTeam(Collection<String> inspectorIds, LocalDate on, int minInspectors) {
    TeamPolicy.check(inspectorIds, minInspectors).orThrow();
    requireQualified(inspectorIds, on);
  }

  /** Creates the inspector or replaces its data; the agency must exist and the account belong to no one else. */
  @Transactional
  public Inspector save(Inspector inspector) {
    if (agencies.find(inspector.agencyCode()).isEmpty()) {
      throw new RuleViolationException(null, "agencyCode", "执法机关“" + inspector.agencyCode() + "”不存在，请先维护执法机关。");
    }
    if (inspector.userId() != null) {
      inspectors.findByUserId(inspector.userId())
          .filter(other -> !other.toInspector().id().equals(inspector.id()))
          .ifPresent(other -> {
            throw new RuleViolationException(null, "userId",
                "账号“" + inspector.userId() + "”已关联执法人员" + other.toInspector().name() + "，一个账号只能对应一名执法人员。");
          });
    }
    InspectorEntity entity = inspectors.findById(inspector.id()).orElseGet(() -> new InspectorEntity(inspector.id()));
    entity.update(inspector);
    return inspectors.save(entity).toInspector();
  }

  /** Saves new inspectors in the caller's transaction (the CSV import checked them all before). */
  @Transactional
  public void createAll(List<Inspector> list) {
    inspectors.saveAll(list.stream().map(i -> {
      InspectorEntity e = new InspectorEntity(i.id());
      e.update(i);
      return e;
    }).toList());
  }

  boolean exists(String id) {
    return inspectors.existsById(id);
  }

  Collection<String> existingIds(Collection<String> ids) {
    return inspectors.findByIdIn(ids).stream().map(e -> e.toInspector().id()).toList();
  }

  Collection<String> existingUserIds(Collection<String> userIds) {
    return inspectors.findByUserIdIn(userIds).stream().map(e -> e.toInspector().userId()).toList();
  }
}
