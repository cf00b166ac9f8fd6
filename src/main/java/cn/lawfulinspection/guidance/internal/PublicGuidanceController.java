package cn.lawfulinspection.guidance.internal;

import cn.lawfulinspection.guidance.EnterpriseServiceLinks;
import cn.lawfulinspection.guidance.GuidanceKind;
import cn.lawfulinspection.guidance.GuidanceRequest;
import cn.lawfulinspection.guidance.GuidanceService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The enterprise's own page for guidance (R-TK-9, R-NT-4), anonymous, with the enterprise service link the platform
 * sent it (never the inspector's code, R-IG-7). A refused link answers a 422 problem logged under the endpoint's
 * template (never the code) and counts for the anonymous refusal rate limit like every {@code /api/public} refusal.
 */
@RestController
@RequestMapping("/api/public/enterprise-pages/{code}/guidance")
@Tag(name = "行政指导（企业）", description = "企业通过企业服务链接申请行政指导、邀约走访或观摩，查看答复，表示是否同意入企")
class PublicGuidanceController {

  private final EnterpriseServiceLinks links;
  private final GuidanceService guidance;

  PublicGuidanceController(EnterpriseServiceLinks links, GuidanceService guidance) {
    this.links = links;
    this.guidance = guidance;
  }

  @GetMapping
  @Operation(summary = "贵企业的行政指导请求及答复（新的在前）")
  ResponseEntity<List<PublicGuidance>> list(@PathVariable String code) {
    String enterprise = links.enterpriseOf(code);
    return noStore(guidance.ofEnterprise(enterprise).stream().map(PublicGuidance::of).toList());
  }

  @PostMapping
  @Operation(summary = "申请行政指导（GUIDANCE）、邀约走访指导（VISIT_INVITATION）或邀请观摩（OBSERVATION_INVITATION）；邀约即表示企业同意入企")
  ResponseEntity<PublicGuidance> request(@PathVariable String code, @RequestBody(required = false) Ask body) {
    String enterprise = links.enterpriseOf(code);
    Ask ask = body == null ? new Ask(null, null, null, null) : body;
    return noStore(PublicGuidance.of(guidance.requestByEnterprise(enterprise, ask.agencyCode(), ask.kind(),
        ask.subject(), ask.contact())));
  }

  @PostMapping("/{requestNumber}/consent")
  @Operation(summary = "同意（邀请）或不同意执法部门入企走访指导：{\"agrees\":true}")
  ResponseEntity<PublicGuidance> consent(@PathVariable String code, @PathVariable String requestNumber,
      @RequestBody(required = false) ConsentBody body) {
    String enterprise = links.enterpriseOf(code);
    return noStore(PublicGuidance.of(guidance.consent(enterprise, requestNumber, body == null ? null : body.agrees())));
  }

  private static <T> ResponseEntity<T> noStore(T body) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
  }

  record Ask(String agencyCode, GuidanceKind kind, String subject, String contact) {}

  record ConsentBody(Boolean agrees) {}

  /** What the enterprise reads of one request. */
  record PublicGuidance(String requestNumber, String agencyName, String kind, String kindLabel, String subject,
      Instant requestedAt, String statusLabel, Instant replyDueAt, String answer, Instant answeredAt,
      boolean visitProposed, String consent, String consentLabel, Instant visitedAt, String visitNotes) {

    static PublicGuidance of(GuidanceRequest r) {
      return new PublicGuidance(r.requestNumber(), r.agencyName(), r.kind().name(), r.kind().label(), r.subject(),
          r.requestedAt(), r.status().label(), r.replyDueAt(), r.answer(), r.answeredAt(), r.visitProposed(),
          r.consent() == null ? null : r.consent().name(), r.consent() == null ? "未表示" : r.consent().label(),
          r.visitedAt(), r.visitNotes());
    }
  }
}
