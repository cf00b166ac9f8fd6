package cn.lawfulinspection.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.support.IntegrationTest;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ApiAuthenticationIT {

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  @DisplayName("/engine-rest: anonymous 401, wrong password 401, platform account 200")
  void engineRestNeedsAuthentication() {
    String path = "/engine-rest/user?maxResults=10";
    assertThat(http.get(path).statusCode()).isEqualTo(401);
    // a wrong password delays the next login of that user for a few seconds: use an account no other check uses
    assertThat(http.get(path, "Authorization", Http.basic("fengxue", "wrong")).statusCode()).isEqualTo(401);
    assertThat(http.getAs("liuyang", path).statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("/api: anonymous 401 with a Chinese problem, wrong password 401, platform account 200")
  void apiNeedsAuthentication() {
    HttpResponse<String> anonymous = http.get("/api/me");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).contains("请使用平台账号登录");
    assertThat(http.get("/api/me", "Authorization", Http.basic("zhouqiang", "wrong")).statusCode()).isEqualTo(401);
    HttpResponse<String> me = http.getAs("zhangwei", "/api/me");
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("\"userId\":\"zhangwei\"", "张伟", "scjgHead");
    assertThat(http.get("/api/openapi").statusCode()).isEqualTo(401);
  }

  @Test
  @DisplayName("webapp API: a POST without the CSRF token is refused, with it accepted")
  void webappNeedsCsrfToken() {
    http.webLogin("zhangwei", "demo");
    String path = "/camunda/api/engine/engine/default/task?maxResults=5";
    assertThat(http.webPost(path, "{}", true).statusCode()).isEqualTo(200);
    HttpResponse<String> withoutToken = http.webPost(path, "{}", false);
    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(withoutToken.headers().firstValue("X-XSRF-TOKEN")).contains("Required");
  }

  @Test
  @DisplayName("queryMaxResultsLimit is finite: an unbounded user list through REST is refused, a page is served")
  void unboundedListRefused() {
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(config.getQueryMaxResultsLimit()).isEqualTo(2000);
    assertThat(http.getAs("admin", "/engine-rest/user").statusCode()).isEqualTo(400);
    assertThat(http.getAs("admin", "/engine-rest/user?firstResult=0&maxResults=50").statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("enableExpressionsInStoredQueries=false: a filter with an expression is refused")
  void storedExpressionsOff() {
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(config.isEnableExpressionsInStoredQueries()).isFalse();
    assertThat(config.isEnableExpressionsInAdhocQueries()).isFalse();
    HttpResponse<String> created = http.postJsonAs("admin", "/engine-rest/filter/create",
        "{\"resourceType\":\"Task\",\"name\":\"expr-top\",\"owner\":\"admin\","
            + "\"query\":{\"assigneeExpression\":\"${currentUser()}\"}}");
    assertThat(created.statusCode()).isEqualTo(400);
    assertThat(engine.getFilterService().createFilterQuery().filterName("expr-top").count()).isZero();
  }

  @Test
  @DisplayName("Java serialization of variables is off: a serialized Java object variable is refused")
  void javaSerializationOff() {
    TestProcess.deploy(engine);
    String task = TestProcess.startTaskFor(engine, "scjgInspector");
    String pi = engine.getTaskService().createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
    HttpResponse<String> put = http.putJsonAs("admin", "/engine-rest/process-instance/" + pi + "/variables/evil",
        "{\"value\":\"rO0ABXQAA2FiYw==\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.lang.String\","
            + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}");
    // the engine refuses it (ENGINE-17007); Camunda's REST layer reports that as 500
    assertThat(put.statusCode()).isGreaterThanOrEqualTo(400);
    assertThat(put.body()).contains("Java serialization format is prohibited");
    assertThat(engine.getRuntimeService().getVariable(pi, "evil")).isNull();
  }

  @Test
  @DisplayName("without the HTTPS switch: no HSTS, session cookie HttpOnly, security headers present")
  void headersWithoutHttps() {
    HttpResponse<String> login = http.webLogin("zhangwei", "demo");
    assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("JSESSIONID", "HttpOnly"));
    HttpResponse<String> api = http.getAs("zhangwei", "/api/me");
    assertThat(api.headers().firstValue("Strict-Transport-Security")).isEmpty();
    assertThat(api.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }
}
