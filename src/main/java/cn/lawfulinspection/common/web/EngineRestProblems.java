package cn.lawfulinspection.common.web;

import cn.lawfulinspection.common.RuleViolationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * A rule refusal inside a process step reaches {@code /engine-rest} callers as the same RFC 9457 problem our
 * {@code /api} answers (422, {@code ruleId}, {@code field}, Chinese {@code detail}), instead of Camunda's generic 500.
 * Camunda's own {@code message} property is kept, since clients of the engine REST API read it. A step the generic
 * process API may not take at all (an {@link AuthorizationException} carrying the refusal, R-IG-3/R-IG-4) answers 403.
 *
 * <p>The same mappers serve the webapps' own engine API (Tasklist, Cockpit), registered there by
 * {@link WebappEngineApiProblems}, so that Tasklist shows the Chinese refusal instead of a server error.
 */
@Component
class EngineRestProblems implements ResourceConfigCustomizer {

  @Override
  public void customize(ResourceConfig config) {
    config.register(RefusalMapper.class);
    config.register(WrappedRefusalMapper.class);
    config.register(RestWrappedRefusalMapper.class);
  }

  /** Camunda's code for a BPMN error that no boundary or event subprocess catches. */
  static final String UNHANDLED_BPMN_ERROR = "ENGINE-13033";

  static Response problem(RuleViolationException e) {
    return problem(e, 422);
  }

  static Response problem(RuleViolationException e, int status) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", ProblemHandler.RULE_VIOLATION.toString());
    body.put("title", status == 403 ? "不允许的操作" : "不符合规则");
    body.put("status", status);
    body.put("detail", e.getMessage());
    body.put("message", e.getMessage());
    if (e.ruleId() != null) {
      body.put("ruleId", e.ruleId());
    }
    if (e.field() != null) {
      body.put("field", e.field());
    }
    return Response.status(status).type(MediaType.valueOf("application/problem+json;charset=UTF-8")).entity(body).build();
  }

  /** A refusal thrown as it is (e.g. by a service task's delegate). */
  public static class RefusalMapper implements ExceptionMapper<RuleViolationException> {
    @Override
    public Response toResponse(RuleViolationException e) {
      return problem(e);
    }
  }

  /** A refusal the engine wrapped (e.g. thrown by a task listener); any other engine failure as Camunda answers it. */
  @jakarta.annotation.Priority(1)
  public static class WrappedRefusalMapper implements ExceptionMapper<ProcessEngineException> {
    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException e) {
      int status = e instanceof AuthorizationException ? 403 : 422;
      if (e.getMessage() != null && e.getMessage().startsWith(UNHANDLED_BPMN_ERROR)) {
        // a BPMN error nothing in the model catches (enableExceptionsAfterUnhandledBpmnError): the caller's request is
        // wrong, not the server
        return problem(new RuleViolationException("R-IG-4", "errorCode",
            "流程在此环节没有处理该 BPMN 错误，已拒绝：环节只能按流程图办理（R-IG-4）。"), 422);
      }
      return RuleViolationException.in(e).map(r -> problem(r, status)).orElseGet(() -> camunda.toResponse(e));
    }
  }

  /** A refusal the REST resource wrapped again (e.g. {@code submit-form}); anything else as Camunda answers it. */
  @jakarta.annotation.Priority(1)
  public static class RestWrappedRefusalMapper implements ExceptionMapper<RestException> {
    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException e) {
      int status = e.getCause() instanceof AuthorizationException ? 403 : 422;
      return RuleViolationException.in(e)
          .or(() -> RuleViolationException.takeLastRecorded(e.getMessage()))
          .map(r -> problem(r, status)).orElseGet(() -> camunda.toResponse(e));
    }
  }
}
