package cn.lawfulinspection.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lawfulinspection.support.IntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class AgencyAuthorizationIT {

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired AuthorizationService authorizationService;
  @LocalServerPort int port;

  Http http;

  @BeforeEach
  void deploy() {
    TestProcess.deploy(engine);
    http = new Http(port);
  }

  @AfterEach
  void logout() {
    identityService.clearAuthentication();
  }

  private void loginAs(String userId) {
    identityService.setAuthentication(userId, groupsOf(userId));
  }

  private long visible(String taskId) {
    return taskService.createTaskQuery().taskId(taskId).count();
  }

  @Test
  @DisplayName("demo users exist with password demo and the groups of the shared contract")
  void demoUsersAndGroups() {
    assertThat(identityService.checkPassword("zhangwei", "demo")).isTrue();
    assertThat(groupsOf("zhangwei")).containsExactlyInAnyOrder("head", "scjg", "scjgHead");
    assertThat(groupsOf("sunli")).containsExactlyInAnyOrder("inspector", "yjgl", "yjglInspector");
    assertThat(groupsOf("huangmin")).containsExactlyInAnyOrder("supervisor", "sfj");
    assertThat(groupsOf("admin")).contains("camunda-admin");
    assertThat(identityService.createUserQuery().userId("liuyang").singleResult().getFirstName()).isEqualTo("刘洋");
    for (String code : List.of("scjg", "yjgl", "sthj", "sfj")) {
      assertThat(identityService.createGroupQuery().groupIdIn(code, code + "Inspector", code + "Head").count())
          .isEqualTo(3);
    }
    assertThat(identityService.createGroupQuery().groupIdIn("inspector", "head", "supervisor").count()).isEqualTo(3);
  }

  @Test
  @DisplayName("an inspector of yjgl sees none of scjg's tasks and cannot claim one; an scjg inspector can")
  void inspectorOnlyOwnAgency() {
    String task = TestProcess.startTaskFor(engine, "scjgInspector");

    loginAs("sunli");
    assertThat(visible(task)).isZero();
    assertThatThrownBy(() -> taskService.claim(task, "sunli")).isInstanceOf(AuthorizationException.class);

    loginAs("liuyang");
    assertThat(visible(task)).isEqualTo(1);
    taskService.claim(task, "liuyang");
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("liuyang");
  }

  @Test
  @DisplayName("through /engine-rest: yjgl's inspector gets 0 scjg tasks and 403 on claim, scjg's inspector claims")
  void inspectorOnlyOwnAgencyOverRest() {
    String task = TestProcess.startTaskFor(engine, "scjgInspector");

    assertThat(http.getAs("sunli", "/engine-rest/task/count?taskId=" + task).body()).contains("\"count\":0");
    assertThat(http.postJsonAs("sunli", "/engine-rest/task/" + task + "/claim", "{\"userId\":\"sunli\"}")
        .statusCode()).isEqualTo(403);

    assertThat(http.getAs("liuyang", "/engine-rest/task/count?taskId=" + task).body()).contains("\"count\":1");
    assertThat(http.postJsonAs("liuyang", "/engine-rest/task/" + task + "/claim", "{\"userId\":\"liuyang\"}")
        .statusCode()).isEqualTo(204);
  }

  @Test
  @DisplayName("a head approves only their own agency's tasks")
  void headOnlyOwnAgency() {
    String task = TestProcess.startTaskFor(engine, "scjgHead");

    loginAs("zhaolei");
    assertThat(visible(task)).isZero();
    assertThatThrownBy(() -> taskService.complete(task)).isInstanceOf(AuthorizationException.class);

    loginAs("liuyang");
    assertThat(visible(task)).as("an inspector does not see the head's approval").isZero();

    loginAs("zhangwei");
    assertThat(visible(task)).isEqualTo(1);
    taskService.claim(task, "zhangwei");
    taskService.complete(task);
    identityService.clearAuthentication();
    assertThat(visible(task)).isZero();
  }

  @Test
  @DisplayName("a supervisor sees every agency's tasks but cannot claim or complete them")
  void supervisorReadsEverything() {
    String scjg = TestProcess.startTaskFor(engine, "scjgInspector");
    String yjgl = TestProcess.startTaskFor(engine, "yjglHead");

    loginAs("huangmin");
    assertThat(taskService.createTaskQuery().taskIdIn(scjg, yjgl).count()).isEqualTo(2);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(TestProcess.KEY)
        .listPage(0, 10)).isNotEmpty();
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(scjg).count()).isEqualTo(1);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(TestProcess.KEY).count()).isPositive();
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(TestProcess.KEY)
        .count()).isPositive();
    assertThatThrownBy(() -> taskService.claim(scjg, "huangmin")).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> taskService.complete(yjgl)).isInstanceOf(AuthorizationException.class);

    assertThat(http.getAs("huangmin", "/engine-rest/task/count?processDefinitionKey=" + TestProcess.KEY).body())
        .doesNotContain("\"count\":0");
  }

  @Test
  @DisplayName("a supervisor works on tasks offered to the supervisor group (filing)")
  void supervisorFiles() {
    String task = TestProcess.startTaskFor(engine, "supervisor");
    loginAs("linhai");
    taskService.claim(task, "linhai");
    taskService.complete(task);
  }

  @Test
  @DisplayName("each agency's staff may start InspectionPlanProcess; role groups may open Tasklist")
  void staffMayStartPlanProcess() {
    for (String user : List.of("liuyang", "zhangwei", "sunli", "wuhua")) {
      List<String> groups = groupsOf(user);
      assertThat(authorizationService.isUserAuthorized(user, groups, ProcessDefinitionPermissions.CREATE_INSTANCE,
          Resources.PROCESS_DEFINITION, AgencyGroups.PLAN_PROCESS)).as(user).isTrue();
      assertThat(authorizationService.isUserAuthorized(user, groups, ProcessDefinitionPermissions.READ,
          Resources.PROCESS_DEFINITION, AgencyGroups.PLAN_PROCESS)).as(user).isTrue();
      assertThat(authorizationService.isUserAuthorized(user, groups, ProcessInstancePermissions.CREATE,
          Resources.PROCESS_INSTANCE, "*")).as(user).isTrue();
      assertThat(authorizationService.isUserAuthorized(user, groups, ProcessDefinitionPermissions.CREATE_INSTANCE,
          Resources.PROCESS_DEFINITION, TestProcess.KEY)).as("only the plan process").isFalse();
    }
    for (String user : List.of("liuyang", "zhangwei", "huangmin")) {
      assertThat(authorizationService.isUserAuthorized(user, groupsOf(user), Permissions.ACCESS,
          Resources.APPLICATION, "tasklist")).as(user).isTrue();
    }
    assertThat(authorizationService.isUserAuthorized("liuyang", groupsOf("liuyang"), Permissions.ACCESS,
        Resources.APPLICATION, "admin")).isFalse();
  }

  /** The user's groups, read as the system (a group query made as another user only sees that user's groups). */
  private List<String> groupsOf(String userId) {
    identityService.clearAuthentication();
    return identityService.createGroupQuery().groupMember(userId).listPage(0, 100).stream().map(Group::getId).toList();
  }
}
