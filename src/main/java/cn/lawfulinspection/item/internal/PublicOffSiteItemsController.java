package cn.lawfulinspection.item.internal;

import cn.lawfulinspection.item.InspectionItem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * R-TK-8 (YQ 12, JJ 13, YH 2(4)): each agency publishes its list of items that can be checked off-site (非现场检查事项
 * 清单): its usable items flagged {@code offSiteCheckable}. Anyone may read it, enterprises included.
 */
@Tag(name = "检查事项", description = "检查事项及其法定依据、合规标准（R-MD-3）")
@RestController
class PublicOffSiteItemsController {

  private final JpaItemService items;

  PublicOffSiteItemsController(JpaItemService items) {
    this.items = items;
  }

  @Operation(summary = "公开：执法机关的非现场检查事项清单（R-TK-8）")
  @GetMapping("/api/public/agencies/{agencyCode}/off-site-items")
  List<ItemView> offSiteItems(@PathVariable String agencyCode) {
    return items.of(agencyCode.strip()).stream().filter(InspectionItem::usable)
        .filter(InspectionItem::offSiteCheckable).map(ItemView::of).toList();
  }
}
