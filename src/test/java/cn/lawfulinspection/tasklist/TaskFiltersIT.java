package cn.lawfulinspection.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.identity.AgencyGroups;
import cn.lawfulinspection.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class TaskFiltersIT {

  @Autowired ProcessEngine engine;
  @Autowired FilterService filterService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired TaskFilters taskFilters;
  @Autowired AgencyGroups agencyGroups;
  @LocalServerPort int port;

  @BeforeEach
  void asSystem() {
    identityService.clearAuthentication();
  }

  private List<Filter> adminFilters() {
    identityService.clearAuthentication();
    return filterService.createTaskFilterQuery().filterOwner("admin").listPage(0, 1000);
  }

  private Filter byKey(String key) {
    return adminFilters().stream().filter(f -> key.equals(f.getProperties().get("key"))).findFirst().orElseThrow();
  }

  private HttpResponse<String> get(String user, String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("the filters exist with Chinese names, owner admin and color, priority, description, refresh")
  void filtersExist() {
    for (String key : List.of("mine:liuyang", "agency-unclaimed:scjg", "due-soon", "supervisor-all",
        "supervisor-unclaimed")) {
      Filter f = byKey(key);
      assertThat(f.getOwner()).isEqualTo("admin");
      assertThat(f.getProperties()).containsKeys("color", "priority", "description").containsEntry("refresh", true);
    }
    assertThat(byKey("mine:liuyang").getName()).isEqualTo("我的待办");
    assertThat(byKey("agency-unclaimed:scjg").getName()).isEqualTo("本单位待领取");
    assertThat(byKey("due-soon").getName()).isEqualTo("即将到期");
    assertThat(byKey("supervisor-all").getName()).isEqualTo("全部任务（监督）");
    assertThat(((TaskQueryImpl) byKey("mine:liuyang").getQuery()).getAssignee()).isEqualTo("liuyang");
    assertThat(((TaskQueryImpl) byKey("due-soon").getQuery()).getDueBefore()).isEqualTo(taskFilters.dueSoonLimit());
  }

  @Test
  @DisplayName("setting the filters up again creates no duplicates")
  void idempotent() {
    int before = adminFilters().size();
    taskFilters.ensureAll();
    assertThat(adminFilters()).hasSize(before);
  }

  @Test
  @DisplayName("each user reads only the filters meant for them")
  void readOnlyOwnFilters() throws Exception {
    String scjg = byKey("agency-unclaimed:scjg").getId();
    String yjgl = byKey("agency-unclaimed:yjgl").getId();
    String liuyangMine = byKey("mine:liuyang").getId();
    String supervisorAll = byKey("supervisor-all").getId();

    String liuyang = get("liuyang", "/engine-rest/filter?resourceType=Task&maxResults=100").body();
    assertThat(liuyang).contains(scjg, liuyangMine, byKey("due-soon").getId())
        .doesNotContain(yjgl, supervisorAll, byKey("mine:wangfang").getId());
    String huangmin = get("huangmin", "/engine-rest/filter?resourceType=Task&maxResults=100").body();
    assertThat(huangmin).contains(supervisorAll).doesNotContain(scjg, liuyangMine);
    assertThat(get("sunli", "/engine-rest/filter/" + scjg).statusCode()).isEqualTo(403);
    assertThat(get("wangfang", "/engine-rest/filter/" + liuyangMine + "/count").statusCode()).isEqualTo(403);
  }

  @Test
  @DisplayName("我的待办 and 本单位待领取 show the right tasks")
  void filtersShowTasks() throws Exception {
    engine.getRepositoryService().createDeployment().name("filter-test").enableDuplicateFiltering(true)
        .addModelInstance("FilterTestProcess.bpmn", Bpmn.createExecutableProcess("FilterTestProcess")
            .camundaHistoryTimeToLive(1).startEvent().userTask("UserTask_Work").camundaCandidateGroups("scjgInspector")
            .endEvent().done())
        .deploy();
    String pi = engine.getRuntimeService().startProcessInstanceByKey("FilterTestProcess").getId();
    String task = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult().getId();
    String unclaimed = byKey("agency-unclaimed:scjg").getId();
    String mine = byKey("mine:liuyang").getId();

    assertThat(get("liuyang", "/engine-rest/filter/" + unclaimed + "/list?maxResults=200").body()).contains(task);
    assertThat(get("liuyang", "/engine-rest/filter/" + mine + "/list?maxResults=200").body()).doesNotContain(task);

    engine.getTaskService().claim(task, "liuyang");
    assertThat(get("liuyang", "/engine-rest/filter/" + unclaimed + "/list?maxResults=200").body()).doesNotContain(task);
    assertThat(get("liuyang", "/engine-rest/filter/" + mine + "/list?maxResults=200").body()).contains(task);
  }

  @Test
  @DisplayName("a new agency gets its own 本单位待领取 filter, readable by its staff group")
  void newAgencyGetsFilter() {
    agencyGroups.ensureGroupsFor("zztest", "测试局");
    Filter filter = byKey("agency-unclaimed:zztest");
    assertThat(authorizationService.isUserAuthorized("nobody", List.of("zztest"), Permissions.READ,
        Resources.FILTER, filter.getId())).isTrue();
    assertThat(authorizationService.isUserAuthorized("nobody", List.of("scjg"), Permissions.READ,
        Resources.FILTER, filter.getId())).isFalse();
    assertThat(((TaskQueryImpl) filter.getQuery()).getCandidateGroups())
        .containsExactlyInAnyOrder("zztest", "zztestInspector", "zztestHead");
  }
}
