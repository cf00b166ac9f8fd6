package cn.lawfulinspection.plan.internal;

import cn.lawfulinspection.plan.InspectionPlan;
import cn.lawfulinspection.plan.PlanService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Plans for signed-in users: agency staff see their agency's plans, supervisors and administrators all. */
@RestController
@RequestMapping("/api/plans")
@Tag(name = "检查计划", description = "检查计划及其版本；修订已备案的计划")
class PlanController {

  private static final Set<String> SEE_ALL = Set.of("supervisor", "camunda-admin");

  private final PlanService plans;

  PlanController(PlanService plans) {
    this.plans = plans;
  }

  @GetMapping
  @Operation(summary = "检查计划列表（含全部版本、逾期标记和退回理由）")
  List<InspectionPlan> list(@RequestParam(required = false) Integer year,
      @RequestParam(required = false) String agency, Authentication user) {
    Set<String> groups = groups(user);
    return plans.list(year, agency, groups.stream().anyMatch(SEE_ALL::contains) ? null : groups);
  }

  @GetMapping("/{planId}")
  @Operation(summary = "一个检查计划及其全部版本（联合检查计划的联合检查单位也可查看）")
  InspectionPlan get(@PathVariable long planId, Authentication user) {
    InspectionPlan plan = plans.get(planId);
    Set<String> groups = groups(user);
    // R-PL-6: the partner agencies of a joint plan read it too
    if (groups.stream().noneMatch(SEE_ALL::contains)
        && plans.readingAgencies(planId).stream().noneMatch(groups::contains)) {
      throw new AccessDeniedException("not staff of " + plan.agencyCode());
    }
    return plan;
  }

  @PostMapping("/{planId}/amendments")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "修订已备案的检查计划：发起新版本的审批和备案流程（原备案版本在新版本备案前继续有效）")
  Map<String, String> amend(@PathVariable long planId) {
    return Map.of("processInstanceId", plans.startAmendment(planId));
  }

  private static Set<String> groups(Authentication user) {
    return user.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith("GROUP_"))
        .map(a -> a.substring("GROUP_".length()))
        .collect(Collectors.toSet());
  }
}
