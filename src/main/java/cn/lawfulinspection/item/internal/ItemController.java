package cn.lawfulinspection.item.internal;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.item.InspectionItem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "检查事项", description = "检查事项及其法定依据、合规标准（R-MD-3）")
@RestController
@RequestMapping("/api/items")
class ItemController {

  static final String CODE_PATTERN = "[A-Za-z0-9-]{1,32}";

  private final JpaItemService items;

  ItemController(JpaItemService items) {
    this.items = items;
  }

  @Operation(summary = "列出检查事项（可按执法机关筛选，可只看可用事项）")
  @GetMapping
  List<ItemView> list(
      @Parameter(description = "执法机关代码") @RequestParam(required = false) String agencyCode,
      @Parameter(description = "只列出有法定依据和合规标准的可用事项") @RequestParam(defaultValue = "false") boolean usableOnly) {
    List<InspectionItem> list = agencyCode == null || agencyCode.isBlank() ? items.all() : items.of(agencyCode);
    return list.stream().filter(i -> !usableOnly || i.usable()).map(ItemView::of).toList();
  }

  @Operation(summary = "查看一个检查事项")
  @GetMapping("/{code}")
  ItemView get(@PathVariable String code) {
    return ItemView.of(items.get(code));
  }

  @Operation(summary = "新建或修改检查事项（系统管理员；缺少法定依据或合规标准的事项可保存为草稿，但不能使用）")
  @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
  @PutMapping("/{code}")
  ItemView put(@PathVariable String code, @Valid @RequestBody ItemRequest request) {
    if (!code.matches(CODE_PATTERN)) {
      throw new RuleViolationException(null, "code", "检查事项编码只能由字母、数字和连字符组成（最多32位），例如 SCJG-001。");
    }
    return ItemView.of(items.save(new InspectionItem(code, request.agencyCode().trim(), request.name().trim(),
        blankToNull(request.legalBasis()), blankToNull(request.complianceStandard()), request.offSiteCheckable(),
        request.firstViolationExempt())));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
