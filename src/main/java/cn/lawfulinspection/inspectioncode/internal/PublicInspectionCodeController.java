package cn.lawfulinspection.inspectioncode.internal;

import cn.lawfulinspection.common.Refused;
import cn.lawfulinspection.common.web.ProblemHandler;
import cn.lawfulinspection.inspectioncode.InspectionCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anonymous verification of an inspection code (R-SC-3): the task's public facts, or a refusal (422/404 problem with
 * {@code ruleId} R-SC-3) that carries no task data and reaches the refusal log.
 */
@RestController
@RequestMapping("/api/public/inspection-codes")
@Tag(name = "检查码核验（公开）", description = "企业扫描执法人员出示的检查码，核验检查任务真实性并了解自身权利")
class PublicInspectionCodeController {

  private static final int MAX_DEVICE = 160;

  private final InspectionCodes codes;
  private final ApplicationEventPublisher events;

  PublicInspectionCodeController(InspectionCodes codes, ApplicationEventPublisher events) {
    this.codes = codes;
    this.events = events;
  }

  @GetMapping("/{code}")
  @Operation(summary = "核验检查码：真实有效时返回执法机关、执法人员及执法证号、检查事项及依据、检查时间和企业权利")
  ResponseEntity<?> verify(@PathVariable String code, HttpServletRequest request) {
    String device = request.getHeader("User-Agent");
    if (device != null && device.length() > MAX_DEVICE) {
      device = device.substring(0, MAX_DEVICE);
    }
    InspectionCodes.Verification v = codes.verify(code, device);
    if (v.genuine()) {
      return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(v.task());
    }
    events.publishEvent(new Refused("R-SC-3", "code", v.refusal(), "GET /api/public/inspection-codes/{code}"));
    HttpStatus status = HttpStatus.valueOf(v.status());
    ProblemDetail problem = ProblemHandler.problem(status,
        status == HttpStatus.NOT_FOUND ? ProblemHandler.NOT_FOUND : ProblemHandler.RULE_VIOLATION,
        "检查码无效", v.refusal(), "R-SC-3", "code");
    return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).body(problem);
  }
}
