package cn.lawfulinspection.identity.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The fields a person can fill in on the Camunda Form of a user task or a start event (R-IG-3): the keys of the form's
 * components that are neither disabled nor read-only (a group or dynamic list counts by its {@code path}). Forms are
 * found as Tasklist finds them, through {@code camunda:formRef} in the same deployment as the process definition, and
 * read once per deployment.
 */
final class FormFieldCatalog {

  /** The editable fields of one form; {@code startable} for a start event of a process Tasklist may start. */
  record FormFields(String name, Set<String> editableKeys, boolean startable) {}

  private static final FormFields NO_FORM = new FormFields("（无表单）", Set.of(), false);

  private final ProcessEngineConfigurationImpl configuration;
  private final ObjectMapper json = new ObjectMapper();
  /** deployment id → (form id → its editable keys) */
  private final Map<String, Map<String, Set<String>>> formsByDeployment = new ConcurrentHashMap<>();

  FormFieldCatalog(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  /** The form of a user task; {@code null} when there is no such task. */
  FormFields ofTask(String taskId) {
    return asPlatform(() -> {
      TaskEntity task = org.camunda.bpm.engine.impl.context.Context.getCommandContext().getTaskManager()
          .findTaskById(taskId);
      if (task == null) {
        return null;
      }
      if (task.getProcessDefinitionId() == null) {
        return NO_FORM;
      }
      RepositoryService repository = configuration.getRepositoryService();
      BpmnModelInstance model = repository.getBpmnModelInstance(task.getProcessDefinitionId());
      UserTask element = model.getModelElementById(task.getTaskDefinitionKey());
      String name = task.getName() == null ? task.getTaskDefinitionKey() : task.getName();
      if (element == null || element.getCamundaFormRef() == null) {
        return new FormFields(name, Set.of(), false);
      }
      ProcessDefinition definition = repository.getProcessDefinition(task.getProcessDefinitionId());
      return new FormFields(name, keys(definition.getDeploymentId(), element.getCamundaFormRef()), false);
    });
  }

  /** The start form of a process definition (by id, else the latest version of the key); {@code null} if none. */
  FormFields ofStart(String definitionId, String definitionKey) {
    return asPlatform(() -> {
      RepositoryService repository = configuration.getRepositoryService();
      ProcessDefinition definition = definitionId != null
          ? repository.createProcessDefinitionQuery().processDefinitionId(definitionId).singleResult()
          : definitionKey == null ? null
              : repository.createProcessDefinitionQuery().processDefinitionKey(definitionKey).latestVersion()
                  .withoutTenantId().singleResult();
      if (definition == null) {
        return null;
      }
      String name = definition.getName() == null ? definition.getKey() : definition.getName();
      BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
      String formRef = model.getModelElementsByType(StartEvent.class).stream()
          .filter(e -> e.getParentElement() instanceof Process && e.getEventDefinitions().isEmpty())
          .map(StartEvent::getCamundaFormRef)
          .filter(ref -> ref != null)
          .findFirst().orElse(null);
      if (formRef == null) {
        return new FormFields(name, Set.of(), false);
      }
      return new FormFields(name, keys(definition.getDeploymentId(), formRef), definition.isStartableInTasklist());
    });
  }

  private Set<String> keys(String deploymentId, String formId) {
    Set<String> keys = formsByDeployment.computeIfAbsent(deploymentId, this::read).get(formId);
    return keys == null ? Set.of() : keys;
  }

  private Map<String, Set<String>> read(String deploymentId) {
    RepositoryService repository = configuration.getRepositoryService();
    Map<String, Set<String>> forms = new ConcurrentHashMap<>();
    for (String resource : repository.getDeploymentResourceNames(deploymentId)) {
      if (!resource.endsWith(".form")) {
        continue;
      }
      try (InputStream in = repository.getResourceAsStream(deploymentId, resource)) {
        JsonNode form = json.readTree(in);
        Set<String> editable = new LinkedHashSet<>();
        collect(form.path("components"), editable);
        forms.put(form.path("id").asText(resource), Set.copyOf(editable));
      } catch (IOException e) {
        throw new IllegalStateException("unreadable form " + resource + " in deployment " + deploymentId, e);
      }
    }
    return forms;
  }

  /** Top-level data keys of the components: a keyed field, a group or list by its path, else its children's keys. */
  private static void collect(JsonNode components, Collection<String> keys) {
    for (JsonNode c : components) {
      if (c.path("disabled").asBoolean(false) || c.path("readonly").asBoolean(false)) {
        continue;
      }
      String key = c.path("key").asText("");
      String path = c.path("path").asText("");
      if (!key.isEmpty()) {
        keys.add(key.split("\\.")[0]);
      } else if (!path.isEmpty()) {
        keys.add(path.split("\\.")[0]);
      } else if (c.has("components")) {
        collect(c.path("components"), keys);
      }
    }
  }

  /** Looks the form up as the platform: the user's authorizations do not decide which form a task has. */
  private <T> T asPlatform(java.util.function.Supplier<T> lookup) {
    return configuration.getCommandExecutorTxRequired().execute(ctx -> ctx.runWithoutAuthorization(lookup::get));
  }
}
