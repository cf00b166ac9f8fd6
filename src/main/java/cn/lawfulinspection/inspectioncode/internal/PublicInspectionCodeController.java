package cn.lawfulinspection.inspectioncode.internal;

import cn.lawfulinspection.inspectioncode.PublicCodeAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
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

  private final PublicCodeAccess access;

  PublicInspectionCodeController(PublicCodeAccess access) {
    this.access = access;
  }

  @GetMapping("/{code}")
  @Operation(summary = "核验检查码：真实有效时返回执法机关、执法人员及执法证号、检查事项及依据、检查时间和企业权利")
  ResponseEntity<?> verify(@PathVariable String code, HttpServletRequest request) {
    return access.answer(code, request, null, "GET /api/public/inspection-codes/{code}",
        a -> a.verification().task());
  }
}
