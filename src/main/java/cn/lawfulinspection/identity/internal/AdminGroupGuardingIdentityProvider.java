package cn.lawfulinspection.identity.internal;

import cn.lawfulinspection.identity.RoleGroups;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;

/**
 * The engine's database identity provider, except that group {@code camunda-admin} can never become empty
 * (CVE-2026-77226): deleting the group, the membership of its last member, or its last member user is refused.
 *
 * <p>Installed by {@link EngineHardeningPlugin}; the engine instantiates it once per command (a session), so it must be
 * public with a public no-argument constructor.
 */
public class AdminGroupGuardingIdentityProvider extends DbIdentityServiceProvider {

  static final String LAST_ADMIN = "不能移除最后一名系统管理员：系统管理员组（camunda-admin）必须至少保留一名成员。请先添加另一名管理员。";
  static final String ADMIN_GROUP = "不能删除系统管理员组（camunda-admin）。";

  @Override
  public IdentityOperationResult deleteGroup(String groupId) {
    if (RoleGroups.ADMIN.equals(groupId)) {
      throw new BadUserRequestException(ADMIN_GROUP);
    }
    return super.deleteGroup(groupId);
  }

  @Override
  public IdentityOperationResult deleteMembership(String userId, String groupId) {
    if (RoleGroups.ADMIN.equals(groupId) && isOnlyAdmin(userId)) {
      throw new BadUserRequestException(LAST_ADMIN);
    }
    return super.deleteMembership(userId, groupId);
  }

  @Override
  public IdentityOperationResult deleteUser(String userId) {
    if (isOnlyAdmin(userId)) {
      throw new BadUserRequestException(LAST_ADMIN);
    }
    return super.deleteUser(userId);
  }

  /** True if the user is a member of {@code camunda-admin} and no one else is. */
  private boolean isOnlyAdmin(String userId) {
    if (userId == null) {
      return false;
    }
    // the query runs inside the current command, without authorization checks of the caller
    Callable<Boolean> onlyAdmin = () -> {
      long members = createUserQuery(getCommandContext()).memberOfGroup(RoleGroups.ADMIN).count();
      long self = createUserQuery(getCommandContext()).memberOfGroup(RoleGroups.ADMIN).userId(userId).count();
      return self > 0 && members <= 1;
    };
    return getCommandContext().runWithoutAuthorization(onlyAdmin);
  }
}
