package cn.lawfulinspection.result.internal;

import cn.lawfulinspection.inspectioncode.PublicCodeAccess;
import cn.lawfulinspection.result.ResultService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * R-RS-2: the enterprise reads the result of its inspection through the inspection code, anonymously. The code is
 * verified exactly as on {@code GET /api/public/inspection-codes/{code}}; a forged, expired or foreign code gets the
 * same refusal (R-SC-3), never data.
 */
@RestController
@Tag(name = "检查码核验（公开）")
class PublicResultController {

  private final PublicCodeAccess access;
  private final ResultService results;

  PublicResultController(PublicCodeAccess access, ResultService results) {
    this.access = access;
    this.results = results;
  }

  @GetMapping("/api/public/inspection-codes/{code}/result")
  @Operation(summary = "凭检查码查看检查结果：是否已回填、各检查事项结论及问题、首违不罚标记、整改期限（R-RS-2）")
  ResponseEntity<?> result(@PathVariable String code, HttpServletRequest request) {
    return access.answer(code, request, "查看检查结果", "GET /api/public/inspection-codes/{code}/result",
        a -> results.publicResult(a.taskId()));
  }
}
