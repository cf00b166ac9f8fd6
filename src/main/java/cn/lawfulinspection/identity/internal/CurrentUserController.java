package cn.lawfulinspection.identity.internal;

import cn.lawfulinspection.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "身份", description = "当前登录用户")
class CurrentUserController {

  private final IdentityService identityService;

  CurrentUserController(IdentityService identityService) {
    this.identityService = identityService;
  }

  @GetMapping("/api/me")
  @Operation(summary = "当前用户及其所属组（角色、单位）")
  CurrentUser me(Principal principal) {
    String userId = principal.getName();
    User user = identityService.createUserQuery().userId(userId).singleResult();
    String name = user == null ? userId : (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).strip();
    return new CurrentUser(userId, name, identityService.createGroupQuery().groupMember(userId)
        .orderByGroupId().asc().listPage(0, 200).stream().map(Group::getId).toList());
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
