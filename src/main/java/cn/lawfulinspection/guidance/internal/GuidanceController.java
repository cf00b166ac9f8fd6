package cn.lawfulinspection.guidance.internal;

import cn.lawfulinspection.guidance.EnterpriseServiceLinks;
import cn.lawfulinspection.guidance.GuidanceKind;
import cn.lawfulinspection.guidance.GuidanceRequest;
import cn.lawfulinspection.guidance.GuidanceService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agency's staff on guidance (R-TK-9, R-NT-4): register a request received by phone, answer, record a visit made
 * with the enterprise's consent, link an inspection task registered because of a problem found. Backfilling a result
 * or opening a rectification on a guidance record is refused (R-TK-9).
 */
@RestController
@RequestMapping("/api/guidance")
@Tag(name = "行政指导", description = "执法部门登记电话受理的指导请求、答复、登记经企业同意的走访指导、关联发现问题后登记的检查任务")
class GuidanceController {

  private final GuidanceService guidance;
  private final EnterpriseServiceLinks links;

  GuidanceController(GuidanceService guidance, EnterpriseServiceLinks links) {
    this.guidance = guidance;
    this.links = links;
  }

  @PostMapping
  @Operation(summary = "登记电话受理的行政指导请求；平台随即把企业服务链接发给企业，企业在其页面查看答复、表示是否同意入企")
  GuidanceRequest registerByPhone(@RequestBody PhoneRequest body) {
    GuidanceRequest request = guidance.registerByPhone(body.enterpriseCode(), body.kind(), body.subject(),
        body.contact());
    links.send(request.enterpriseCode(), "您通过电话提出的行政指导请求 " + request.requestNumber() + " 已登记。");
    return request;
  }

  @GetMapping("/{id}")
  GuidanceRequest get(@PathVariable long id) {
    return guidance.get(id);
  }

  @PostMapping("/{id}/answer")
  @Operation(summary = "答复行政指导请求（完成 Tasklist 中的“答复行政指导请求”）：{\"answer\":\"…\",\"visitProposed\":false}")
  GuidanceRequest answer(@PathVariable long id, @RequestBody AnswerBody body) {
    return guidance.answer(id, body.answer(), Boolean.TRUE.equals(body.visitProposed()));
  }

  @PostMapping("/{id}/visit")
  @Operation(summary = "登记走访指导：须企业已邀约或在其页面同意（R-TK-9）；只记录指导内容，不记录检查结果")
  GuidanceRequest visit(@PathVariable long id, @RequestBody VisitBody body) {
    return guidance.recordVisit(id, body.notes());
  }

  @PostMapping("/{id}/inspection-task")
  @Operation(summary = "发现问题需要检查时：先按规定登记检查任务，再把任务编号关联到本指导记录（指导记录不转为检查）")
  GuidanceRequest link(@PathVariable long id, @RequestBody LinkBody body) {
    return guidance.linkInspectionTask(id, body.taskNumber());
  }

  @PostMapping({"/{id}/result", "/{id}/rectification"})
  @Operation(summary = "总是拒绝（R-TK-9）：行政指导记录不能回填检查结果或责令整改")
  void refused(@PathVariable long id) {
    guidance.refuseInspectionStep(id);
  }

  @PostMapping("/service-links")
  @Operation(summary = "通过平台把企业服务链接发给企业（链接只发给企业，不返回给工作人员）")
  Map<String, Instant> sendLink(@RequestBody LinkRequest body) {
    guidance.staffAgency();
    return Map.of("validUntil", links.send(body.enterpriseCode() == null ? "" : body.enterpriseCode().strip(),
        "行政执法部门向贵企业发送企业服务链接。"));
  }

  record PhoneRequest(String enterpriseCode, GuidanceKind kind, String subject, String contact) {}

  record AnswerBody(String answer, Boolean visitProposed) {}

  record VisitBody(String notes) {}

  record LinkBody(String taskNumber) {}

  record LinkRequest(String enterpriseCode) {}
}
