package cn.lawfulinspection.deployment.internal;

import cn.lawfulinspection.deployment.ModelRefusedException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ResourceTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs before the engine's own deployers on every new deployment, whoever sends it (Camunda Modeler through
 * {@code /engine-rest/deployment/create}, the platform's {@code ModelDeployer}, a test):
 *
 * <ol>
 *   <li>adds the platform's form for each {@code camunda:formRef} with {@code formRefBinding="deployment"} that the
 *       deployment does not bring itself, so that a model deployed alone keeps its forms (Tasklist resolves a
 *       deployment-bound form in the process's own deployment);
 *   <li>refuses the deployment, before anything goes live, when a BPMN file is unreadable, a form still does not resolve, a delegate names no
 *       Spring bean or class, an element id Java relies on is gone, or a process has no {@code historyTimeToLive};
 *   <li>records who deployed what ({@link ModelDeploymentLog}), refusals included.
 * </ol>
 *
 * <p>A deployment the engine reads again later (its cache filled from the database) is not new and is left alone.
 */
final class ModelCheckDeployer implements Deployer {

  private static final Logger log = LoggerFactory.getLogger(ModelCheckDeployer.class);

  private final BundledModels bundled;
  private final ModelCheck check;
  /** Looked up at the first deployment: the log's JDBC beans come after the engine's configuration. */
  private final Supplier<ModelDeploymentLog> records;
  private final ObjectMapper json = new ObjectMapper();

  ModelCheckDeployer(BundledModels bundled, ModelCheck check, Supplier<ModelDeploymentLog> records) {
    this.bundled = bundled;
    this.check = check;
    this.records = records;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return;
    }
    CommandContext context = Context.getCommandContext();
    String deployer = context.getAuthenticatedUserId();
    List<String> names = new ArrayList<>(deployment.getResources().keySet());
    Map<String, String> formsPresent = new HashMap<>();
    Map<String, ModelFile> models = new LinkedHashMap<>();
    List<ModelCheck.Problem> problems = new ArrayList<>();
    deployment.getResources().forEach((name, resource) -> {
      if (name.endsWith(".form")) {
        try {
          formsPresent.put(BundledModels.formId(json, name, resource.getBytes()), name);
        } catch (IllegalArgumentException unreadable) {
          problems.add(ModelCheck.unreadable(name, unreadable));
        }
      } else if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
        try {
          models.put(name, ModelFile.parse(resource.getBytes()));
        } catch (IllegalArgumentException unreadable) {
          problems.add(ModelCheck.unreadable(name, unreadable));
        }
      }
    });

    Map<String, String> toAdd = new LinkedHashMap<>();
    models.forEach((name, model) -> problems.addAll(check.check(name, model, ref -> {
      if (formsPresent.containsKey(ref.formId()) || toAdd.containsKey(ref.formId())) {
        return true;
      }
      var platformForm = bundled.formResource(ref.formId());
      if ("deployment".equals(ref.binding())) {
        platformForm.filter(form -> !names.contains(form)).ifPresent(form -> toAdd.put(ref.formId(), form));
        return toAdd.containsKey(ref.formId());
      }
      return platformForm.isPresent()
          || context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(ref.formId()) != null;
    })));

    if (!problems.isEmpty()) {
      List<String> reasons = problems.stream().map(ModelCheck.Problem::message).toList();
      records.get().refused(deployer, deployment.getName(), deployment.getSource(), names, reasons);
      ModelCheck.Problem first = problems.get(0);
      throw new ModelRefusedException(first.code(), truncate(first.element()), reasons);
    }
    for (String form : toAdd.values()) {
      ResourceEntity resource = new ResourceEntity();
      resource.setName(form);
      resource.setBytes(bundled.resources().get(form));
      resource.setDeploymentId(deployment.getId());
      resource.setType(ResourceTypes.REPOSITORY.getValue());
      resource.setCreateTime(ClockUtil.getCurrentTime());
      context.getResourceManager().insertResource(resource);
      deployment.addResource(resource);
    }
    if (!toAdd.isEmpty()) {
      log.info("deployment {} ({}) by {}: the platform's forms added {}", deployment.getId(), deployment.getName(),
          deployer, toAdd.values());
    }
    records.get().deployed(deployer, deployment.getId(), deployment.getName(), deployment.getSource(), names,
        List.copyOf(toAdd.values()));
  }

  private static String truncate(String s) {
    return s.length() <= 64 ? s : s.substring(0, 64);
  }
}
