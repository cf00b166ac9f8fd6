package cn.lawfulinspection.task.internal;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.enterprise.EnterpriseService;
import cn.lawfulinspection.item.InspectionItem;
import cn.lawfulinspection.item.ItemService;
import cn.lawfulinspection.plan.PlanService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** R-TK-8: agency staff record the result of an off-site check (非现场检查) of one of their items. */
@RestController
@RequestMapping("/api/offsite-checks")
@Tag(name = "非现场检查", description = "记录非现场检查结果（非现场检查未发现违法行为的事项不再现场检查，R-TK-8）")
class OffSiteCheckController {

  private final OffSiteChecks checks;
  private final PlanService plans;
  private final ItemService items;
  private final EnterpriseService enterprises;
  private final Clock clock;

  OffSiteCheckController(OffSiteChecks checks, PlanService plans, ItemService items, EnterpriseService enterprises,
      Clock clock) {
    this.checks = checks;
    this.plans = plans;
    this.items = items;
    this.enterprises = enterprises;
    this.clock = clock;
  }

  record OffSiteCheck(String enterpriseCode, String itemCode, LocalDate checkedOn, Boolean violationFound) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  @Operation(summary = "记录一次非现场检查结果")
  Map<String, Object> record(@RequestBody OffSiteCheck c, Authentication user) {
    String agency = plans.staffAgencyWithoutItemsOf(user.getName()).agencyCode();
    String enterprise = c.enterpriseCode() == null ? "" : c.enterpriseCode().strip().toUpperCase(Locale.ROOT);
    if (enterprises.find(enterprise).isEmpty()) {
      throw new RuleViolationException(null, "enterpriseCode", "统一社会信用代码为 " + enterprise + " 的企业不在检查对象名录中。");
    }
    InspectionItem item = items.requireUsable(agency, List.of(c.itemCode() == null ? "" : c.itemCode().strip())).get(0);
    if (!item.offSiteCheckable()) {
      throw new RuleViolationException("R-TK-8", "itemCode", "检查事项“" + item.name() + "”不能通过非现场方式检查。");
    }
    if (c.violationFound() == null) {
      throw new RuleViolationException(null, "violationFound", "请说明非现场检查是否发现违法行为。");
    }
    LocalDate on = c.checkedOn() == null ? LocalDate.now(clock) : c.checkedOn();
    if (on.isAfter(LocalDate.now(clock))) {
      throw new RuleViolationException(null, "checkedOn", "检查日期不能晚于今天。");
    }
    OffSiteCheckEntity saved = checks.save(new OffSiteCheckEntity(enterprise, item.code(), on, c.violationFound(),
        agency, user.getName(), clock.instant()));
    return Map.of("id", saved.id(), "enterpriseCode", enterprise, "itemCode", item.code(), "checkedOn", on,
        "violationFound", c.violationFound());
  }
}
