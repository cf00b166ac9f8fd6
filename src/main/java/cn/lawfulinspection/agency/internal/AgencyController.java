package cn.lawfulinspection.agency.internal;

import cn.lawfulinspection.agency.Agency;
import cn.lawfulinspection.common.RuleViolationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "执法机关", description = "执法机关（含司法局）及其科室")
@RestController
@RequestMapping("/api/agencies")
class AgencyController {

  static final String CODE_PATTERN = "[a-zA-Z0-9]{1,32}";

  private final JpaAgencyService agencies;

  AgencyController(JpaAgencyService agencies) {
    this.agencies = agencies;
  }

  @Operation(summary = "列出全部执法机关")
  @GetMapping
  List<Agency> list() {
    return agencies.all();
  }

  @Operation(summary = "查看一个执法机关")
  @GetMapping("/{code}")
  Agency get(@PathVariable String code) {
    return agencies.get(code);
  }

  @Operation(summary = "新建或修改执法机关（系统管理员）")
  @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
  @PutMapping("/{code}")
  Agency put(@PathVariable String code, @Valid @RequestBody AgencyRequest request) {
    if (!code.matches(CODE_PATTERN)) {
      // the code is also the prefix of the agency's Camunda groups, which allow only letters and digits
      throw new RuleViolationException(null, "code", "执法机关代码只能由字母和数字组成（最多32位），例如 scjg。");
    }
    List<String> sections = request.sections() == null ? List.of() : request.sections();
    return agencies.save(new Agency(code, request.name().trim(), request.level(), request.justiceBureau(), sections));
  }
}
