package cn.lawfulinspection.identity.internal;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.identity.RoleGroups;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * R-IG-3, R-IG-4: the generic process API is untrusted input. An engine command that a user sends through
 * {@code /engine-rest} or through the webapps' own engine API (Tasklist, Cockpit) — any HTTP request outside our
 * {@code /api}, by anyone but an administrator — may read (queries, forms, diagrams), claim and assign user tasks,
 * comment, complete a user task with the fields of its own form, and start a process the way Tasklist's start form
 * does (its start form's fields, no business key, no start instructions). Everything else is refused: start
 * instructions and skip flags, BPMN errors and escalations thrown from user tasks, instance modification and
 * migration, suspension, deletion, variable writes, message and signal correlation, job execution and due dates,
 * delegation, identity links, task updates, deployments.
 *
 * <p>It is an allow-list: a command is allowed only if it is recognised as one of the above, so an engine upgrade that
 * adds a command adds nothing a user can do until it is classified here ({@link CommandClassification}).
 *
 * <p>Not guarded: commands issued by code already running inside an engine command (our delegates and listeners, the
 * engine's own continuations), commands without an HTTP request (jobs, start-up), requests of our {@code /api} (whose
 * services check the rules and take each step through the record's lifecycle), and commands of our own classes.
 * Authorizations still apply to everything that passes.
 */
class GenericApiGuard extends CommandInterceptor {

  private final ProcessEngineConfigurationImpl configuration;
  private final FormFieldCatalog forms;

  GenericApiGuard(ProcessEngineConfigurationImpl configuration, FormFieldCatalog forms) {
    this.configuration = configuration;
    this.forms = forms;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (Context.getCommandContext() == null && guarded(command)) {
      check(command);
    }
    return next.execute(command);
  }

  private boolean guarded(Command<?> command) {
    if (CommandClassification.ownCommand(command) || !GenericApiChannel.active()) {
      return false;
    }
    Authentication auth = configuration.getIdentityService().getCurrentAuthentication();
    return auth == null || auth.getGroupIds() == null || !auth.getGroupIds().contains(RoleGroups.ADMIN);
  }

  private void check(Command<?> command) {
    switch (CommandClassification.of(command)) {
      case READ, TASK_WORK -> {
        // allowed (authorizations apply)
      }
      case COMPLETE_TASK -> completion(command);
      case START_PROCESS -> start(command);
      default -> throw refused("R-IG-4", null, "通用流程接口不允许此操作（" + CommandClassification.label(command)
          + "）：流程的每一步只能通过表单办理或由平台按规则推进，不能跳过、改变顺序、改写流程变量或终止流程（R-IG-4）。");
    }
  }

  /** A user task is completed with the fields of its own form and nothing else (R-IG-3). */
  private void completion(Command<?> command) {
    String taskId;
    Map<String, Object> variables;
    if (command instanceof ResolveTaskCmd) {
      throw refused("R-IG-4", null, "通用流程接口不允许委派办理（resolve）：请由被指派的人员直接办理任务（R-IG-4）。");
    } else if (command instanceof SubmitTaskFormCmd submit) {
      taskId = Fields.read(Fields.SUBMIT_TASK_ID, submit);
      variables = Fields.read(Fields.SUBMIT_TASK_PROPERTIES, submit);
    } else {
      CompleteTaskCmd complete = (CompleteTaskCmd) command;
      taskId = Fields.read(Fields.COMPLETE_TASK_ID, complete);
      variables = Fields.read(Fields.COMPLETE_TASK_VARIABLES, complete);
    }
    if (variables == null || variables.isEmpty() || taskId == null) {
      return;
    }
    FormFieldCatalog.FormFields form = forms.ofTask(taskId);
    if (form == null) {
      return; // no such task: the engine answers 404 itself
    }
    refuseForeignFields(form, variables.keySet());
  }

  /** A process is started as Tasklist's start form does, nothing more (R-IG-3, R-IG-4). */
  private void start(Command<?> command) {
    String definitionId;
    String definitionKey = null;
    String businessKey;
    Map<String, Object> variables;
    if (command instanceof SubmitStartFormCmd submit) {
      definitionId = Fields.read(Fields.START_FORM_DEFINITION, submit);
      businessKey = Fields.read(Fields.START_FORM_BUSINESS_KEY, submit);
      variables = Fields.read(Fields.START_FORM_VARIABLES, submit);
    } else {
      ProcessInstantiationBuilderImpl builder = Fields.read(Fields.START_BUILDER, (StartProcessInstanceCmd) command);
      definitionId = builder.getProcessDefinitionId();
      definitionKey = builder.getProcessDefinitionKey();
      businessKey = builder.getBusinessKey();
      variables = builder.getModificationBuilder() == null ? null
          : builder.getModificationBuilder().getProcessVariables();
      if (builder.getModificationBuilder() != null && !builder.getModificationBuilder().getModificationOperations()
          .isEmpty() || builder.getCaseInstanceId() != null) {
        throw refused("R-IG-4", null, "通用流程接口不允许从流程中间开始或跳过环节（startInstructions），请从开始表单发起（R-IG-4）。");
      }
    }
    if (businessKey != null && !businessKey.isBlank()) {
      throw refused("R-IG-3", "businessKey", "发起流程时不能指定业务编号（businessKey）：编号由平台在登记时分配（R-IG-3）。");
    }
    FormFieldCatalog.FormFields form = forms.ofStart(definitionId, definitionKey);
    if (form == null) {
      return; // no such definition: the engine answers 404 itself
    }
    if (!form.startable()) {
      throw refused("R-IG-4", null, "流程“" + form.name() + "”不能直接发起：它由平台在办理其他环节时启动（R-IG-4）。");
    }
    refuseForeignFields(form, variables == null ? Set.of() : variables.keySet());
  }

  private static void refuseForeignFields(FormFieldCatalog.FormFields form, Set<String> submitted) {
    Set<String> foreign = new TreeSet<>(submitted);
    foreign.removeAll(form.editableKeys());
    if (!foreign.isEmpty()) {
      throw refused("R-IG-3", foreign.iterator().next(), "提交的字段 " + String.join("、", foreign) + " 不属于表单“"
          + form.name() + "”的可填写项，已拒绝：办理环节只能提交本环节表单的字段（R-IG-3）。");
    }
  }

  /**
   * A refusal the engine's REST layers answer with 403 (an {@link AuthorizationException}) and our problem mappers with
   * the rule ID (the {@link RuleViolationException} inside).
   */
  static AuthorizationException refused(String ruleId, String field, String message) {
    AuthorizationException e = new AuthorizationException(message);
    e.initCause(new RuleViolationException(ruleId, field, message));
    return e;
  }
}
