package cn.lawfulinspection.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lawfulinspection.support.IntegrationTest;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class QueryExpressionGuardIT {

  static final String OR_EXPRESSION = "{\"orQueries\":[{\"assigneeExpression\":\"${currentUser()}\"}]}";
  static final String NESTED_EXPRESSION =
      "{\"orQueries\":[{\"candidateGroup\":\"scjg\",\"orQueries\":[{\"dueDateExpression\":\"${now()}\"}]}]}";
  static final String PLAIN_OR = "{\"orQueries\":[{\"assignee\":\"liuyang\",\"candidateGroup\":\"scjg\"}]}";

  @Autowired ProcessEngine engine;
  @Autowired FilterService filterService;
  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void client() {
    engine.getIdentityService().clearAuthentication();
    http = new Http(port);
  }

  @Test
  @DisplayName("CVE-2026-109432 POST /engine-rest/task with an expression in orQueries is refused")
  void restOrQueryExpressionRefused() {
    HttpResponse<String> response = http.postJsonAs("zhangwei", "/engine-rest/task?maxResults=10", OR_EXPRESSION);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("不允许使用表达式");
    assertThat(http.postJsonAs("zhangwei", "/engine-rest/task/count", OR_EXPRESSION).statusCode()).isEqualTo(400);
  }

  @Test
  @DisplayName("CVE-2026-109432 a nested or-query with an expression is refused")
  void restNestedExpressionRefused() {
    assertThat(http.postJsonAs("zhangwei", "/engine-rest/task?maxResults=10", NESTED_EXPRESSION).statusCode())
        .isEqualTo(400);
  }

  @Test
  @DisplayName("CVE-2026-109432 a plain or-query without expressions still works")
  void plainOrQueryWorks() {
    HttpResponse<String> response = http.postJsonAs("zhangwei", "/engine-rest/task?maxResults=10", PLAIN_OR);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("[");
  }

  @Test
  @DisplayName("CVE-2026-109432 creating a filter with an expression in orQueries is refused")
  void filterWithOrExpressionRefused() {
    HttpResponse<String> response = http.postJsonAs("admin", "/engine-rest/filter/create",
        "{\"resourceType\":\"Task\",\"name\":\"cve-or\",\"owner\":\"admin\",\"query\":" + OR_EXPRESSION + "}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(filterService.createFilterQuery().filterName("cve-or").count()).isZero();
  }

  @Test
  @DisplayName("CVE-2026-109432 executing a saved filter extended by an or-query expression is refused")
  void filterExtendedWithExpressionRefused() {
    Filter filter = filterService.createFilterQuery().filterOwner("admin").listPage(0, 1).get(0);
    assertThat(http.postJsonAs("admin", "/engine-rest/filter/" + filter.getId() + "/list?maxResults=5", OR_EXPRESSION)
        .statusCode()).isEqualTo(400);
    assertThat(http.postJsonAs("admin", "/engine-rest/filter/" + filter.getId() + "/list?maxResults=5", PLAIN_OR)
        .statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("CVE-2026-109432 the webapp API path refuses an or-query expression too (session + CSRF token)")
  void webappOrQueryExpressionRefused() {
    http.webLogin("zhangwei", "demo");
    HttpResponse<String> refused =
        http.webPost("/camunda/api/engine/engine/default/task?maxResults=10", OR_EXPRESSION, true);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(http.webPost("/camunda/api/engine/engine/default/task?maxResults=10", PLAIN_OR, true).statusCode())
        .isEqualTo(200);
  }

  @Test
  @DisplayName("CVE-2026-109432 the Java API refuses or-query and filter expressions as well")
  void javaApiRefused() {
    assertThatThrownBy(() -> engine.getTaskService().createTaskQuery()
        .or().taskAssigneeExpression("${currentUser()}").endOr().listPage(0, 5))
        .isInstanceOf(BadUserRequestException.class);
    Filter filter = filterService.newTaskFilter("cve-java").setOwner("admin")
        .setQuery(engine.getTaskService().createTaskQuery().or().taskCandidateGroupExpression("${'scjg'}").endOr());
    assertThatThrownBy(() -> filterService.saveFilter(filter)).isInstanceOf(BadUserRequestException.class);
  }
}
