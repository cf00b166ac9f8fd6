package cn.lawfulinspection.deployment.internal;

import cn.lawfulinspection.deployment.ModelDeploymentRecord;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Supervision (执法监督) reads who deployed which models, refusals included: a changed procedure is a legal matter. */
@RestController
@Tag(name = "执法监督", description = "司法局查看流程模型的部署记录")
class ModelDeploymentController {

  private final ModelDeploymentLog records;

  ModelDeploymentController(ModelDeploymentLog records) {
    this.records = records;
  }

  @GetMapping("/api/supervision/model-deployments")
  @PreAuthorize("hasAnyAuthority('GROUP_supervisor', 'GROUP_camunda-admin')")
  @Operation(summary = "流程模型部署记录（谁、何时、部署了哪些文件、平台补入的表单、被拒绝的原因），最新的在前")
  List<ModelDeploymentRecord> latest(@RequestParam(defaultValue = "50") int limit) {
    return records.latest(Math.max(1, Math.min(limit, 500)));
  }
}
