package cn.lawfulinspection.plan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.plan.process.InspectionPlanProcessIds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The model and its forms deploy together on a plain engine, and every formRef resolves inside that deployment. */
class InspectionPlanModelDeploymentTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("plain-engine/camunda.cfg.xml").build();

  ProcessEngine processEngine;

  @Test
  @Deployment(resources = {"bpmn/InspectionPlanProcess.bpmn", "forms/start-plan.form", "forms/fill-plan.form",
      "forms/approve-plan.form", "forms/file-plan.form"})
  @DisplayName("the plan process deploys with its forms and every user task's formRef resolves in the deployment")
  void formRefsResolve() throws Exception {
    ProcessDefinition definition = processEngine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(InspectionPlanProcessIds.PROCESS_KEY).singleResult();
    assertThat(definition).isNotNull();
    assertThat(definition.getHistoryTimeToLive()).isEqualTo(1825);
    BpmnModelInstance model = processEngine.getRepositoryService().getBpmnModelInstance(definition.getId());

    Collection<UserTask> userTasks = model.getModelElementsByType(UserTask.class);
    assertThat(userTasks).extracting(UserTask::getId).containsExactlyInAnyOrder(
        InspectionPlanProcessIds.FILL_PLAN, InspectionPlanProcessIds.APPROVE_PLAN, InspectionPlanProcessIds.FILE_PLAN);
    for (UserTask task : userTasks) {
      assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
      assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isNotBlank();
      assertThat(task.getCamundaDueDate()).as(task.getId()).endsWith("WD");
      assertResolves(definition, task.getCamundaFormRef());
    }
    StartEvent start = model.getModelElementById(InspectionPlanProcessIds.START_EVENT);
    assertResolves(definition, start.getCamundaFormRef());
    assertThat(start.getCamundaInitiator()).isEqualTo("initiator");

    try (InputStream form = processEngine.getFormService().getDeployedStartForm(definition.getId())) {
      assertThat(new ObjectMapper().readTree(form).get("id").asText()).isEqualTo(InspectionPlanProcessIds.FORM_START);
    }
  }

  private void assertResolves(ProcessDefinition definition, String formRef) throws Exception {
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    CamundaFormDefinition form = config.getCommandExecutorTxRequired().execute(
        new GetCamundaFormDefinitionCmd(new CamundaFormRefImpl(formRef, "deployment"), definition.getDeploymentId()));
    assertThat(form).as("form " + formRef).isNotNull();
    assertThat(form.getKey()).isEqualTo(formRef);
    assertThat(form.getDeploymentId()).isEqualTo(definition.getDeploymentId());
    try (InputStream in = processEngine.getRepositoryService()
        .getResourceAsStream(definition.getDeploymentId(), form.getResourceName())) {
      JsonNode json = new ObjectMapper().readTree(in);
      assertThat(json.get("executionPlatform").asText()).isEqualTo("Camunda Platform");
      assertThat(json.get("executionPlatformVersion").asText()).isEqualTo("7.24.0");
      for (JsonNode component : json.get("components")) {
        assertThat(component.get("id").asText()).as(formRef).matches("Field_[A-Z][A-Za-z]+");
      }
    }
    assertThat(List.of("start-plan", "fill-plan", "approve-plan", "file-plan")).contains(formRef);
  }
}
