package cn.lawfulinspection.inspectioncode.internal;

import cn.lawfulinspection.identity.ApiUsers;
import cn.lawfulinspection.inspectioncode.InspectionCodes;
import cn.lawfulinspection.inspectioncode.IssuedCode;
import cn.lawfulinspection.qr.QrImages;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The inspection code (检查码) of a task, for its assigned inspectors and its agency's staff (R-SC-3). */
@RestController
@RequestMapping("/api/tasks/{id}")
@Tag(name = "检查码", description = "经批准的检查任务的检查码（亮码检查），企业扫码核验任务真实性")
class InspectionCodeController {

  private final InspectionTaskService tasks;
  private final InspectionCodes codes;

  InspectionCodeController(InspectionTaskService tasks, InspectionCodes codes) {
    this.tasks = tasks;
    this.codes = codes;
  }

  @GetMapping("/inspection-code")
  @Operation(summary = "检查码：签名文本、有效期和核验网址（任务须已批准或为紧急先行检查）")
  IssuedCode code(@PathVariable long id, Authentication user) {
    return codes.issue(readable(id, user), user.getName());
  }

  @GetMapping(value = "/inspection-code.png", produces = MediaType.IMAGE_PNG_VALUE)
  @Operation(summary = "检查码二维码图片（PNG，扫码打开公开核验页面）")
  ResponseEntity<byte[]> png(@PathVariable long id, @RequestParam(defaultValue = "512") int size,
      Authentication user) {
    IssuedCode code = codes.issue(readable(id, user), user.getName());
    return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
        .body(QrImages.png(code.verificationUrl(), Math.max(128, Math.min(size, 1024))));
  }

  /** The task, if the user is one of its inspectors or of its agency's staff. */
  private InspectionTask readable(long id, Authentication user) {
    InspectionTask task = tasks.get(id);
    if (!task.inspectorUserIds().contains(user.getName()) && !ApiUsers.groups(user).contains(task.agencyCode())) {
      throw new AccessDeniedException("neither an inspector of task " + id + " nor staff of " + task.agencyCode());
    }
    return task;
  }
}
