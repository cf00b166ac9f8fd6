package cn.lawfulinspection.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * A one-task test process whose task's candidate group is given at start ({@code candidateGroup}), deployed from the
 * test (not from {@code bpmn/}); duplicate filtering keeps one version however many tests deploy it.
 */
final class TestProcess {

  static final String KEY = "SecurityTestProcess";

  private TestProcess() {}

  static BpmnModelInstance model() {
    return Bpmn.createExecutableProcess(KEY)
        .name("权限测试流程")
        .camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Started")
        .userTask("UserTask_Work").name("办理测试任务").camundaCandidateGroups("${candidateGroup}")
        .endEvent("EndEvent_Done")
        .done();
  }

  static void deploy(ProcessEngine engine) {
    engine.getIdentityService().clearAuthentication();
    engine.getRepositoryService().createDeployment()
        .name("security-test")
        .enableDuplicateFiltering(true)
        .addModelInstance(KEY + ".bpmn", model())
        .deploy();
  }

  /** Starts an instance (as the system, without a user) with a task for the candidate group; returns the task id. */
  static String startTaskFor(ProcessEngine engine, String candidateGroup) {
    engine.getIdentityService().clearAuthentication();
    String pi = engine.getRuntimeService()
        .startProcessInstanceByKey(KEY, java.util.Map.of("candidateGroup", candidateGroup)).getId();
    return engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult().getId();
  }
}
