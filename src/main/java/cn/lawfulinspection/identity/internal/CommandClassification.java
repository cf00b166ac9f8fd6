package cn.lawfulinspection.identity.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.AbstractNativeQuery;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateFilterCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * What an engine command does, as far as the generic-API guard is concerned. An allow-list: reads, the few task
 * operations Tasklist needs, completions and starts (checked further by {@link GenericApiGuard}); every other command,
 * known today or added by a later engine, is {@link Kind#REFUSED} for non-administrators on the generic API.
 */
final class CommandClassification {

  enum Kind {
    /** Queries and getters: authorizations decide what a user sees. */
    READ,
    /** Claim, assign, comment, own filters and profile: change no record. */
    TASK_WORK,
    /** Completing a user task: only with its form's fields. */
    COMPLETE_TASK,
    /** Starting a process: only as the start form does. */
    START_PROCESS,
    /** Anything else. */
    REFUSED
  }

  /** Read-only engine commands by name: getters, finders, checks, filter executions, query factories. */
  private static final Pattern READ_NAME = Pattern.compile(
      "(Get|Find|Is|Check|Determine|ExecuteFilter)[A-Za-z]*|AuthorizationCheckCmd|Create[A-Za-z]*QueryCmd"
          + "|[A-Za-z]*QueryCmd|[A-Za-z]*QueryImpl|[A-Za-z]*ReportCmd");

  /** The webapps' own plugin APIs (Cockpit, Tasklist, Admin, Welcome) run read-only queries of their own. */
  private static final Set<String> WEBAPP_PLUGIN_PACKAGES = Set.of("org.camunda.bpm.cockpit.", "org.camunda.bpm.tasklist.",
      "org.camunda.bpm.admin.", "org.camunda.bpm.welcome.", "org.camunda.bpm.webapp.");

  private static final Set<Class<?>> TASK_WORK = Set.of(ClaimTaskCmd.class, AssignTaskCmd.class, AddCommentCmd.class,
      SaveFilterCmd.class, CreateFilterCmd.class, DeleteFilterCmd.class, SaveUserCmd.class);

  /** Chinese names of what refused commands do, by the first matching part of their class name. */
  private static final Map<Pattern, String> LABELS = new LinkedHashMap<>();

  static {
    label("StartProcessInstanceAtActivities|Instantiation|Cancellation|Modif", "修改流程实例或从指定环节启动");
    label("BpmnError", "从任务抛出 BPMN 错误");
    label("Escalation", "从任务抛出升级事件");
    label("Variable", "写入或删除流程变量");
    label("Correlat|Message", "关联消息");
    label("Signal", "触发信号");
    label("Condition", "按条件启动流程");
    label("Migrat", "迁移流程实例");
    label("Restart", "重新启动流程实例");
    label("Suspen|Activate|State", "挂起或激活");
    label("ExternalTask", "操作外部任务");
    label("Job", "操作作业或定时器");
    label("Delete", "删除");
    label("Deploy", "部署流程模型");
    label("IdentityLink", "修改任务的候选人或候选组");
    label("Delegate|Owner|ResolveTask", "委派任务");
    label("SaveTask|SetTask|CreateTask", "修改或新建任务");
    label("Incident", "操作流程事件");
  }

  private CommandClassification() {}

  static Kind of(Command<?> command) {
    if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
      return Kind.COMPLETE_TASK;
    }
    if (command instanceof StartProcessInstanceCmd || command instanceof SubmitStartFormCmd) {
      return Kind.START_PROCESS;
    }
    if (TASK_WORK.contains(command.getClass())) {
      return Kind.TASK_WORK;
    }
    if (command instanceof AbstractNativeQuery<?, ?>) {
      return Kind.REFUSED; // raw SQL
    }
    if (command instanceof AbstractQuery<?, ?>) {
      return Kind.READ;
    }
    String name = command.getClass().getName();
    if (WEBAPP_PLUGIN_PACKAGES.stream().anyMatch(name::startsWith)) {
      return Kind.READ;
    }
    Class<?> enclosing = command.getClass().getEnclosingClass();
    if (enclosing != null && enclosing.getSimpleName().endsWith("ReportImpl")) {
      return Kind.READ;
    }
    return READ_NAME.matcher(command.getClass().getSimpleName()).matches() ? Kind.READ : Kind.REFUSED;
  }

  /** Commands of the platform itself (e.g. {@code RunAs}): no HTTP client can send one. */
  static boolean ownCommand(Command<?> command) {
    return command.getClass().getName().startsWith("cn.lawfulinspection.");
  }

  /** What the command does, in Chinese, for the refusal message. */
  static String label(Command<?> command) {
    String name = command.getClass().getSimpleName();
    return LABELS.entrySet().stream().filter(e -> e.getKey().matcher(name).find()).map(Map.Entry::getValue)
        .findFirst().orElse("此操作") + "，" + name;
  }

  private static void label(String regex, String text) {
    LABELS.put(Pattern.compile(regex), text);
  }
}
