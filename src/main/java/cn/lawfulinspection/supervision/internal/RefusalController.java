package cn.lawfulinspection.supervision.internal;

import cn.lawfulinspection.supervision.RefusalLog;
import cn.lawfulinspection.supervision.RefusalLog.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "执法监督", description = "司法局查看被拒绝的操作")
@RestController
@RequestMapping("/api/supervision")
class RefusalController {

  private final RefusalLog refusals;

  RefusalController(RefusalLog refusals) {
    this.refusals = refusals;
  }

  @Operation(summary = "最近被拒绝的操作（含规则编号），最新的在前")
  @GetMapping("/refusals")
  @PreAuthorize("hasAnyAuthority('GROUP_supervisor', 'GROUP_camunda-admin')")
  List<Refusal> latest(@RequestParam(defaultValue = "50") int limit) {
    return refusals.latest(Math.max(1, Math.min(limit, 500)));
  }
}
