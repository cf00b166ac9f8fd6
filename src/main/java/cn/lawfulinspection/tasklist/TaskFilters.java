package cn.lawfulinspection.tasklist;

import cn.lawfulinspection.identity.AgencyGroups;
import cn.lawfulinspection.identity.RoleGroups;
import cn.lawfulinspection.identity.EngineAuthorizations;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/**
 * The saved Tasklist filters (任务过滤器), owned by {@code admin}, each readable only by those it is meant for. None of
 * them holds an expression: the engine refuses expressions in stored queries ({@code enableExpressionsInStoredQueries=
 * false}, CVE-2026-109432), so "mine" is one filter per user and "due soon" carries a date that is moved every day.
 *
 * <ul>
 *   <li>我的待办: one per user, assignee = that user; READ for that user only.
 *   <li>本单位待领取: one per agency, unassigned tasks whose candidate group is one of the agency's groups; READ for the
 *       agency's all-staff group.
 *   <li>即将到期: tasks due before the end of the day after tomorrow (overdue included) among those the user may see;
 *       READ for every role group.
 *   <li>待领取（监督）and 全部任务（监督）: for the justice bureau ({@code supervisor}).
 * </ul>
 * Every method is idempotent: filters are found again by the {@code key} in their properties.
 */
@Service
public class TaskFilters {

  public static final String OWNER = "admin";
  public static final String MINE = "我的待办";
  public static final String AGENCY_UNCLAIMED = "本单位待领取";
  public static final String DUE_SOON = "即将到期";
  public static final String SUPERVISOR_UNCLAIMED = "待领取（监督）";
  public static final String SUPERVISOR_ALL = "全部任务（监督）";
  /** "Due soon" means due before the end of this many days after today. */
  public static final int DUE_SOON_DAYS = 2;

  private final FilterService filterService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final EngineAuthorizations authorizations;
  private final Clock clock;

  TaskFilters(FilterService filterService, TaskService taskService, IdentityService identityService,
      AuthorizationService authorizationService, Clock clock) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.authorizations = new EngineAuthorizations(authorizationService);
    this.clock = clock;
  }

  /** The filters for every role, every agency group and every user of a role group. */
  public void ensureAll() {
    asSystem(() -> {
      ensureRoleFilters();
      identityService.createGroupQuery().groupType(RoleGroups.TYPE_AGENCY).orderByGroupId().asc().listPage(0, 1000)
          .forEach(g -> ensureAgencyFilter(g.getId(), g.getName()));
      for (String role : RoleGroups.TASKLIST_ROLES) {
        identityService.createUserQuery().memberOfGroup(role).orderByUserId().asc().listPage(0, 2000)
            .forEach(u -> ensurePersonalFilter(u.getId()));
      }
      return null;
    });
  }

  /** 我的待办 of one user; call it when a user is created. */
  public void ensurePersonalFilter(String userId) {
    asSystem(() -> {
      Filter filter = ensure("mine:" + userId, MINE, taskService.createTaskQuery().taskAssignee(userId),
          "#3b82f6", 1, "分配给我的任务");
      authorizations.grantUser(userId, Resources.FILTER, filter.getId(), Permissions.READ);
      return null;
    });
  }

  /** 本单位待领取 of one agency. */
  public void ensureAgencyFilter(String agencyCode, String agencyName) {
    asSystem(() -> {
      TaskQuery query = taskService.createTaskQuery()
          .taskCandidateGroupIn(List.of(AgencyGroups.staffGroup(agencyCode), AgencyGroups.inspectorGroup(agencyCode),
              AgencyGroups.headGroup(agencyCode)))
          .taskUnassigned();
      Filter filter = ensure("agency-unclaimed:" + agencyCode, AGENCY_UNCLAIMED, query, "#10b981", 2,
          agencyName + "尚未有人领取的任务");
      authorizations.grantGroup(AgencyGroups.staffGroup(agencyCode), Resources.FILTER, filter.getId(),
          Permissions.READ);
      return null;
    });
  }

  /** Moves the date of 即将到期 to the end of the day {@value #DUE_SOON_DAYS} days after today (Asia/Shanghai). */
  public Date refreshDueSoon() {
    return asSystem(() -> {
      Date dueBefore = dueSoonLimit();
      Filter filter = ensure("due-soon", DUE_SOON, taskService.createTaskQuery().dueBefore(dueBefore), "#f59e0b", 3,
          DUE_SOON_DAYS + " 天内到期或已超期的任务");
      for (String role : RoleGroups.TASKLIST_ROLES) {
        authorizations.grantGroup(role, Resources.FILTER, filter.getId(), Permissions.READ);
      }
      return dueBefore;
    });
  }

  Date dueSoonLimit() {
    LocalDate today = LocalDate.now(clock);
    ZonedDateTime endOfDay = today.plusDays(DUE_SOON_DAYS + 1L).atStartOfDay(clock.getZone());
    return Date.from(endOfDay.toInstant());
  }

  private void ensureRoleFilters() {
    refreshDueSoon();
    Filter unclaimed = ensure("supervisor-unclaimed", SUPERVISOR_UNCLAIMED,
        taskService.createTaskQuery().taskCandidateGroup(RoleGroups.SUPERVISOR).taskUnassigned(), "#8b5cf6", 4,
        "待司法局领取的备案等任务");
    Filter all = ensure("supervisor-all", SUPERVISOR_ALL, taskService.createTaskQuery(), "#6b7280", 5,
        "全部单位的全部待办任务（只读监督）");
    authorizations.grantGroup(RoleGroups.SUPERVISOR, Resources.FILTER, unclaimed.getId(), Permissions.READ);
    authorizations.grantGroup(RoleGroups.SUPERVISOR, Resources.FILTER, all.getId(), Permissions.READ);
  }

  /** Finds the filter with this key or creates it; the query is (re)written, so a changed definition takes effect. */
  private Filter ensure(String key, String name, TaskQuery query, String color, int priority, String description) {
    Filter filter = filterService.createTaskFilterQuery().filterOwner(OWNER).orderByFilterId().asc()
        .listPage(0, 5000).stream()
        .filter(f -> key.equals(f.getProperties() == null ? null : f.getProperties().get("key")))
        .findFirst()
        .orElseGet(() -> filterService.newTaskFilter().setOwner(OWNER));
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("key", key);
    properties.put("color", color);
    properties.put("priority", priority);
    properties.put("description", description);
    properties.put("refresh", true);
    filter.setName(name).setProperties(properties).setQuery(query);
    return filterService.saveFilter(filter);
  }

  /** Runs without the current user's authorizations: setting up filters is the platform's job, not the caller's. */
  private <T> T asSystem(Callable<T> work) {
    Authentication current = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      if (current != null) {
        identityService.setAuthentication(current);
      }
    }
  }
}
