package cn.lawfulinspection.evaluation.internal;

import cn.lawfulinspection.evaluation.EvaluationSummary;
import cn.lawfulinspection.evaluation.EvaluationService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Supervision (执法监督) reads the enterprises' evaluations per agency (R-SV-3 "evaluations", R-RS-3). */
@RestController
@Tag(name = "执法监督", description = "司法局查看企业对检查的评议")
class SupervisionEvaluationController {

  private final EvaluationService evaluations;

  SupervisionEvaluationController(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @GetMapping("/api/supervision/evaluations")
  @PreAuthorize("hasAnyAuthority('GROUP_supervisor', 'GROUP_camunda-admin')")
  @Operation(summary = "企业评议：按执法机关（不填为全部）列出评议，含评议数和平均分，最新的在前")
  EvaluationSummary evaluations(@RequestParam(required = false) String agencyCode) {
    return evaluations.summary(agencyCode);
  }
}
