package cn.lawfulinspection.inspectioncode.internal;

import cn.lawfulinspection.common.Refused;
import cn.lawfulinspection.common.web.ProblemHandler;
import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.enterprise.EnterpriseService;
import cn.lawfulinspection.identity.ApiUsers;
import cn.lawfulinspection.identity.RoleGroups;
import cn.lawfulinspection.qr.CodeKind;
import cn.lawfulinspection.qr.CodePayload;
import cn.lawfulinspection.qr.CodeSettings;
import cn.lawfulinspection.qr.PublicAddress;
import cn.lawfulinspection.qr.SignedCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The printable poster of an enterprise's own QR code (企业专属二维码), for administrators (group {@code camunda-admin})
 * to print and hand to the enterprise, which puts it up at its premises. The code (kind ENTERPRISE, long validity)
 * points to {@code /public/scan.html?c=...}, the inspectors' scan-in page. Nobody else gets it (R-IG-7): an inspector
 * who could fetch it could "scan in" from the office, so the scan would no longer prove he was at the enterprise.
 * Every other caller gets a 403 problem in Chinese, logged for supervision.
 */
@RestController
@Tag(name = "企业专属二维码", description = "系统管理员打印企业专属二维码海报交企业张贴，执法人员到场扫码入企；执法人员不能获取")
class EnterprisePosterController {

  static final String SCAN_PAGE = "/public/scan.html?c=";
  static final URI FORBIDDEN = URI.create("urn:lawful-inspection:problem:forbidden");
  static final String ADMIN_ONLY = "企业专属二维码只能由系统管理员打印后交企业张贴；执法人员不能通过平台获取，须到企业现场扫描企业张贴的二维码入企（R-IG-7）。";

  private final EnterpriseService enterprises;
  private final SignedCode signer;
  private final CodeSettings settings;
  private final PublicAddress address;
  private final Clock clock;

  private final ApplicationEventPublisher events;

  EnterprisePosterController(EnterpriseService enterprises, SignedCode signer, CodeSettings settings,
      PublicAddress address, Clock clock, ApplicationEventPublisher events) {
    this.events = events;
    this.enterprises = enterprises;
    this.signer = signer;
    this.settings = settings;
    this.address = address;
    this.clock = clock;
  }

  @GetMapping(value = "/api/enterprises/{creditCode}/code-poster.png", produces = MediaType.IMAGE_PNG_VALUE)
  @Operation(summary = "企业专属二维码海报（PNG，A4 纵向 150dpi，仅系统管理员）：企业名称、统一社会信用代码、二维码、“执法人员扫码入企”")
  ResponseEntity<?> poster(@PathVariable String creditCode, Authentication user, HttpServletRequest request) {
    if (!admin(user)) {
      return forbidden(request);
    }
    EnterpriseCode code = code(creditCode);
    String validUntil = code.expiresAt().atZone(clock.getZone()).toLocalDate().minusDays(1)
        .format(DateTimeFormatter.ofPattern("yyyy年M月d日"));
    Enterprise enterprise = enterprises.get(code.creditCode());
    byte[] png = EnterprisePoster.png(enterprise.name(), enterprise.creditCode(), code.scanUrl(), validUntil);
    return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename("enterprise-code-" + enterprise.creditCode() + ".png").build().toString())
        .body(png);
  }

  @GetMapping("/api/enterprises/{creditCode}/code")
  @Operation(summary = "企业专属二维码的内容（签名码、扫码入企链接、有效期，仅系统管理员），供自行排版打印或对接其他系统")
  ResponseEntity<?> json(@PathVariable String creditCode, Authentication user, HttpServletRequest request) {
    if (!admin(user)) {
      return forbidden(request);
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(code(creditCode));
  }

  private static boolean admin(Authentication user) {
    return user != null && ApiUsers.groups(user).contains(RoleGroups.ADMIN);
  }

  /** R-IG-7: 403 problem in Chinese, logged for supervision; the code is not even computed. */
  private ResponseEntity<ProblemDetail> forbidden(HttpServletRequest request) {
    events.publishEvent(new Refused("R-IG-7", "creditCode", ADMIN_ONLY,
        request.getMethod() + " " + request.getRequestURI()));
    return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .cacheControl(CacheControl.noStore())
        .body(ProblemHandler.problem(HttpStatus.FORBIDDEN, FORBIDDEN, "无权获取企业专属二维码", ADMIN_ONLY, "R-IG-7",
            "creditCode"));
  }

  private EnterpriseCode code(String creditCode) {
    Enterprise enterprise = enterprises.get(creditCode.strip().toUpperCase(java.util.Locale.ROOT));
    Instant expiresAt = LocalDate.now(clock).atStartOfDay(clock.getZone()).plus(settings.enterpriseCodeValidity())
        .toInstant();
    String code = signer.sign(new CodePayload(CodeKind.ENTERPRISE, enterprise.creditCode(), expiresAt));
    return new EnterpriseCode(enterprise.creditCode(), code, address.base() + SCAN_PAGE + code, expiresAt);
  }

  /** An enterprise's own code (企业专属二维码) and the scan-in link it carries. */
  record EnterpriseCode(String creditCode, String code, String scanUrl, Instant expiresAt) {}
}
