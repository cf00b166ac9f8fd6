package cn.lawfulinspection.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Derives the bare-engine floor (引擎基线) from our real models at benchmark start, so that it cannot drift from them:
 * reads {@code bpmn/<key>.bpmn} of the spine and, transitively, of every process it calls, and rewrites a copy of
 * each with the Camunda model API:
 * <ul>
 *   <li>every process id gets the prefix {@value #PREFIX}, and every {@code calledElement} follows;
 *   <li>every service, send and business-rule task calls the no-op delegate {@value #NO_OP_DELEGATE} instead of our
 *       delegate, class or expression; every execution and task listener is the no-op listener
 *       {@value #NO_OP_LISTENER};
 *   <li>form references are dropped (no form is read while a lifecycle runs);
 *   <li>an assignee expression naming a variable that only our delegates set (one the process does not receive from
 *       its caller's in-mappings or, for the spine, from its start) becomes the user the driver gives for it, so the
 *       floor's task is assigned at creation as ours is (the no-op delegate sets no variable); a variable the driver
 *       gives no user for fails the derivation, so a new assignee in the models cannot slip by.
 * </ul>
 * Everything else stays as it is: gateways and their conditions, timers and their working-day expressions, due dates,
 * candidate groups, in/out mappings, messages, errors, history time to live.
 */
final class FloorModels {

  static final String PREFIX = "Floor";
  static final String NO_OP_DELEGATE = "benchmarkNoOpDelegate";
  static final String NO_OP_LISTENER = "benchmarkNoOpListener";
  private static final Pattern SIMPLE_VARIABLE = Pattern.compile("\\$\\{\\s*(\\w+)\\s*}");

  private FloorModels() {}

  /** The floor copies of {@code spineKey} and every process it calls, by their new keys (the spine first). */
  /** The start variable the floor's scan-in timers read. */
  static final String SCAN_IN_DEADLINE = "floorScanInDeadline";

  static Map<String, BpmnModelInstance> derive(String spineKey, Set<String> startVariables,
      Map<String, String> delegateAssignees) {
    Map<String, BpmnModelInstance> models = new LinkedHashMap<>();
    Map<String, Set<String>> received = new LinkedHashMap<>();
    received.put(spineKey, new HashSet<>(startVariables));
    Deque<String> todo = new ArrayDeque<>(List.of(spineKey));
    Map<String, BpmnModelInstance> originals = new LinkedHashMap<>();
    while (!todo.isEmpty()) {
      String key = todo.poll();
      if (originals.containsKey(key)) {
        continue;
      }
      BpmnModelInstance model = read(key);
      originals.put(key, model);
      for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
        Set<String> targets = received.computeIfAbsent(call.getCalledElement(), k -> new HashSet<>());
        List<CamundaIn> ins = call.getExtensionElements() == null ? List.of()
            : call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list();
        for (CamundaIn in : ins) {
          if (in.getCamundaTarget() != null) {
            targets.add(in.getCamundaTarget());
          }
          if ("all".equals(in.getCamundaVariables())) {
            targets.add("*");
          }
        }
        todo.add(call.getCalledElement());
      }
    }
    originals.forEach((key, model) -> models.put(PREFIX + key, rewrite(model, received.get(key), delegateAssignees)));
    return models;
  }

  private static BpmnModelInstance rewrite(BpmnModelInstance model, Set<String> received,
      Map<String, String> delegateAssignees) {
    for (Process process : model.getModelElementsByType(Process.class)) {
      process.setId(PREFIX + process.getId());
      process.setName(process.getName() + "（引擎基线）");
    }
    for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
      call.setCalledElement(PREFIX + call.getCalledElement());
    }
    for (Class<? extends ModelElementInstance> type : List.of(ServiceTask.class, SendTask.class,
        BusinessRuleTask.class, CamundaTaskListener.class, CamundaExecutionListener.class)) {
      boolean listener = type.getSimpleName().endsWith("Listener");
      for (ModelElementInstance element : model.getModelElementsByType(type)) {
        List.of("class", "expression", "resultVariable", "type", "topic").forEach(a -> drop(element, a));
        element.setAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "delegateExpression",
            "${" + (listener ? NO_OP_LISTENER : NO_OP_DELEGATE) + "}");
        if (element.getUniqueChildElementByType(CamundaScript.class) != null) {
          throw new IllegalStateException("a script listener has no no-op equivalent yet: extend FloorModels");
        }
      }
    }
    if (!model.getModelElementsByType(ScriptTask.class).isEmpty()) {
      throw new IllegalStateException("a script task has no no-op equivalent yet: extend FloorModels");
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      drop(task, "formRef");
      drop(task, "formRefBinding");
      drop(task, "formKey");
      String assignee = task.getCamundaAssignee();
      Matcher variable = assignee == null ? null : SIMPLE_VARIABLE.matcher(assignee);
      if (variable != null && variable.matches() && !received.contains("*")
          && !received.contains(variable.group(1))) {
        String user = delegateAssignees.get(variable.group(1));
        if (user == null) {
          throw new IllegalStateException(task.getId() + ": assignee " + assignee + " is set by one of our delegates;"
              + " give the floor's user for it");
        }
        task.setCamundaAssignee(user);
      }
    }
    // timers that ask our beans about the bound task (${scanInDeadline.of(execution)}) read a start variable instead:
    // the floor's processes are bound to no task
    for (TimeDate date : model.getModelElementsByType(TimeDate.class)) {
      if (date.getTextContent().contains("scanInDeadline")) {
        date.setTextContent("${" + SCAN_IN_DEADLINE + "}");
      }
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      drop(start, "formRef");
      drop(start, "formRefBinding");
      drop(start, "formKey");
    }
    Bpmn.validateModel(model);
    return model;
  }

  /** Removes a camunda: attribute (the model API's setters write an empty value for null). */
  private static void drop(ModelElementInstance element, String camundaAttribute) {
    element.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, camundaAttribute);
  }

  private static BpmnModelInstance read(String key) {
    String resource = "bpmn/" + key + ".bpmn";
    try (InputStream in = FloorModels.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no model " + resource + " on the classpath");
      }
      return Bpmn.readModelFromStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
