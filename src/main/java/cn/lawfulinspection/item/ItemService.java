package cn.lawfulinspection.item;

import java.util.Collection;
import java.util.List;

/** Module API of {@code item}. Implemented by the master-data work. */
public interface ItemService {

  /**
   * The items with these codes, in the given order, after checking that each exists, belongs to the agency and is
   * usable; otherwise throws {@link cn.lawfulinspection.common.RuleViolationException} with R-MD-3 naming the item.
   */
  List<InspectionItem> requireUsable(String agencyCode, Collection<String> itemCodes);

  /** Usable items of an agency. */
  List<InspectionItem> usableItemsOf(String agencyCode);
}
