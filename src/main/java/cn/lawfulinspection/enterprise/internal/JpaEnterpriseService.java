package cn.lawfulinspection.enterprise.internal;

import cn.lawfulinspection.common.NotFoundException;
import cn.lawfulinspection.enterprise.ClassificationPolicy;
import cn.lawfulinspection.enterprise.CreditCode;
import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.enterprise.EnterpriseService;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaEnterpriseService implements EnterpriseService {

  static final int MAX_PAGE_SIZE = 100;

  private final EnterpriseRepository enterprises;

  JpaEnterpriseService(EnterpriseRepository enterprises) {
    this.enterprises = enterprises;
  }

  @Override
  public Enterprise get(String creditCode) {
    return find(creditCode).orElseThrow(() -> new NotFoundException("统一社会信用代码为“" + creditCode + "”的企业不存在。"));
  }

  @Override
  public Optional<Enterprise> find(String creditCode) {
    return creditCode == null ? Optional.empty() : enterprises.findById(creditCode).map(EnterpriseEntity::toEnterprise);
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public Optional<Enterprise> lock(String creditCode) {
    return creditCode == null ? Optional.empty() : enterprises.lock(creditCode).flatMap(this::find);
  }

  @Override
  public Page<Enterprise> search(String query, int page, int size) {
    PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE),
        Sort.by("name", "creditCode"));
    String q = query == null ? "" : query.trim();
    if (q.isEmpty()) {
      return enterprises.findAll(request).map(EnterpriseEntity::toEnterprise);
    }
    String pattern = escapeLike(q);
    return enterprises.search(pattern, pattern.toUpperCase(Locale.ROOT), request).map(EnterpriseEntity::toEnterprise);
  }

  /** Creates the enterprise or replaces its data, after R-MD-4 and R-MD-5. */
  @Transactional
  public Enterprise save(Enterprise enterprise) {
    CreditCode.check(enterprise.creditCode()).orThrow();
    ClassificationPolicy.check(enterprise.tier() == null ? null : enterprise.tier().name(),
        enterprise.whiteListed(), enterprise.keySupervision()).orThrow();
    EnterpriseEntity entity = enterprises.findById(enterprise.creditCode())
        .orElseGet(() -> new EnterpriseEntity(enterprise.creditCode()));
    entity.update(enterprise);
    return enterprises.save(entity).toEnterprise();
  }

  /** Creates new enterprises, already checked by the caller, in the caller's transaction. */
  @Transactional
  public void createAll(List<Enterprise> list) {
    enterprises.saveAll(list.stream().map(e -> {
      EnterpriseEntity entity = new EnterpriseEntity(e.creditCode());
      entity.update(e);
      return entity;
    }).toList());
  }

  boolean exists(String creditCode) {
    return enterprises.existsById(creditCode);
  }

  Collection<String> existingCodes(Collection<String> codes) {
    return enterprises.findByCreditCodeIn(codes).stream().map(e -> e.toEnterprise().creditCode()).toList();
  }

  static String escapeLike(String s) {
    return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
