package cn.lawfulinspection.scanin.internal;

import cn.lawfulinspection.scanin.NoScanReason;
import cn.lawfulinspection.scanin.ScanInCandidate;
import cn.lawfulinspection.scanin.ScanInRecord;
import cn.lawfulinspection.scanin.ScanInService;
import cn.lawfulinspection.scanin.ScanLocation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The scan page's API (扫码入企, R-SC-1, R-SC-2): logged-in inspectors only (HTTP Basic, like all of /api). The
 * phone's location goes with a scan when the phone gives one; out-of-range numbers are refused (R-IG-7). Two
 * scans of one task at the same instant both pass the "already recorded?" check; the unique key on the task lets one
 * insert land and the other's transaction roll back, and that one is answered with the winner's record as a repeat.
 */
@RestController
@RequestMapping("/api/scan-in")
@Tag(name = "扫码入企", description = "执法人员扫描企业专属二维码确认入企检查；无法扫码时登记原因和执法记录仪录像编号")
class ScanInController {

  private final ScanInService service;
  private final Clock clock;

  ScanInController(ScanInService service, Clock clock) {
    this.service = service;
    this.clock = clock;
  }

  @GetMapping("/tasks")
  @Operation(summary = "本人今日可在该企业入企检查的任务（c = 企业专属二维码）")
  List<ScanInCandidate> tasks(@RequestParam("c") String code, Authentication user) {
    return service.candidates(code, user.getName(), clock.instant());
  }

  @PostMapping
  @Operation(summary = "扫码入企：确认入企检查的任务（R-SC-1），附手机定位（纬度、经度、精度，可无）；重复扫码返回已有记录")
  ScanInRecord scanIn(@RequestBody ScanRequest request, Authentication user,
      @RequestHeader(value = HttpHeaders.USER_AGENT, required = false) String device) {
    ScanLocation location = ScanLocation.of(request.latitude(), request.longitude(), request.accuracy());
    try {
      return service.scanIn(request.code(), request.taskId(), user.getName(), clock.instant(), device, location);
    } catch (DataIntegrityViolationException lostRace) {
      return service.afterConcurrentScan(request.taskId(), user.getName(), device).orElseThrow(() -> lostRace);
    }
  }

  @PostMapping("/without-scan")
  @Operation(summary = "无法扫码入企：登记原因和执法记录仪录像编号（R-SC-2），附手机定位（可无）")
  ScanInRecord withoutScan(@RequestBody NoScanRequest request, Authentication user,
      @RequestHeader(value = HttpHeaders.USER_AGENT, required = false) String device) {
    ScanLocation location = ScanLocation.of(request.latitude(), request.longitude(), request.accuracy());
    try {
      return service.recordWithoutScan(request.taskId(), user.getName(), request.reason(), request.bodyCameraRef(),
          clock.instant(), device, location);
    } catch (DataIntegrityViolationException lostRace) {
      return service.afterConcurrentScan(request.taskId(), user.getName(), device).orElseThrow(() -> lostRace);
    }
  }

  /**
   * A scan of the enterprise's code; {@code latitude}, {@code longitude} (degrees) and {@code accuracy} (metres) are
   * the phone's position as its browser gave it, all absent when it gave none.
   */
  record ScanRequest(String code, long taskId, Double latitude, Double longitude, Double accuracy) {}

  /** No code could be scanned (R-SC-2); the position as with {@link ScanRequest}. */
  record NoScanRequest(long taskId, NoScanReason reason, String bodyCameraRef, Double latitude, Double longitude,
      Double accuracy) {}
}
