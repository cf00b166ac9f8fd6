package cn.lawfulinspection.identity;

import cn.lawfulinspection.identity.EngineAuthorizations;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Camunda groups of an agency and what they may do. For agency {@code scjg}: {@code scjg} (all staff),
 * {@code scjgInspector} (执法人员) and {@code scjgHead} (负责人). User tasks of an agency name these groups as candidates
 * ({@code ${agencyCode}Head} for the head's approval, {@code ${agencyCode}} for staff tasks); the engine then lets only
 * their members see and work on those tasks.
 *
 * <p>The {@code agency} module calls {@link #ensureGroupsFor} when an agency is created; at start-up the groups of every
 * known agency are ensured again.
 */
@Service
public class AgencyGroups {

  /** Process that agency staff may start (检查计划上传与备案). */
  public static final String PLAN_PROCESS = "InspectionPlanProcess";
  /** Process that agency staff may start (检查任务): registration of an inspection task. */
  public static final String TASK_PROCESS = "InspectionTaskProcess";
  /** Process that agency staff may start (登记检查任务): registration in Tasklist by choosing from lists. */
  public static final String REGISTRATION_PROCESS = "TaskRegistrationProcess";

  private static final Pattern CODE = Pattern.compile("[a-zA-Z0-9]+");

  private final IdentityService identityService;
  private final EngineAuthorizations authorizations;
  private final ApplicationEventPublisher events;

  AgencyGroups(IdentityService identityService, AuthorizationService authorizationService,
      ApplicationEventPublisher events) {
    this.identityService = identityService;
    this.authorizations = new EngineAuthorizations(authorizationService);
    this.events = events;
  }

  /** The all-staff group of the agency, e.g. {@code scjg}. */
  public static String staffGroup(String agencyCode) {
    return checked(agencyCode);
  }

  /** The inspectors' group of the agency, e.g. {@code scjgInspector}. */
  public static String inspectorGroup(String agencyCode) {
    return checked(agencyCode) + "Inspector";
  }

  /** The head's group of the agency, e.g. {@code scjgHead}. */
  public static String headGroup(String agencyCode) {
    return checked(agencyCode) + "Head";
  }

  /**
   * Creates the agency's three groups and their authorizations where missing (idempotent) and publishes
   * {@link AgencyGroupsEnsured}. The staff group may start {@value #PLAN_PROCESS}, {@value #TASK_PROCESS} and
   * {@value #REGISTRATION_PROCESS}
   * (the head's approval, {@code HeadApprovalProcess}, is started by the call activity as the engine, so nobody
   * needs CREATE_INSTANCE on it).
   */
  @Transactional
  public void ensureGroupsFor(String agencyCode, String agencyName) {
    ensureGroup(staffGroup(agencyCode), agencyName, RoleGroups.TYPE_AGENCY);
    ensureGroup(inspectorGroup(agencyCode), agencyName + "执法人员", RoleGroups.TYPE_AGENCY_ROLE);
    ensureGroup(headGroup(agencyCode), agencyName + "负责人", RoleGroups.TYPE_AGENCY_ROLE);
    String staff = staffGroup(agencyCode);
    authorizations.grantGroup(staff, Resources.PROCESS_DEFINITION, PLAN_PROCESS,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    authorizations.grantGroup(staff, Resources.PROCESS_DEFINITION, TASK_PROCESS,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    authorizations.grantGroup(staff, Resources.PROCESS_DEFINITION, REGISTRATION_PROCESS,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    authorizations.grantGroup(staff, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE);
    authorizations.grantGroup(staff, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    events.publishEvent(new AgencyGroupsEnsured(agencyCode, agencyName));
  }

  /** Creates the group if it does not exist yet. */
  void ensureGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() > 0) {
      return;
    }
    Group group = identityService.newGroup(id);
    group.setName(name);
    group.setType(type);
    identityService.saveGroup(group);
  }

  private static String checked(String agencyCode) {
    if (agencyCode == null || !CODE.matcher(agencyCode).matches()) {
      throw new IllegalArgumentException("agency code must match [a-zA-Z0-9]+: " + agencyCode);
    }
    return agencyCode;
  }
}
