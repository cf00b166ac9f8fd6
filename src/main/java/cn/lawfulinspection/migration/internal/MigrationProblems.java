package cn.lawfulinspection.migration.internal;

import cn.lawfulinspection.common.Refused;
import cn.lawfulinspection.common.web.ProblemHandler;
import cn.lawfulinspection.migration.ProcessMigration;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals of the migration endpoints as Chinese problems; a non-administrator's attempt is logged for supervision. */
@RestControllerAdvice(basePackageClasses = MigrationProblems.class)
class MigrationProblems {

  static final String ADMINISTRATORS_ONLY = "只有系统管理员可以迁移流程实例或试迁移；请联系系统管理员。";

  private final ApplicationEventPublisher events;

  MigrationProblems(ApplicationEventPublisher events) {
    this.events = events;
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail forbidden(HttpServletRequest request) {
    events.publishEvent(new Refused(null, null, ADMINISTRATORS_ONLY, request.getMethod() + " " + request.getRequestURI()));
    return ProblemHandler.problem(HttpStatus.FORBIDDEN, ProblemHandler.FORBIDDEN, "无权操作", ADMINISTRATORS_ONLY,
        null, null);
  }

  @ExceptionHandler(ProcessMigration.UnknownProcess.class)
  ProblemDetail unknownProcess(ProcessMigration.UnknownProcess e) {
    return ProblemHandler.problem(HttpStatus.BAD_REQUEST, ProblemHandler.INVALID_INPUT, "输入有误",
        "流程 " + e.getMessage() + " 不是本平台可迁移的流程；可迁移的流程为：" + String.join("、", ProcessMigration.SPINE) + "。",
        null, "processKeys");
  }
}
