package cn.lawfulinspection.inspectioncode.internal;

import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.enterprise.EnterpriseService;
import cn.lawfulinspection.qr.CodeKind;
import cn.lawfulinspection.qr.CodePayload;
import cn.lawfulinspection.qr.CodeSettings;
import cn.lawfulinspection.qr.SignedCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The printable poster of an enterprise's own QR code (企业专属二维码), for logged-in staff to print and hand over.
 * The code (kind ENTERPRISE, long validity) points to {@code /public/scan.html?c=...}, the inspectors' scan-in page.
 */
@RestController
@Tag(name = "企业专属二维码", description = "打印企业专属二维码海报，执法人员到场扫码入企")
class EnterprisePosterController {

  static final String SCAN_PAGE = "/public/scan.html?c=";

  private final EnterpriseService enterprises;
  private final SignedCode signer;
  private final CodeSettings settings;
  private final Clock clock;

  EnterprisePosterController(EnterpriseService enterprises, SignedCode signer, CodeSettings settings, Clock clock) {
    this.enterprises = enterprises;
    this.signer = signer;
    this.settings = settings;
    this.clock = clock;
  }

  @GetMapping(value = "/api/enterprises/{creditCode}/code-poster.png", produces = MediaType.IMAGE_PNG_VALUE)
  @Operation(summary = "企业专属二维码海报（PNG，A4 纵向 150dpi）：企业名称、统一社会信用代码、二维码、“执法人员扫码入企”")
  ResponseEntity<byte[]> poster(@PathVariable String creditCode) {
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
  @Operation(summary = "企业专属二维码的内容（签名码、扫码入企链接、有效期），供自行排版打印或对接其他系统")
  ResponseEntity<EnterpriseCode> json(@PathVariable String creditCode) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(code(creditCode));
  }

  private EnterpriseCode code(String creditCode) {
    Enterprise enterprise = enterprises.get(creditCode.strip().toUpperCase(java.util.Locale.ROOT));
    Instant expiresAt = LocalDate.now(clock).atStartOfDay(clock.getZone()).plus(settings.enterpriseCodeValidity())
        .toInstant();
    String code = signer.sign(new CodePayload(CodeKind.ENTERPRISE, enterprise.creditCode(), expiresAt));
    String base = settings.baseUrl() == null || settings.baseUrl().isBlank() ? Requests.base() : settings.baseUrl();
    return new EnterpriseCode(enterprise.creditCode(), code, base + SCAN_PAGE + code, expiresAt);
  }

  /** An enterprise's own code (企业专属二维码) and the scan-in link it carries. */
  record EnterpriseCode(String creditCode, String code, String scanUrl, Instant expiresAt) {}
}
