package cn.lawfulinspection.plan.internal;

import cn.lawfulinspection.plan.PlanService;
import cn.lawfulinspection.plan.PublishedPlan;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** R-PL-4: the filed plans, published to everyone (向社会公布), read-only and anonymous. */
@RestController
@RequestMapping("/api/public/plans")
@Tag(name = "检查计划公示", description = "已备案的检查计划，向社会公布")
class PublicPlanController {

  private final PlanService plans;

  PublicPlanController(PlanService plans) {
    this.plans = plans;
  }

  @GetMapping
  @Operation(summary = "已备案并公布的检查计划（可按年度和执法机关代码筛选）")
  List<PublishedPlan> published(@RequestParam(required = false) Integer year,
      @RequestParam(required = false) String agency) {
    return plans.published(year, agency);
  }
}
