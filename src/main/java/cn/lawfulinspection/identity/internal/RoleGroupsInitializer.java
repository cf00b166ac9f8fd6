package cn.lawfulinspection.identity.internal;

import cn.lawfulinspection.agency.Agency;
import cn.lawfulinspection.agency.AgencyService;
import cn.lawfulinspection.identity.AgencyGroups;
import cn.lawfulinspection.identity.EngineAuthorizations;
import cn.lawfulinspection.identity.RoleGroups;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At every start-up, in every profile (idempotent): the role groups with their authorizations, and the groups of every
 * agency the {@code agency} module knows (runs after the master data, before the demo users).
 *
 * <p>Authorizations of the role groups:
 * <ul>
 *   <li>{@code inspector}, {@code head}, {@code supervisor}: access to Tasklist. Which tasks they see follows from the
 *       candidate groups of each task (the engine grants the candidates READ and UPDATE on the task).
 *   <li>{@code supervisor} (司法局): reads everything (tasks, process definitions and instances, history, deployments,
 *       decisions) and may open Cockpit, but is granted no UPDATE on other agencies' tasks.
 * </ul>
 */
@Component
@Order(25)
class RoleGroupsInitializer implements ApplicationRunner {

  private final IdentityService identityService;
  private final EngineAuthorizations authorizations;
  private final AgencyGroups agencyGroups;
  private final ObjectProvider<AgencyService> agencies;

  RoleGroupsInitializer(IdentityService identityService, AuthorizationService authorizationService,
      AgencyGroups agencyGroups, ObjectProvider<AgencyService> agencies) {
    this.identityService = identityService;
    this.authorizations = new EngineAuthorizations(authorizationService);
    this.agencyGroups = agencyGroups;
    this.agencies = agencies;
  }

  @Override
  public void run(ApplicationArguments args) {
    ensureRoleGroups();
    AgencyService agencyService = agencies.getIfAvailable();
    List<Agency> known = agencyService == null ? List.of() : agencyService.all();
    known.forEach(a -> agencyGroups.ensureGroupsFor(a.code(), a.name()));
  }

  void ensureRoleGroups() {
    for (String role : RoleGroups.TASKLIST_ROLES) {
      ensureGroup(role, roleName(role));
      authorizations.grantGroup(role, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    }
    ensureGroup(RoleGroups.COUNTY_OFFICE, roleName(RoleGroups.COUNTY_OFFICE));
    authorizations.grantGroup(RoleGroups.COUNTY_OFFICE, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    String s = RoleGroups.SUPERVISOR;
    authorizations.grantGroup(s, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    authorizations.grantGroup(s, Resources.TASK, "*", TaskPermissions.READ, TaskPermissions.READ_VARIABLE);
    authorizations.grantGroup(s, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK_VARIABLE,
        ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
    authorizations.grantGroup(s, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.READ);
    authorizations.grantGroup(s, Resources.HISTORIC_TASK, "*", HistoricTaskPermissions.READ,
        HistoricTaskPermissions.READ_VARIABLE);
    authorizations.grantGroup(s, Resources.HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ);
    authorizations.grantGroup(s, Resources.DEPLOYMENT, "*", Permissions.READ);
    authorizations.grantGroup(s, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
  }

  private void ensureGroup(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).count() > 0) {
      return;
    }
    Group group = identityService.newGroup(id);
    group.setName(name);
    group.setType(RoleGroups.TYPE_ROLE);
    identityService.saveGroup(group);
  }

  private static String roleName(String role) {
    return switch (role) {
      case RoleGroups.INSPECTOR -> "执法人员";
      case RoleGroups.HEAD -> "单位负责人";
      case RoleGroups.SUPERVISOR -> "执法监督（司法局）";
      case RoleGroups.COUNTY_OFFICE -> "县综合执法办";
      default -> role;
    };
  }
}
