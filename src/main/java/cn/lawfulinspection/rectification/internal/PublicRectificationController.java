package cn.lawfulinspection.rectification.internal;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.inspectioncode.PublicCodeAccess;
import cn.lawfulinspection.rectification.Rectification;
import cn.lawfulinspection.rectification.RectificationPolicy;
import cn.lawfulinspection.rectification.RectificationService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The enterprise's side of its rectification (整改, R-RS-4), anonymously, through the inspection code the inspector
 * showed: the code passes the one gate of the public pages ({@link PublicCodeAccess}); a forged,
 * expired or foreign code gets that refusal (R-SC-3) and no data. Reports are traced as PUBLIC_PAGE.
 */
@RestController
@RequestMapping("/api/public/inspection-codes")
@Tag(name = "企业整改报告（公开）", description = "企业通过检查码查看整改要求、报告整改情况")
class PublicRectificationController {

  private final PublicCodeAccess access;
  private final RectificationService rectifications;

  PublicRectificationController(PublicCodeAccess access, RectificationService rectifications) {
    this.access = access;
    this.rectifications = rectifications;
  }

  @GetMapping("/{code}/rectification")
  @Operation(summary = "整改要求和进展：整改期限、状态、已报告的整改情况、核查结论和复查日期")
  ResponseEntity<?> rectification(@PathVariable String code, HttpServletRequest request) {
    return withTask(code, request, "查看整改要求", "GET /api/public/inspection-codes/{code}/rectification",
        rectifications::publicView);
  }

  @PostMapping("/{code}/rectification-report")
  @Operation(summary = "报告整改情况（整改说明和佐证材料名称/编号），提交后由执法人员核查")
  ResponseEntity<?> report(@PathVariable String code, @RequestBody Report body, HttpServletRequest request) {
    return withTask(code, request, "报告整改情况", "POST /api/public/inspection-codes/{code}/rectification-report",
        taskNumber -> {
      Rectification r = rectifications.ofTaskNumber(taskNumber).orElseThrow(() -> new RuleViolationException(
          RectificationPolicy.RULE, "code", "本次检查未责令整改，无需报告整改情况。"));
      rectifications.report(r.taskId(), body.report(), body.evidence(), PublicCodeAccess.device(request));
      return rectifications.publicView(taskNumber);
    });
  }

  /** Verifies the code, then answers {@code answer(taskNumber)}; a refused code answers its problem only. */
  private ResponseEntity<?> withTask(String code, HttpServletRequest request, String purpose, String where,
      Function<String, Object> answer) {
    return access.answer(code, request, purpose, where, a -> answer.apply(a.verification().task().taskNumber()));
  }

  record Report(String report, List<String> evidence) {}
}
