package cn.lawfulinspection.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every model in {@code bpmn/} and form in {@code forms/} follows {@link ModelConventions}. */
class ModelConventionsTest {

  @Test
  @DisplayName("every model in bpmn/ and form in forms/ follows the model conventions")
  void repositoryModelsFollowTheConventions() throws Exception {
    // when
    List<String> problems = ModelConventions.check(Path.of("bpmn"), Path.of("forms"));

    // then
    assertThat(problems).as("model convention problems").isEmpty();
  }

  @Test
  @DisplayName("a model and a form that break the conventions are reported, problem by problem")
  void brokenModelIsReported(@TempDir Path dir) throws Exception {
    // given
    Path bpmn = Files.createDirectories(dir.resolve("bpmn"));
    Path forms = Files.createDirectories(dir.resolve("forms"));
    Files.writeString(bpmn.resolve("BrokenProcess.bpmn"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:modeler="http://camunda.org/schema/modeler/1.0"
            id="Definitions_Broken" targetNamespace="http://lawfulinspection.cn/bpmn"
            modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.21.0">
          <bpmn:process id="Process_0abc123" isExecutable="true">
            <bpmn:startEvent id="StartEvent_Started" />
            <bpmn:userTask id="Activity_1" name="审批" camunda:formRef="missing-form" />
            <bpmn:userTask id="UserTask_Approve" name="审批" camunda:formRef="approve" camunda:formRefBinding="deployment"
                camunda:candidateGroups="head" camunda:dueDate="3WD">
              <bpmn:documentation>R-TK-3: the head approves</bpmn:documentation>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Started" targetRef="Activity_1" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="BPMNDiagram_Broken">
            <bpmndi:BPMNPlane id="BPMNPlane_Broken" bpmnElement="Process_0abc123">
              <bpmndi:BPMNShape id="StartEvent_Started_di" bpmnElement="StartEvent_Started">
                <dc:Bounds x="100" y="100" width="36" height="36" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="UserTask_Approve_di" bpmnElement="UserTask_Approve">
                <dc:Bounds x="200" y="100" width="100" height="80" />
              </bpmndi:BPMNShape>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """);
    Files.writeString(forms.resolve("approve.form"), """
        {"id": "approve", "type": "default", "schemaVersion": 16,
         "executionPlatform": "Camunda Platform", "executionPlatformVersion": "7.24.0",
         "components": [
           {"id": "Field_Reason", "key": "reason", "type": "textfield", "label": "Reason"},
           {"id": "Field_Decision", "key": "approved", "type": "radio", "label": "是否同意",
            "values": [{"label": "同意", "value": "yes"}, {"label": "No", "value": "no"}]},
           {"id": "Field_Note", "key": "note", "type": "textarea"}
         ]}
        """);

    // when
    List<String> problems = ModelConventions.check(bpmn, forms);

    // then
    assertThat(problems).containsExactlyInAnyOrder(
        "approve.form: label of reason is not Chinese: Reason",
        "approve.form: option no of approved has no Chinese label",
        "approve.form: field note has no label",
        "BrokenProcess.bpmn: modeler:executionPlatformVersion is 7.21.0, not 7.24.x",
        "BrokenProcess.bpmn: process id Process_0abc123 is not the file name BrokenProcess",
        "BrokenProcess.bpmn: process Process_0abc123 has no camunda:historyTimeToLive",
        "BrokenProcess.bpmn: userTask Activity_1 has no diagram shape",
        "BrokenProcess.bpmn: sequence flow Flow_1 has no diagram edge",
        "BrokenProcess.bpmn: id Activity_1 of a userTask is not UserTask_PascalCase",
        "BrokenProcess.bpmn: id Activity_1 looks generated",
        "BrokenProcess.bpmn: id Flow_1 of a sequenceFlow is not SequenceFlow_PascalCase",
        "BrokenProcess.bpmn: id Flow_1 looks generated",
        "BrokenProcess.bpmn: user task Activity_1 refers to form missing-form, which is not in forms/",
        "BrokenProcess.bpmn: user task Activity_1 has no formRefBinding=\"deployment\"",
        "BrokenProcess.bpmn: user task Activity_1 has no candidate group",
        "BrokenProcess.bpmn: user task Activity_1 has no due date",
        "BrokenProcess.bpmn: user task Activity_1 has no description (documentation) for Tasklist",
        "BrokenProcess.bpmn: the description of user task UserTask_Approve (shown in Tasklist) is not Chinese: "
            + "R-TK-3: the head approves",
        "BrokenProcess.bpmn: user task UserTask_Approve has a due date not in working days of the policy profile: 3WD");
  }
}
