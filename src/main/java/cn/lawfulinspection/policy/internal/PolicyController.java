package cn.lawfulinspection.policy.internal;

import cn.lawfulinspection.policy.Policies;
import cn.lawfulinspection.policy.PolicyProfile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The policy profile in force, for pages and for anyone signed in who wants to know the numbers. */
@RestController
@Tag(name = "政策配置", description = "本地区适用的检查规则参数")
class PolicyController {

  private final Policies policies;

  PolicyController(Policies policies) {
    this.policies = policies;
  }

  @GetMapping("/api/policy")
  @Operation(summary = "查看当前适用的政策配置")
  PolicyProfile current() {
    return policies.current();
  }
}
