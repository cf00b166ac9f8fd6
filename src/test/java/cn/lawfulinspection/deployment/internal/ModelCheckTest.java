package cn.lawfulinspection.deployment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The deployment check on parsed models, without an engine. */
class ModelCheckTest {

  static final String MODEL = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Probe" targetNamespace="t">
        <bpmn:process id="ProbeProcess" isExecutable="true" %s>
          <bpmn:startEvent id="StartEvent_Started" camunda:formRef="probe-start" camunda:formRefBinding="deployment"/>
          <bpmn:serviceTask id="ServiceTask_Work" camunda:delegateExpression="${workDelegate}">
            <bpmn:extensionElements>
              <camunda:executionListener event="end" delegateExpression="${%s}"/>
            </bpmn:extensionElements>
          </bpmn:serviceTask>
          <bpmn:userTask id="%s" camunda:formRef="probe-task"/>
        </bpmn:process>
        <bpmn:message id="Msg_Probe" name="Msg_Probe"/>
      </bpmn:definitions>""";

  final ModelCheck check = new ModelCheck(Map.of("ProbeProcess", Set.of("UserTask_Handle", "Msg_Probe")),
      Set.of("workDelegate", "auditListener")::contains, getClass().getClassLoader());

  List<ModelCheck.Problem> problems(String ttl, String listener, String userTask, Set<String> forms) {
    ModelFile model = ModelFile.parse(MODEL.formatted(ttl, listener, userTask).getBytes(StandardCharsets.UTF_8));
    return check.check("Probe.bpmn", model, ref -> forms.contains(ref.formId()));
  }

  @Test
  @DisplayName("a model with its forms, beans, required ids and historyTimeToLive passes")
  void soundModelPasses() {
    assertThat(problems("camunda:historyTimeToLive=\"P1D\"", "auditListener", "UserTask_Handle",
        Set.of("probe-start", "probe-task"))).isEmpty();
  }

  @Test
  @DisplayName("every problem of a model is named at once, in Chinese, with the element at fault (a listener by its task)")
  void everyProblemIsNamed() {
    // when
    List<ModelCheck.Problem> problems = problems("", "missingListener", "UserTask_Renamed", Set.of("probe-start"));

    // then
    assertThat(problems).extracting(ModelCheck.Problem::code).containsExactly("MODEL_FORM_UNRESOLVED",
        "MODEL_DELEGATE_UNKNOWN", "MODEL_HTTL_MISSING", "MODEL_ID_REQUIRED");
    assertThat(problems.get(0).message()).contains("UserTask_Renamed", "probe-task", "formRefBinding=latest");
    assertThat(problems.get(1).element()).isEqualTo("ServiceTask_Work");
    assertThat(problems.get(1).message()).contains("missingListener", "Spring Bean");
    assertThat(problems.get(3).message()).contains("UserTask_Handle").doesNotContain("Msg_Probe");
  }
}
