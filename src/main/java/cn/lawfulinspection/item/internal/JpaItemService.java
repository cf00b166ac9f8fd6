package cn.lawfulinspection.item.internal;

import cn.lawfulinspection.agency.AgencyService;
import cn.lawfulinspection.common.NotFoundException;
import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.item.InspectionItem;
import cn.lawfulinspection.item.ItemService;
import cn.lawfulinspection.item.ItemUsePolicy;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaItemService implements ItemService {

  private final ItemRepository items;
  private final AgencyService agencies;
  private final EntityManager entityManager;

  JpaItemService(ItemRepository items, AgencyService agencies, EntityManager entityManager) {
    this.items = items;
    this.agencies = agencies;
    this.entityManager = entityManager;
  }

  @Override
  public List<InspectionItem> requireUsable(String agencyCode, Collection<String> itemCodes) {
    if (itemCodes == null || itemCodes.isEmpty()) {
      throw new RuleViolationException(ItemUsePolicy.RULE, "itemCodes", "请至少选择一个检查事项。");
    }
    // Hibernate's multi-load by id: one statement with a cached loader, where a query with a collection parameter
    // would be interpreted anew on every call
    Map<String, InspectionItem> found = entityManager.unwrap(Session.class).byMultipleIds(ItemEntity.class)
        .multiLoad(List.copyOf(itemCodes)).stream()
        .filter(Objects::nonNull)
        .map(ItemEntity::toItem)
        .collect(Collectors.toMap(InspectionItem::code, Function.identity(), (first, same) -> first));
    List<InspectionItem> result = new ArrayList<>();
    for (String code : itemCodes) {
      InspectionItem item = found.get(code);
      ItemUsePolicy.check(agencyCode, code, item).orThrow();
      result.add(item);
    }
    return result;
  }

  @Override
  public List<InspectionItem> usableItemsOf(String agencyCode) {
    return of(agencyCode).stream().filter(InspectionItem::usable).toList();
  }

  @Override
  public Optional<InspectionItem> find(String code) {
    return code == null ? Optional.empty() : items.findById(code).map(ItemEntity::toItem);
  }

  InspectionItem get(String code) {
    return find(code).orElseThrow(() -> new NotFoundException("检查事项“" + code + "”不存在。"));
  }

  List<InspectionItem> of(String agencyCode) {
    return items.findByAgencyCodeOrderByCodeAsc(agencyCode).stream().map(ItemEntity::toItem).toList();
  }

  List<InspectionItem> all() {
    return items.findAllByOrderByCodeAsc().stream().map(ItemEntity::toItem).toList();
  }

  boolean exists(String code) {
    return items.existsById(code);
  }

  /**
   * Creates the item or replaces its data. An item without legal basis or standard may be stored as a draft; it is
   * not usable until completed (R-MD-3).
   */
  @Transactional
  public InspectionItem save(InspectionItem item) {
    if (agencies.find(item.agencyCode()).isEmpty()) {
      throw new RuleViolationException(null, "agencyCode", "执法机关“" + item.agencyCode() + "”不存在，请先维护执法机关。");
    }
    ItemEntity entity = items.findById(item.code()).orElseGet(() -> new ItemEntity(item.code()));
    entity.update(item);
    return items.save(entity).toItem();
  }
}
