package cn.lawfulinspection.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lawfulinspection.support.IntegrationTest;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class AdminGroupGuardIT {

  @Autowired IdentityService identityService;
  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void client() {
    identityService.clearAuthentication();
    http = new Http(port);
  }

  private boolean adminIsMember() {
    return identityService.createUserQuery().userId("admin").memberOfGroup(RoleGroups.ADMIN).count() == 1;
  }

  @Test
  @DisplayName("CVE-2026-77226 Admin's first-run setup refuses to create an administrator")
  void setupRefused() {
    String body = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"x\",\"lastName\":\"y\",\"email\":\"x@y.z\"},"
        + "\"credentials\":{\"password\":\"intruder123\"}}";
    HttpResponse<String> setup = http.postJson("/camunda/api/admin/setup/default/user/create", body);
    assertThat(setup.statusCode()).isEqualTo(403);
    assertThat(setup.body()).contains("初始管理员设置已停用");
    HttpResponse<String> dotted = http.postJson("/camunda/api/admin/./setup/default/user/create", body);
    assertThat(dotted.statusCode()).isBetween(400, 404);
    assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
  }

  @Test
  @DisplayName("CVE-2026-77226 removing the last administrator's membership via /engine-rest is refused")
  void lastMembershipKept() {
    HttpResponse<String> delete = http.deleteAs("admin", "/engine-rest/group/camunda-admin/members/admin");
    assertThat(delete.statusCode()).isEqualTo(400);
    assertThat(delete.body()).contains("最后一名系统管理员");
    assertThat(adminIsMember()).isTrue();
  }

  @Test
  @DisplayName("CVE-2026-77226 deleting the last administrator user or the group camunda-admin is refused")
  void lastAdminUserAndGroupKept() {
    assertThat(http.deleteAs("admin", "/engine-rest/user/admin").statusCode()).isEqualTo(400);
    assertThat(http.deleteAs("admin", "/engine-rest/group/camunda-admin").statusCode()).isEqualTo(400);
    assertThatThrownBy(() -> identityService.deleteUser("admin")).isInstanceOf(BadUserRequestException.class);
    assertThatThrownBy(() -> identityService.deleteMembership("admin", RoleGroups.ADMIN))
        .isInstanceOf(BadUserRequestException.class);
    assertThat(identityService.createUserQuery().userId("admin").count()).isEqualTo(1);
    assertThat(identityService.createGroupQuery().groupId(RoleGroups.ADMIN).count()).isEqualTo(1);
    assertThat(adminIsMember()).isTrue();
  }

  @Test
  @DisplayName("CVE-2026-77226 with a second administrator, one of the two may leave the group")
  void secondAdminMayLeave() {
    User second = identityService.newUser("admintwo");
    second.setPassword("demo");
    second.setFirstName("二");
    second.setLastName("管理员");
    identityService.saveUser(second);
    identityService.createMembership("admintwo", RoleGroups.ADMIN);
    try {
      assertThat(http.deleteAs("admin", "/engine-rest/group/camunda-admin/members/admintwo").statusCode())
          .isEqualTo(204);
      assertThat(http.deleteAs("admin", "/engine-rest/group/camunda-admin/members/admin").statusCode())
          .isEqualTo(400);
    } finally {
      identityService.deleteUser("admintwo");
    }
    assertThat(adminIsMember()).isTrue();
  }
}
