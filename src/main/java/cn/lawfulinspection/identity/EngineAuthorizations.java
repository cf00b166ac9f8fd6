package cn.lawfulinspection.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** Idempotent grants (module API, for modules that set up their own engine resources): adds permissions to the existing GRANT of a group or user on a resource, or creates it. */
public class EngineAuthorizations {

  private final AuthorizationService authorizationService;

  public EngineAuthorizations(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  public void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    Authorization grant = existing != null ? existing : newGrant(resource, resourceId);
    grant.setGroupId(groupId);
    save(grant, permissions);
  }

  public void grantUser(String userId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .userIdIn(userId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    Authorization grant = existing != null ? existing : newGrant(resource, resourceId);
    grant.setUserId(userId);
    save(grant, permissions);
  }

  private Authorization newGrant(Resource resource, String resourceId) {
    Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    return grant;
  }

  private void save(Authorization grant, Permission[] permissions) {
    boolean changed = grant.getId() == null;
    for (Permission permission : permissions) {
      if (!grant.isPermissionGranted(permission)) {
        grant.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(grant);
    }
  }
}
