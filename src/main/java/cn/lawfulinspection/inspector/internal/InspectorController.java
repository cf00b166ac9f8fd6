package cn.lawfulinspection.inspector.internal;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.common.Verdict;
import cn.lawfulinspection.common.csv.ImportSummary;
import cn.lawfulinspection.identity.ApiUsers;
import cn.lawfulinspection.inspector.ContactPolicy;
import cn.lawfulinspection.inspector.EnforcementCertificate;
import cn.lawfulinspection.inspector.Inspector;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "执法人员", description = "执法人员及其行政执法证件（R-MD-1、R-MD-2）")
@RestController
@RequestMapping("/api/inspectors")
class InspectorController {

  static final String ID_PATTERN = "[a-zA-Z0-9-]{1,32}";

  private final JpaInspectorService inspectors;
  private final InspectorCsvImport csvImport;
  private final Clock clock;

  InspectorController(JpaInspectorService inspectors, InspectorCsvImport csvImport, Clock clock) {
    this.inspectors = inspectors;
    this.csvImport = csvImport;
    this.clock = clock;
  }

  @Operation(summary = "列出执法人员（可按执法机关筛选；电话号码只对本机关人员、司法局和系统管理员显示）")
  @GetMapping
  List<Inspector> list(@Parameter(description = "执法机关代码") @RequestParam(required = false) String agencyCode,
      Authentication user) {
    Set<String> groups = ApiUsers.groups(user);
    return (agencyCode == null || agencyCode.isBlank() ? inspectors.all() : inspectors.ofAgency(agencyCode)).stream()
        .map(i -> ContactPolicy.asSeenBy(i, groups))
        .toList();
  }

  @Operation(summary = "查看一名执法人员（电话号码只对本机关人员、司法局和系统管理员显示）")
  @GetMapping("/{id}")
  Inspector get(@PathVariable String id, Authentication user) {
    return ContactPolicy.asSeenBy(inspectors.get(id), ApiUsers.groups(user));
  }

  @Operation(summary = "执法资格校验（R-MD-1）：证件存在、在有效期内、未吊销")
  @GetMapping("/{id}/qualification")
  Verdict qualification(@PathVariable String id,
      @Parameter(description = "检查日期，默认今天") @RequestParam(required = false)
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
    return inspectors.qualified(id, on == null ? LocalDate.now(clock) : on);
  }

  @Operation(summary = "新建或修改执法人员（系统管理员）")
  @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
  @PutMapping("/{id}")
  Inspector put(@PathVariable String id, @Valid @RequestBody InspectorRequest request) {
    if (!id.matches(ID_PATTERN)) {
      throw new RuleViolationException(null, "id", "执法人员编号只能由字母、数字和连字符组成（最多32位）。");
    }
    InspectorRequest.Certificate c = request.certificate();
    if (c != null && c.validTo().isBefore(c.validFrom())) {
      throw new RuleViolationException(null, "certificate.validTo", "证件有效期截止日不能早于起始日。");
    }
    EnforcementCertificate certificate = c == null ? null
        : new EnforcementCertificate(c.number().trim(), c.validFrom(), c.validTo(), c.revoked());
    return inspectors.save(new Inspector(id, request.name().trim(), request.agencyCode().trim(),
        blankToNull(request.userId()), blankToNull(request.phone()), certificate));
  }

  @Operation(summary = "从 CSV 文件批量导入执法人员（系统管理员；有任何错误则全部不导入）")
  @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImportSummary importCsv(@RequestPart("file") MultipartFile file) throws IOException {
    return csvImport.importFile(file.getBytes());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
