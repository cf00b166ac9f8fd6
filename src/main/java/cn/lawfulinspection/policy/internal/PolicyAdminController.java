package cn.lawfulinspection.policy.internal;

import cn.lawfulinspection.policy.PolicyProfile;
import cn.lawfulinspection.policy.ProfileVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The administrator's view and change of the policy profiles (camunda-admin only; docs/policy-profiles.md). */
@RestController
@RequestMapping("/api/admin/policy-profiles")
@Tag(name = "政策配置管理", description = "系统管理员修改政策配置：每次修改形成新版本并记入审计")
class PolicyAdminController {

  private final PolicyAdministration administration;

  PolicyAdminController(PolicyAdministration administration) {
    this.administration = administration;
  }

  @GetMapping("/{name}")
  @Operation(summary = "查看政策配置的现行版本（含每个值的依据）")
  PolicyProfile newest(@PathVariable String name) {
    return administration.newest(name);
  }

  @GetMapping("/{name}/versions")
  @Operation(summary = "查看政策配置的全部版本及修改记录（修改人、时间、理由、原值和新值）")
  List<ProfileVersion> versions(@PathVariable String name) {
    return administration.versions(name);
  }

  @PutMapping("/{name}")
  @Operation(summary = "修改政策配置（填写修改的值和理由），形成新版本")
  ProfileVersion put(@PathVariable String name, @RequestBody PolicyAdministration.Change change) {
    return administration.change(name, change);
  }

  @PatchMapping("/{name}")
  @Operation(summary = "修改政策配置（同 PUT：只填写要修改的值和理由）")
  ProfileVersion patch(@PathVariable String name, @RequestBody PolicyAdministration.Change change) {
    return administration.change(name, change);
  }
}
