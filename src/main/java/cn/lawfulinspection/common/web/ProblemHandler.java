package cn.lawfulinspection.common.web;

import cn.lawfulinspection.common.NotFoundException;
import cn.lawfulinspection.common.Refused;
import org.springframework.context.ApplicationEventPublisher;
import cn.lawfulinspection.common.RuleViolationException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
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
 * on, the {@code ruleId} where a rule applies and the {@code field} at fault. Refusals are published as {@link Refused} events, which supervision keeps.
 */
@RestControllerAdvice(basePackages = "cn.lawfulinspection")
public class ProblemHandler {

  /** Problem type of a rule refusal; the rule ID is in the {@code ruleId} property. */
  public static final URI RULE_VIOLATION = URI.create("urn:lawful-inspection:problem:rule-violation");
  public static final URI INVALID_INPUT = URI.create("urn:lawful-inspection:problem:invalid-input");
  public static final URI NOT_FOUND = URI.create("urn:lawful-inspection:problem:not-found");

  private static final Pattern PUBLIC_CODE = Pattern.compile("^(/api/public/inspection-codes/)[^/]+");

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
