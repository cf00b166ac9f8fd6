package cn.lawfulinspection.agency.internal;

import cn.lawfulinspection.common.web.ProblemHandler;
import cn.lawfulinspection.common.Refused;
import org.springframework.context.ApplicationEventPublisher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A master-data write by someone who is not an administrator: 403 problem in Chinese, logged for supervision. */
@RestControllerAdvice(basePackages = {
    "cn.lawfulinspection.agency", "cn.lawfulinspection.inspector",
    "cn.lawfulinspection.enterprise", "cn.lawfulinspection.item"})
class MasterDataAccessDeniedAdvice {

  static final URI FORBIDDEN = ProblemHandler.FORBIDDEN;

  private final ApplicationEventPublisher events;

  MasterDataAccessDeniedAdvice(ApplicationEventPublisher events) {
    this.events = events;
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail forbidden(AccessDeniedException e, HttpServletRequest request) {
    String detail = "只有系统管理员可以修改基础信息，请联系系统管理员。";
    events.publishEvent(new Refused(null, null, detail, request.getMethod() + " " + request.getRequestURI()));
    return ProblemHandler.problem(HttpStatus.FORBIDDEN, FORBIDDEN, "无权操作", detail, null, null);
  }
}
