package cn.lawfulinspection.enterprise.internal;

import cn.lawfulinspection.common.csv.ImportSummary;
import cn.lawfulinspection.enterprise.ClassificationPolicy;
import cn.lawfulinspection.enterprise.CreditCode;
import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.enterprise.Enterprise;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
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

@Tag(name = "检查对象", description = "企业（统一社会信用代码 R-MD-4；分级分类、白名单、重点监管 R-MD-5）")
@RestController
@RequestMapping("/api/enterprises")
class EnterpriseController {

  private final JpaEnterpriseService enterprises;
  private final EnterpriseCsvImport csvImport;

  EnterpriseController(JpaEnterpriseService enterprises, EnterpriseCsvImport csvImport) {
    this.enterprises = enterprises;
    this.csvImport = csvImport;
  }

  @Operation(summary = "按名称片段或统一社会信用代码查找企业（分页）")
  @GetMapping
  EnterprisePage search(
      @Parameter(description = "名称中的字词，或统一社会信用代码的开头") @RequestParam(required = false) String q,
      @Parameter(description = "页码，从0开始") @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "每页条数，最多100") @RequestParam(defaultValue = "20") int size) {
    return EnterprisePage.of(enterprises.search(q, page, size));
  }

  @Operation(summary = "按统一社会信用代码查看企业")
  @GetMapping("/{creditCode}")
  Enterprise get(@PathVariable String creditCode) {
    return enterprises.get(creditCode);
  }

  @Operation(summary = "新建或修改企业（系统管理员；代码须通过 GB 32100 校验）")
  @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
  @PutMapping("/{creditCode}")
  Enterprise put(@PathVariable String creditCode, @Valid @RequestBody EnterpriseRequest request) {
    CreditCode.check(creditCode).orThrow();
    ClassificationPolicy.check(request.tier(), request.whiteListed(), request.keySupervision()).orThrow();
    return enterprises.save(new Enterprise(creditCode, request.name().trim(), blankToNull(request.address()),
        blankToNull(request.contact()), CreditTier.parse(request.tier()).orElseThrow(), request.whiteListed(),
        request.keySupervision(), Boolean.TRUE.equals(request.seriouslyDishonest())));
  }

  @Operation(summary = "从 CSV 文件批量导入企业（系统管理员；有任何错误则全部不导入）")
  @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImportSummary importCsv(@RequestPart("file") MultipartFile file) throws IOException {
    return csvImport.importFile(file.getBytes());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
