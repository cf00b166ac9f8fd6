package cn.lawfulinspection.rectification.internal;

import cn.lawfulinspection.common.Refused;
import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.common.web.ProblemHandler;
import cn.lawfulinspection.inspectioncode.InspectionCodes;
import cn.lawfulinspection.rectification.Rectification;
import cn.lawfulinspection.rectification.RectificationPolicy;
import cn.lawfulinspection.rectification.RectificationService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The enterprise's side of its rectification (整改, R-RS-4), anonymously, through the inspection code the inspector
 * showed: the code is verified exactly as the verification page does ({@link InspectionCodes#verify}); a forged,
 * expired or foreign code gets that refusal (R-SC-3) and no data. Reports are traced as PUBLIC_PAGE.
 */
@RestController
@RequestMapping("/api/public/inspection-codes")
@Tag(name = "企业整改报告（公开）", description = "企业通过检查码查看整改要求、报告整改情况")
class PublicRectificationController {

  private static final int MAX_DEVICE = 160;

  private final InspectionCodes codes;
  private final RectificationService rectifications;
  private final ApplicationEventPublisher events;

  PublicRectificationController(InspectionCodes codes, RectificationService rectifications,
      ApplicationEventPublisher events) {
    this.codes = codes;
    this.rectifications = rectifications;
    this.events = events;
  }

  @GetMapping("/{code}/rectification")
  @Operation(summary = "整改要求和进展：整改期限、状态、已报告的整改情况、核查结论和复查日期")
  ResponseEntity<?> rectification(@PathVariable String code, HttpServletRequest request) {
    return withTask(code, request, "GET /api/public/inspection-codes/{code}/rectification",
        rectifications::publicView);
  }

  @PostMapping("/{code}/rectification-report")
  @Operation(summary = "报告整改情况（整改说明和佐证材料名称/编号），提交后由执法人员核查")
  ResponseEntity<?> report(@PathVariable String code, @RequestBody Report body, HttpServletRequest request) {
    return withTask(code, request, "POST /api/public/inspection-codes/{code}/rectification-report", taskNumber -> {
      Rectification r = rectifications.ofTaskNumber(taskNumber).orElseThrow(() -> new RuleViolationException(
          RectificationPolicy.RULE, "code", "本次检查未责令整改，无需报告整改情况。"));
      rectifications.report(r.taskId(), body.report(), body.evidence(), device(request));
      return rectifications.publicView(taskNumber);
    });
  }

  /** Verifies the code, then answers {@code answer(taskNumber)}; a refused code answers its problem only. */
  private ResponseEntity<?> withTask(String code, HttpServletRequest request, String where,
      Function<String, Object> answer) {
    InspectionCodes.Verification v = codes.verify(code, device(request));
    if (!v.genuine()) {
      events.publishEvent(new Refused("R-SC-3", "code", v.refusal(), where));
      HttpStatus status = HttpStatus.valueOf(v.status());
      return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).body(ProblemHandler.problem(status,
          status == HttpStatus.NOT_FOUND ? ProblemHandler.NOT_FOUND : ProblemHandler.RULE_VIOLATION, "检查码无效",
          v.refusal(), "R-SC-3", "code"));
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(answer.apply(v.task().taskNumber()));
  }

  private static String device(HttpServletRequest request) {
    String device = request.getHeader("User-Agent");
    return device != null && device.length() > MAX_DEVICE ? device.substring(0, MAX_DEVICE) : device;
  }

  record Report(String report, List<String> evidence) {}
}
