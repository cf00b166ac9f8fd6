package cn.lawfulinspection.common.csv;

import cn.lawfulinspection.common.Refused;
import org.springframework.context.ApplicationEventPublisher;
import cn.lawfulinspection.common.web.ProblemHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers a refused CSV import as a 422 problem listing every bad row; the refusal is logged for supervision. */
@RestControllerAdvice(basePackages = "cn.lawfulinspection")
class CsvImportProblemAdvice {

  static final URI IMPORT_REFUSED = URI.create("urn:lawful-inspection:problem:import-refused");

  private final ApplicationEventPublisher events;

  CsvImportProblemAdvice(ApplicationEventPublisher events) {
    this.events = events;
  }

  @ExceptionHandler(CsvImportException.class)
  ProblemDetail importRefused(CsvImportException e, HttpServletRequest request) {
    ImportError first = e.errors().isEmpty() ? null : e.errors().get(0);
    String ruleId = first == null ? null : first.ruleId();
    String field = first == null ? null : first.field();
    events.publishEvent(new Refused(ruleId, field, e.getMessage(), request.getMethod() + " " + request.getRequestURI()));
    ProblemDetail pd = ProblemHandler.problem(
        HttpStatus.UNPROCESSABLE_ENTITY, IMPORT_REFUSED, "导入被拒绝", e.getMessage(), ruleId, field);
    pd.setProperty("errors", e.errors());
    return pd;
  }
}
