package cn.lawfulinspection.scanin.internal;

import cn.lawfulinspection.scanin.ScanInService;
import cn.lawfulinspection.scanin.UnlocatedScans;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Supervision (执法监督) reads the scan-ins whose phone gave no location (R-IG-7): where presence is least proven. */
@RestController
@Tag(name = "执法监督", description = "司法局查看未附手机定位的入企记录")
class SupervisionScanInController {

  private final ScanInService scanIns;

  SupervisionScanInController(ScanInService scanIns) {
    this.scanIns = scanIns;
  }

  @GetMapping("/api/supervision/scans-without-location")
  @PreAuthorize("hasAnyAuthority('GROUP_supervisor', 'GROUP_camunda-admin')")
  @Operation(summary = "未附手机定位的入企记录（扫码或无法扫码），最新的在前；page 从 0 起，size 1—100")
  UnlocatedScans withoutLocation(@RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return scanIns.withoutLocation(page, size);
  }
}
