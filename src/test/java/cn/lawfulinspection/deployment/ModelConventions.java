package cn.lawfulinspection.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Artifact;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.Escalation;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.Signal;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;

/**
 * The conventions every model in {@code bpmn/} and every form in {@code forms/} follows (see STYLE.md): they open in
 * Camunda Modeler with their diagram, target Camunda Platform 7.24, carry stable {@code Type_PascalCase} ids, and
 * every user task has a deployed Chinese form, a Chinese description, a candidate group and a due date (or a camunda:property noDueDateReason where the locality sets no period). {@link #check} returns one line
 * per problem.
 */
final class ModelConventions {

  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";
  static final String PLATFORM = "Camunda Platform";
  static final Pattern PLATFORM_VERSION = Pattern.compile("7\\.24(\\.\\d+)?");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final Pattern RULE_ID = Pattern.compile("R-[A-Z]{2}-\\d+");
  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
  private static final Pattern PASCAL = Pattern.compile("[A-Z][A-Za-z0-9]*");
  /** bpmn-js appends 7 base-36 characters ({@code Activity_0abc123}); numbered defaults are {@code Flow_1}. */
  private static final Pattern GENERATED = Pattern.compile("(_[0-9a-z]{7}|_[0-9]+|[0-9][0-9a-z]{6})$");

  /** BPMN element type → the id prefixes it may use. */
  private static final Map<String, List<String>> PREFIXES = Map.ofEntries(
      Map.entry("startEvent", List.of("StartEvent")),
      Map.entry("endEvent", List.of("EndEvent")),
      Map.entry("userTask", List.of("UserTask")),
      Map.entry("serviceTask", List.of("ServiceTask")),
      Map.entry("sendTask", List.of("SendTask")),
      Map.entry("receiveTask", List.of("ReceiveTask")),
      Map.entry("scriptTask", List.of("ScriptTask")),
      Map.entry("businessRuleTask", List.of("BusinessRuleTask")),
      Map.entry("manualTask", List.of("ManualTask")),
      Map.entry("task", List.of("Task")),
      Map.entry("exclusiveGateway", List.of("Gateway")),
      Map.entry("parallelGateway", List.of("Gateway")),
      Map.entry("inclusiveGateway", List.of("Gateway")),
      Map.entry("eventBasedGateway", List.of("Gateway")),
      Map.entry("complexGateway", List.of("Gateway")),
      Map.entry("sequenceFlow", List.of("SequenceFlow")),
      Map.entry("boundaryEvent", List.of("BoundaryEvent", "Timer")),
      Map.entry("intermediateThrowEvent", List.of("IntermediateThrowEvent")),
      Map.entry("intermediateCatchEvent", List.of("IntermediateCatchEvent", "Timer", "TimerEvent")),
      Map.entry("subProcess", List.of("SubProcess")),
      Map.entry("transaction", List.of("Transaction")),
      Map.entry("callActivity", List.of("CallActivity")),
      Map.entry("message", List.of("Msg")),
      Map.entry("error", List.of("Err")),
      Map.entry("signal", List.of("Signal")),
      Map.entry("escalation", List.of("Escalation")),
      Map.entry("dataObject", List.of("DataObject")),
      Map.entry("dataObjectReference", List.of("DataObjectReference")),
      Map.entry("dataStoreReference", List.of("DataStoreReference")),
      Map.entry("textAnnotation", List.of("TextAnnotation")),
      Map.entry("association", List.of("Association")),
      Map.entry("group", List.of("Group")),
      Map.entry("lane", List.of("Lane")),
      Map.entry("participant", List.of("Participant")),
      Map.entry("messageFlow", List.of("MessageFlow")));

  /** Form component types that hold no value and so need no label. */
  private static final Set<String> UNLABELLED = Set.of("text", "html", "spacer", "separator", "image", "iframe",
      "expression", "table", "documentPreview", "default");

  private final ObjectMapper json = new ObjectMapper();
  private final List<String> problems = new ArrayList<>();

  static List<String> check(Path bpmnDir, Path formsDir) throws IOException {
    ModelConventions conventions = new ModelConventions();
    Set<String> formIds = conventions.checkForms(formsDir);
    List<Path> models = files(bpmnDir, ".bpmn");
    if (models.isEmpty()) {
      conventions.problems.add(bpmnDir + ": no .bpmn model");
    }
    for (Path model : models) {
      conventions.checkModel(model, formIds);
    }
    return conventions.problems;
  }

  private Set<String> checkForms(Path formsDir) throws IOException {
    Set<String> ids = new HashSet<>();
    for (Path file : files(formsDir, ".form")) {
      String where = file.getFileName().toString();
      JsonNode form;
      try {
        form = json.readTree(file.toFile());
      } catch (IOException e) {
        problems.add(where + ": not valid JSON (" + e.getMessage() + ")");
        continue;
      }
      String id = form.path("id").asText("");
      if (id.isBlank()) {
        problems.add(where + ": no form id");
      } else if (!ids.add(id)) {
        problems.add(where + ": form id " + id + " is used by another form");
      }
      if (!form.path("schemaVersion").isInt()) {
        problems.add(where + ": no numeric schemaVersion");
      }
      if (!PLATFORM.equals(form.path("executionPlatform").asText())) {
        problems.add(where + ": executionPlatform is not \"" + PLATFORM + "\"");
      }
      if (!PLATFORM_VERSION.matcher(form.path("executionPlatformVersion").asText()).matches()) {
        problems.add(where + ": executionPlatformVersion is not 7.24");
      }
      JsonNode components = form.path("components");
      if (!components.isArray() || components.isEmpty()) {
        problems.add(where + ": no components");
      } else {
        checkComponents(where, components);
      }
    }
    return ids;
  }

  private void checkComponents(String where, JsonNode components) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      String name = component.path("key").asText(component.path("id").asText(type));
      String label = component.path("label").asText("");
      if (label.isBlank() && component.has("key") && !UNLABELLED.contains(type)) {
        problems.add(where + ": field " + name + " has no label");
      } else if (!label.isBlank() && !HAN.matcher(label).find()) {
        problems.add(where + ": label of " + name + " is not Chinese: " + label);
      }
      for (JsonNode value : component.path("values")) {
        if (!HAN.matcher(value.path("label").asText("")).find()) {
          problems.add(where + ": option " + value.path("value").asText() + " of " + name + " has no Chinese label");
        }
      }
      if (component.has("components")) {
        checkComponents(where, component.path("components"));
      }
    }
  }

  private void checkModel(Path file, Set<String> formIds) throws IOException {
    String where = file.getFileName().toString();
    String stem = where.substring(0, where.length() - ".bpmn".length());
    BpmnModelInstance model;
    try (InputStream in = Files.newInputStream(file)) {
      model = Bpmn.readModelFromStream(in);
    } catch (RuntimeException e) {
      problems.add(where + ": not a valid BPMN model (" + e.getMessage() + ")");
      return;
    }
    var definitions = model.getDefinitions();
    if (!PLATFORM.equals(definitions.getAttributeValueNs(MODELER_NS, "executionPlatform"))) {
      problems.add(where + ": modeler:executionPlatform is not \"" + PLATFORM + "\"");
    }
    String version = definitions.getAttributeValueNs(MODELER_NS, "executionPlatformVersion");
    if (version == null || !PLATFORM_VERSION.matcher(version).matches()) {
      problems.add(where + ": modeler:executionPlatformVersion is " + version + ", not 7.24.x");
    }

    List<Process> executable = model.getModelElementsByType(Process.class).stream().filter(Process::isExecutable).toList();
    if (executable.size() != 1) {
      problems.add(where + ": has " + executable.size() + " executable processes, not one");
    }
    for (Process process : executable) {
      if (!stem.equals(process.getId())) {
        problems.add(where + ": process id " + process.getId() + " is not the file name " + stem);
      }
      if (process.getCamundaHistoryTimeToLiveString() == null || process.getCamundaHistoryTimeToLiveString().isBlank()) {
        problems.add(where + ": process " + process.getId() + " has no camunda:historyTimeToLive");
      }
    }

    Set<String> shapes = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class).forEach(s -> shapes.add(idOf(s.getBpmnElement())));
    Set<String> edges = new HashSet<>();
    model.getModelElementsByType(BpmnEdge.class).forEach(e -> edges.add(idOf(e.getBpmnElement())));
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (!shapes.contains(node.getId())) {
        problems.add(where + ": " + type(node) + " " + node.getId() + " has no diagram shape");
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (!edges.contains(flow.getId())) {
        problems.add(where + ": sequence flow " + flow.getId() + " has no diagram edge");
      }
    }

    Map<String, BaseElement> named = new HashMap<>();
    for (Class<? extends BaseElement> kind : List.of(FlowElement.class, Message.class, Error.class, Signal.class,
        Escalation.class, Artifact.class, Lane.class, Participant.class, MessageFlow.class)) {
      model.getModelElementsByType(kind).forEach(e -> named.put(e.getId(), e));
    }
    named.values().forEach(element -> checkId(where, element));

    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      checkUserTask(where, task, formIds);
    }
  }

  private void checkId(String where, BaseElement element) {
    String id = element.getId();
    String type = type(element);
    List<String> prefixes = PREFIXES.get(type);
    if (id == null) {
      problems.add(where + ": a " + type + " has no id");
      return;
    }
    int underscore = id.indexOf('_');
    String prefix = underscore < 0 ? "" : id.substring(0, underscore);
    String rest = underscore < 0 ? id : id.substring(underscore + 1);
    if (prefixes == null) {
      problems.add(where + ": " + type + " " + id + " is an element type the conventions do not know");
    } else if (!prefixes.contains(prefix) || !PASCAL.matcher(rest).matches()) {
      problems.add(where + ": id " + id + " of a " + type + " is not " + String.join("|", prefixes) + "_PascalCase");
    }
    if (GENERATED.matcher(id).find()) {
      problems.add(where + ": id " + id + " looks generated");
    }
  }

  /**
   * The camunda:property a user task without a due date names its reason with: the locality sets no period (e.g.
   * R-NT-4 outside Jiangyan), so the platform invents none.
   */
  static final String NO_DUE_DATE = "noDueDateReason";

  private static String noDueDateReason(UserTask task) {
    if (task.getExtensionElements() == null) {
      return null;
    }
    return task.getExtensionElements().getElementsQuery()
        .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list().stream()
        .flatMap(p -> p.getCamundaProperties().stream())
        .filter(p -> NO_DUE_DATE.equals(p.getCamundaName()) && !blank(p.getCamundaValue()))
        .map(p -> p.getCamundaValue()).findFirst().orElse(null);
  }

  private void checkUserTask(String where, UserTask task, Set<String> formIds) {
    String id = task.getId();
    String formRef = task.getAttributeValueNs(CAMUNDA_NS, "formRef");
    if (formRef == null || formRef.isBlank()) {
      problems.add(where + ": user task " + id + " has no camunda:formRef");
    } else if (!formIds.contains(formRef)) {
      problems.add(where + ": user task " + id + " refers to form " + formRef + ", which is not in forms/");
    }
    if (!"deployment".equals(task.getAttributeValueNs(CAMUNDA_NS, "formRefBinding"))) {
      problems.add(where + ": user task " + id + " has no formRefBinding=\"deployment\"");
    }
    checkDescription(where, task);
    if (blank(task.getCamundaCandidateGroups())) {
      problems.add(where + ": user task " + id + " has no candidate group");
    }
    if (blank(task.getCamundaDueDate())) {
      if (noDueDateReason(task) == null) {
        problems.add(where + ": user task " + id + " has no due date");
      }
    } else if (!task.getCamundaDueDate().matches(
        "\\$\\{(policies\\.current\\(\\)|taskPolicies\\.of\\(execution\\))\\.\\w+\\(\\)( \\* \\d+)?\\}WD")) {
      problems.add(where + ": user task " + id + " has a due date not in working days of the policy profile: "
          + task.getCamundaDueDate());
    }
  }

  /**
   * A user task's documentation is its description in Tasklist, the text the person doing it reads: Chinese, with
   * nothing English in it but rule IDs ({@code R-TK-3}).
   */
  private void checkDescription(String where, UserTask task) {
    String description = task.getDocumentations().stream().map(d -> d.getTextContent().strip())
        .filter(t -> !t.isEmpty()).findFirst().orElse(null);
    if (description == null) {
      problems.add(where + ": user task " + task.getId() + " has no description (documentation) for Tasklist");
    } else if (!HAN.matcher(description).find() || LATIN_WORD.matcher(RULE_ID.matcher(description).replaceAll(""))
        .find()) {
      problems.add(where + ": the description of user task " + task.getId() + " (shown in Tasklist) is not Chinese: "
          + description);
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String idOf(BaseElement element) {
    return element == null ? null : element.getId();
  }

  private static String type(BaseElement element) {
    return element.getElementType().getTypeName();
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
