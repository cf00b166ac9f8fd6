package cn.lawfulinspection.rectification.internal;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.inspectioncode.PublicCodeAccess;
import cn.lawfulinspection.rectification.PublicRectification;
import cn.lawfulinspection.rectification.Rectification;
import cn.lawfulinspection.rectification.RectificationPolicy;
import cn.lawfulinspection.rectification.RectificationService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The enterprise's side of its rectification (整改, R-RS-4), anonymously. Reading passes the one gate of the public
 * pages ({@link PublicCodeAccess}) with the inspection code or the enterprise's follow-up link; reporting takes the
 * follow-up link the platform sent the enterprise with the result, and refuses the inspector's inspection code
 * (R-IG-7): the inspector holds it and could report in the enterprise's name. A forged, expired or foreign code gets
 * its refusal (R-SC-3) and no data. Reports are traced as PUBLIC_PAGE; refusals are logged under the endpoint's
 * template, never with the code.
 */
@RestController
@RequestMapping("/api/public/inspection-codes")
@Tag(name = "企业整改报告（公开）", description = "企业查看整改要求；通过检查结果告知链接报告整改情况（执法人员出示的检查码不能报告）")
class PublicRectificationController {

  static final String READ = "GET /api/public/inspection-codes/{code}/rectification";
  static final String REPORT = "POST /api/public/inspection-codes/{code}/rectification-report";

  private final PublicCodeAccess access;
  private final RectificationService rectifications;

  PublicRectificationController(PublicCodeAccess access, RectificationService rectifications) {
    this.access = access;
    this.rectifications = rectifications;
  }

  @GetMapping("/{code}/rectification")
  @Operation(summary = "整改要求和进展：整改期限、状态、已报告的整改情况、核查结论和复查日期（检查码只读，canReport 恒为 false）")
  ResponseEntity<?> rectification(@PathVariable String code, HttpServletRequest request) {
    return access.answer(code, request, "查看整改要求", READ, a -> {
      PublicRectification view = rectifications.publicView(a.verification().task().taskNumber());
      return a.verification().followUp() ? view : view.readOnly();
    });
  }

  @PostMapping("/{code}/rectification-report")
  @Operation(summary = "报告整改情况（仅限检查结果告知链接）：整改说明和佐证材料名称/编号，提交后由执法人员核查")
  ResponseEntity<?> report(@PathVariable String code, @RequestBody(required = false) Report body,
      HttpServletRequest request) {
    return access.answerForEnterprise(code, request, "报告整改情况", REPORT, a -> {
      String taskNumber = a.verification().task().taskNumber();
      Rectification r = rectifications.ofTaskNumber(taskNumber).orElseThrow(() -> new RuleViolationException(
          RectificationPolicy.RULE, "code", "本次检查未责令整改，无需报告整改情况。"));
      rectifications.report(r.taskId(), body == null ? null : body.report(), body == null ? null : body.evidence(),
          PublicCodeAccess.device(request));
      return rectifications.publicView(taskNumber);
    });
  }

  record Report(String report, List<String> evidence) {}
}
