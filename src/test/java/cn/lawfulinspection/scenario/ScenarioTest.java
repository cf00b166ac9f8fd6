package cn.lawfulinspection.scenario;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** What every scenario starts with: the running application, camunda-bpm-assert on its engine, the driver. */
abstract class ScenarioTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired ProcessEngine processEngine;
  ScenarioDriver s;

  @BeforeEach
  void startScenario() {
    BpmnAwareTests.init(processEngine);
    s = new ScenarioDriver(context, port);
  }
}
