package cn.lawfulinspection.common.web;

import cn.lawfulinspection.common.Conflicts;
import cn.lawfulinspection.common.NotFoundException;
import cn.lawfulinspection.common.Refused;
import cn.lawfulinspection.common.RuleConflictException;
import org.springframework.context.ApplicationEventPublisher;
import cn.lawfulinspection.common.RuleViolationException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.persistence.PersistenceException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Answers every refusal of our {@code /api} as RFC 9457 problem details: a Chinese {@code detail} a person can act
 * on, the {@code ruleId} where a rule applies and the {@code field} at fault. Refusals are published as {@link Refused}
 * events, which supervision keeps. Simultaneous requests that lost a race are answered 409 (R-IG-5), never 500.
 */
@RestControllerAdvice(basePackages = "cn.lawfulinspection")
public class ProblemHandler {

  /** Problem type of a rule refusal; the rule ID is in the {@code ruleId} property. */
  public static final URI RULE_VIOLATION = URI.create("urn:lawful-inspection:problem:rule-violation");
  public static final URI INVALID_INPUT = URI.create("urn:lawful-inspection:problem:invalid-input");
  public static final URI NOT_FOUND = URI.create("urn:lawful-inspection:problem:not-found");
  /** Problem type of a lost race (R-IG-5): simultaneous requests, this one did not take effect. */
  public static final URI CONFLICT = URI.create("urn:lawful-inspection:problem:conflict");
  public static final URI FORBIDDEN = URI.create("urn:lawful-inspection:problem:forbidden");
  public static final URI SERVER_ERROR = URI.create("urn:lawful-inspection:problem:server-error");

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  private static final Pattern PUBLIC_CODE = Pattern.compile("^(/api/public/(?:inspection-codes|enterprise-pages)/)[^/]+");

  private final ApplicationEventPublisher events;

  ProblemHandler(ApplicationEventPublisher events) {
    this.events = events;
  }

  @ExceptionHandler(RuleViolationException.class)
  ProblemDetail ruleViolation(RuleViolationException e, HttpServletRequest request) {
    if (!e.recorded()) {
      events.publishEvent(new Refused(e.ruleId(), e.field(), e.getMessage(), where(request)));
      e.markRecorded();
    }
    if (e instanceof RuleConflictException) { // taken by another request: 409
      return problem(HttpStatus.CONFLICT, CONFLICT, "操作冲突", e.getMessage(), e.ruleId(), e.field());
    }
    return problem(HttpStatus.UNPROCESSABLE_ENTITY, RULE_VIOLATION, "不符合规则", e.getMessage(), e.ruleId(), e.field());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
    List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
        .map(fe -> Map.of("field", fe.getField(), "message", String.valueOf(fe.getDefaultMessage())))
        .toList();
    String first = errors.isEmpty() ? "输入有误" : errors.get(0).get("message");
    String field = errors.isEmpty() ? null : errors.get(0).get("field");
    events.publishEvent(new Refused(null, field, first, where(request)));
    ProblemDetail pd = problem(HttpStatus.BAD_REQUEST, INVALID_INPUT, "输入有误", first, null, field);
    pd.setProperty("errors", errors);
    return pd;
  }

  @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
  ProblemDetail unreadable(Exception e, HttpServletRequest request) {
    String detail = "请求内容无法解析，请检查字段格式（日期为 yyyy-MM-dd，数字不带引号）。";
    events.publishEvent(new Refused(null, null, detail, where(request)));
    return problem(HttpStatus.BAD_REQUEST, INVALID_INPUT, "输入有误", detail, null, null);
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, NOT_FOUND, "未找到", e.getMessage(), null, null);
  }

  /**
   * What the engine, Spring's data access and transactions or JPA throw around our work. A refusal inside (a rule
   * broken in a process step) is answered as the refusal (422). A lost race (R-IG-5: a duplicate key, a lock not
   * granted, a deadlock, an optimistic lock; see {@link Conflicts}) is a 409 in Chinese, logged for supervision, with
   * nothing saved (the transaction rolled back). The engine's own answers keep their meaning (403 not authorized, also
   * for a refusal the engine raised as such; 404 not found, 400 bad request); anything else is a 500 problem, logged
   * with its stack.
   */
  @ExceptionHandler({ProcessEngineException.class, DataAccessException.class, TransactionException.class,
      PersistenceException.class})
  ProblemDetail failure(RuntimeException e, HttpServletRequest request) {
    Optional<RuleViolationException> refusal = RuleViolationException.in(e);
    if (refusal.isPresent()) {
      ProblemDetail refused = ruleViolation(refusal.get(), request);
      if (e instanceof AuthorizationException) { // the engine refused the step outright (R-IG-3, R-IG-4)
        refused.setStatus(HttpStatus.FORBIDDEN.value());
        refused.setTitle("不允许的操作");
      }
      return refused;
    }
    if (Conflicts.in(e).isPresent()) {
      log.warn("lost race at {}: {}", where(request), Conflicts.in(e).get().toString());
      events.publishEvent(new Refused(Conflicts.RULE, null, Conflicts.MESSAGE, where(request)));
      return problem(HttpStatus.CONFLICT, CONFLICT, "操作冲突", Conflicts.MESSAGE, Conflicts.RULE, null);
    }
    if (e instanceof AuthorizationException) {
      return problem(HttpStatus.FORBIDDEN, FORBIDDEN, "无权操作", "当前账号无权执行此操作。", null, null);
    }
    if (e instanceof org.camunda.bpm.engine.exception.NotFoundException) {
      return problem(HttpStatus.NOT_FOUND, NOT_FOUND, "未找到", "要办理的流程或任务不存在，可能已被他人办理，请刷新后查看。",
          null, null);
    }
    if (e instanceof BadUserRequestException) {
      return problem(HttpStatus.BAD_REQUEST, INVALID_INPUT, "输入有误", "请求无法办理，请检查输入后重试。", null, null);
    }
    log.error("failure at {}", where(request), e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, SERVER_ERROR, "服务器内部错误",
        "服务器处理请求时出错，本次操作未生效；请稍后重试，如仍出错请联系系统管理员。", null, null);
  }

  /** Builds a problem; shared with controllers that answer problems themselves (e.g. the CSV import). */
  public static ProblemDetail problem(
      HttpStatus status, URI type, String title, String detail, String ruleId, String field) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
    pd.setType(type);
    pd.setTitle(title);
    if (ruleId != null) {
      pd.setProperty("ruleId", ruleId);
    }
    if (field != null) {
      pd.setProperty("field", field);
    }
    return pd;
  }

  /**
   * The endpoint of a refusal for the refusal log: method and path, with the code of a public page's path replaced by
   * {@code {code}} (a code in the log would hand the enterprise's follow-up link to whoever reads it, R-IG-7).
   */
  static String where(HttpServletRequest request) {
    return request.getMethod() + " " + PUBLIC_CODE.matcher(request.getRequestURI()).replaceFirst("$1{code}");
  }
}
