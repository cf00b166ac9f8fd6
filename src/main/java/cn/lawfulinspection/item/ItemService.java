package cn.lawfulinspection.item;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Module API of {@code item}: inspection items (检查事项) with legal basis and compliance standard. */
public interface ItemService {

  /**
   * The items with these codes, in the given order, after checking that each exists, belongs to the agency and is
   * usable; otherwise throws {@link cn.lawfulinspection.common.RuleViolationException} with R-MD-3 naming the item.
   */
  List<InspectionItem> requireUsable(String agencyCode, Collection<String> itemCodes);

  /** Usable items of an agency. */
  List<InspectionItem> usableItemsOf(String agencyCode);

  /** The item with this code, usable or not. */
  Optional<InspectionItem> find(String code);
}
