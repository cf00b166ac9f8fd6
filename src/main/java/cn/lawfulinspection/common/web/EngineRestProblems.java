package cn.lawfulinspection.common.web;

import cn.lawfulinspection.common.Conflicts;
import cn.lawfulinspection.common.RuleViolationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A rule refusal inside a process step reaches {@code /engine-rest} callers as the same RFC 9457 problem our
 * {@code /api} answers (422, {@code ruleId}, {@code field}, Chinese {@code detail}), instead of Camunda's generic 500.
 * Camunda's own {@code message} property is kept, since clients of the engine REST API read it. A step the generic
 * process API may not take at all (an {@link AuthorizationException} carrying the refusal, R-IG-3/R-IG-4) answers 403.
 *
 * <p>A lost race (R-IG-5) that Camunda would answer with a 500 is a 409 problem in Chinese: a failure
 * {@link Conflicts} recognises (two people claiming the same user task, an optimistic lock, a deadlock, a lock not
 * granted, a duplicate key), or any failure (a 500, or a 403: the task's authorizations are deleted with it) of a
 * request acting on a user task that no longer exists once it failed: someone else completed the task while this
 * request ran, and this one met the half-finished state (a variable or an authorization already gone) before the
 * engine's optimistic lock could refuse it. A request for a task completed before it arrived keeps Camunda's 404.
 *
 * <p>The same mappers serve the webapps' own engine API (Tasklist, Cockpit), registered there by
 * {@link WebappEngineApiProblems}, so that Tasklist shows the Chinese refusal instead of a server error.
 */
@Component
class EngineRestProblems implements ResourceConfigCustomizer {

  private static final Logger log = LoggerFactory.getLogger(EngineRestProblems.class);

  /** Camunda's code for a BPMN error that no boundary or event subprocess catches. */
  static final String UNHANDLED_BPMN_ERROR = "ENGINE-13033";

  /** A request that works on one user task: its id is group 1. */
  private static final Pattern TASK_ACTION =
      Pattern.compile("/task/([^/]+)/(complete|submit-form|resolve|claim|unclaim|assignee|delegate)$");

  @Override
  public void customize(ResourceConfig config) {
    config.register(RefusalMapper.class);
    config.register(WrappedRefusalMapper.class);
    config.register(RestWrappedRefusalMapper.class);
    config.register(OtherFailureMapper.class);
  }

  static Response problem(RuleViolationException e) {
    return problem(e, 422);
  }

  static Response problem(RuleViolationException e, int status) {
    return problem(status, ProblemHandler.RULE_VIOLATION, status == 403 ? "不允许的操作" : "不符合规则", e.getMessage(),
        e.ruleId(), e.field(), e.code());
  }

  private static Response problem(int status, URI type, String title, String detail, String ruleId, String field) {
    return problem(status, type, title, detail, ruleId, field, null);
  }

  private static Response problem(int status, URI type, String title, String detail, String ruleId, String field,
      String code) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type.toString());
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    body.put("message", detail);
    if (ruleId != null) {
      body.put("ruleId", ruleId);
    }
    if (field != null) {
      body.put("field", field);
    }
    if (code != null) {
      body.put("code", code);
    }
    return Response.status(status).type(MediaType.valueOf("application/problem+json;charset=UTF-8")).entity(body)
        .build();
  }

  /**
   * The refusal found in the failure (with {@code refusalStatus}), else a 409 for a lost race Camunda would answer
   * with a 500 (or a 403 on a task completed meanwhile), else Camunda's answer.
   */
  static Response answer(Throwable e, Optional<RuleViolationException> refusal, int refusalStatus,
      Supplier<Response> camunda) {
    if (refusal.isPresent()) {
      return problem(refusal.get(), refusalStatus);
    }
    Response answer = camunda.get();
    boolean failed = answer.getStatus() >= 500;
    boolean deniedAfterAll = answer.getStatus() == 403; // the task's authorizations went with the completed task
    if (failed && Conflicts.in(e).isPresent() || (failed || deniedAfterAll) && userTaskGoneMeanwhile()) {
      log.warn("lost race in the engine API: {}", Conflicts.in(e).orElse(e).toString());
      return problem(409, ProblemHandler.CONFLICT, "操作冲突", Conflicts.MESSAGE, Conflicts.RULE, null);
    }
    return answer;
  }

  /** The request acted on a user task that no longer exists (its own failure rolled back, so another request won). */
  private static boolean userTaskGoneMeanwhile() {
    if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
      return false;
    }
    Matcher action = TASK_ACTION.matcher(attributes.getRequest().getRequestURI());
    ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
    if (!action.find() || engine == null) {
      return false;
    }
    String taskId = action.group(1);
    try {
      return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
          .execute(ctx -> ctx.runWithoutAuthorization(
              () -> engine.getTaskService().createTaskQuery().taskId(taskId).count() == 0));
    } catch (RuntimeException unknown) {
      return false;
    }
  }

  /** A refusal thrown as it is (e.g. by a service task's delegate). */
  public static class RefusalMapper implements ExceptionMapper<RuleViolationException> {
    @Override
    public Response toResponse(RuleViolationException e) {
      return problem(e);
    }
  }

  /**
   * A refusal or a lost race the engine wrapped (e.g. thrown by a task listener); anything else as Camunda answers it.
   */
  @jakarta.annotation.Priority(1)
  public static class WrappedRefusalMapper implements ExceptionMapper<ProcessEngineException> {
    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(UNHANDLED_BPMN_ERROR)) {
        // a BPMN error nothing in the model catches (enableExceptionsAfterUnhandledBpmnError): the caller's request is
        // wrong, not the server
        return problem(new RuleViolationException("R-IG-4", "errorCode",
            "流程在此环节没有处理该 BPMN 错误，已拒绝：环节只能按流程图办理（R-IG-4）。"), 422);
      }
      return answer(e, RuleViolationException.in(e), e instanceof AuthorizationException ? 403 : 422,
          () -> camunda.toResponse(e));
    }
  }

  /**
   * A refusal or a lost race the REST resource wrapped again (e.g. {@code submit-form}); anything else as Camunda
   * answers it.
   */
  @jakarta.annotation.Priority(1)
  public static class RestWrappedRefusalMapper implements ExceptionMapper<RestException> {
    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException e) {
      return answer(e, RuleViolationException.in(e).or(() -> RuleViolationException.takeLastRecorded(e.getMessage())),
          e.getCause() instanceof AuthorizationException ? 403 : 422, () -> camunda.toResponse(e));
    }
  }

  /**
   * Any other failure, which Camunda's own catch-all mapper answers (every Jersey application of the platform has
   * it): Spring's data-access failure from one of our services that a step let through unwrapped (a deadlock, a lock
   * not granted in time), or the engine's own slip on the half-finished state another request left (a process
   * instance already gone). A refusal or a lost race as above, anything else exactly as Camunda answers it.
   */
  @jakarta.annotation.Priority(1)
  public static class OtherFailureMapper implements ExceptionMapper<RuntimeException> {
    private final ExceptionHandler camunda = new ExceptionHandler();

    @Override
    public Response toResponse(RuntimeException e) {
      return answer(e, RuleViolationException.in(e), 422, () -> camunda.toResponse(e));
    }
  }
}
