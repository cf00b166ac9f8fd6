package cn.lawfulinspection.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.identity.tripwire.TripwireLog;
import cn.lawfulinspection.support.IntegrationTest;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Object-typed process variables only from the allow-list, whoever sends them (here the administrator, whom no
 * other guard stops from writing variables): refused before anything of the named class is loaded.
 */
@IntegrationTest
class VariableAllowListIT {

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;
  Http http;
  String pi;

  @BeforeEach
  void instance() {
    http = new Http(port);
    TestProcess.deploy(engine);
    String task = TestProcess.startTaskFor(engine, "scjgInspector");
    pi = engine.getTaskService().createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
  }

  static String objectVariable(String typeName, String json) {
    return "{\"value\":" + quoted(json) + ",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"" + typeName
        + "\",\"serializationDataFormat\":\"application/json\"}}";
  }

  static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  @Test
  @DisplayName("R-IG-4 an Object variable of a class outside the allow-list (a test tripwire, java.lang.ProcessBuilder, a Spring class) is refused with 4xx over /engine-rest and the webapps' engine API, never stored, its class never initialised or instantiated")
  void outsideTheListRefused() {
    // when
    HttpResponse<String> put = http.putJsonAs("admin", "/engine-rest/process-instance/" + pi + "/variables/trip",
        objectVariable(TripwireLog.CLASS_NAME, "{\"payload\":\"x\"}"));
    HttpResponse<String> modify = http.postJsonAs("admin", "/engine-rest/process-instance/" + pi + "/variables",
        "{\"modifications\":{\"pb\":" + objectVariable("java.lang.ProcessBuilder", "{}") + "}}");
    long instances = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(TestProcess.KEY).count();
    HttpResponse<String> start = http.postJsonAs("admin", "/engine-rest/process-definition/key/" + TestProcess.KEY
        + "/start", "{\"variables\":{\"candidateGroup\":{\"value\":\"scjg\"},\"ctx\":"
        + objectVariable("org.springframework.context.support.ClassPathXmlApplicationContext", "[\"x\"]") + "}}");
    Http web = new Http(port);
    web.webLogin("admin", "demo");
    HttpResponse<String> webPut = web.web("PUT", "/camunda/api/engine/engine/default/process-instance/" + pi
        + "/variables/list", objectVariable("java.util.ArrayList<" + TripwireLog.CLASS_NAME + ">", "[{}]"), true);
    HttpResponse<String> webModify = web.webPost("/camunda/api/engine/engine/default/process-instance/" + pi
        + "/variables", "{\"modifications\":{\"list\":" + objectVariable("java.util.ArrayList<" + TripwireLog.CLASS_NAME
        + ">", "[{}]") + "}}", true);

    // then
    assertThat(put.statusCode()).isBetween(400, 499);
    assertThat(put.body()).contains("R-IG-4").contains(TripwireLog.CLASS_NAME).contains("不在允许的类型清单中");
    assertThat(modify.statusCode()).isBetween(400, 499);
    assertThat(start.statusCode()).isBetween(400, 499);
    assertThat(webPut.statusCode()).isBetween(400, 499);
    assertThat(webModify.statusCode()).isBetween(400, 499);
    assertThat(engine.getRuntimeService().getVariables(pi)).doesNotContainKeys("trip", "pb", "list");
    assertThat(http.getAs("admin", "/engine-rest/process-instance/" + pi + "/variables/trip").statusCode())
        .isEqualTo(404);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(TestProcess.KEY).count())
        .isEqualTo(instances);
    assertThat(TripwireLog.INITIALISED).hasValue(0);
    assertThat(TripwireLog.CREATED).hasValue(0);
  }

  @Test
  @DisplayName("R-IG-4 the Java API refuses it too, and the engine validates types before it deserializes a stored value")
  void javaApiRefused() {
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(config.isDeserializationTypeValidationEnabled()).isTrue();
    assertThat(config.getDeserializationTypeValidator().validate("java.lang.ProcessBuilder")).isFalse();

    assertThatThrownBy(() -> engine.getRuntimeService().setVariable(pi, "trip",
        Variables.serializedObjectValue("{}").objectTypeName(TripwireLog.CLASS_NAME)
            .serializationDataFormat(Variables.SerializationDataFormats.JSON).create()))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("不在允许的类型清单中")
        .cause().isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.ruleId()).isEqualTo("R-IG-4"));
    assertThat(TripwireLog.INITIALISED).hasValue(0);
  }

  @Test
  @DisplayName("R-IG-4 lists, maps and plain values of the allow-list are stored and read back deserialized")
  void allowedTypesWork() {
    HttpResponse<String> put = http.putJsonAs("admin", "/engine-rest/process-instance/" + pi + "/variables/codes",
        objectVariable("java.util.ArrayList<java.lang.String>", "[\"SCJG-001\",\"SCJG-002\"]"));
    assertThat(put.statusCode()).isEqualTo(204);
    HttpResponse<String> read = http.getAs("admin", "/engine-rest/process-instance/" + pi + "/variables/codes");
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).contains("SCJG-001", "SCJG-002");
    assertThat(engine.getRuntimeService().getVariable(pi, "codes")).isEqualTo(java.util.List.of("SCJG-001", "SCJG-002"));
  }
}
