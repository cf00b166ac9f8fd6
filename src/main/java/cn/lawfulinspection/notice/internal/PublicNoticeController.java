package cn.lawfulinspection.notice.internal;

import cn.lawfulinspection.inspectioncode.PublicCodeAccess;
import cn.lawfulinspection.notice.NoticeService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The enterprise reads its notice (检查预告, R-NT-1) through the inspection code, anonymously. The code is verified
 * first (R-SC-3): a forged, expired or foreign code gets its refusal and never any data.
 */
@RestController
@Tag(name = "检查预告（公开）", description = "企业通过检查码查看本次检查的检查预告")
class PublicNoticeController {

  private final PublicCodeAccess access;
  private final NoticeService notices;

  PublicNoticeController(PublicCodeAccess access, NoticeService notices) {
    this.access = access;
    this.notices = notices;
  }

  @GetMapping("/api/public/inspection-codes/{code}/notice")
  @Operation(summary = "检查预告：检查事项及法定依据、合规标准、检查时间、方式、联系人和发送时间；未发送时说明原因")
  ResponseEntity<?> notice(@PathVariable String code, HttpServletRequest request) {
    return access.answer(code, request, "查看检查预告", "GET /api/public/inspection-codes/{code}/notice",
        a -> notices.forEnterprise(a.taskId()));
  }
}
