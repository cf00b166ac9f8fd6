package cn.lawfulinspection.inspectioncode;

import cn.lawfulinspection.common.Refused;
import cn.lawfulinspection.common.web.ProblemHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.LongFunction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The one way the public pages' endpoints answer a scanned inspection code (R-SC-3): the body for a genuine code,
 * otherwise the same refusal everywhere (422 or 404 problem with {@code ruleId} R-SC-3, no task data), published as
 * {@link Refused} for the refusal log. Never cached.
 */
@Component
public class PublicCodeAnswers {

  private static final int MAX_DEVICE = 160;

  private final ApplicationEventPublisher events;

  PublicCodeAnswers(ApplicationEventPublisher events) {
    this.events = events;
  }

  /** What the scanning device says about itself (User-Agent), shortened for the trace. */
  public static String device(HttpServletRequest request) {
    String device = request.getHeader("User-Agent");
    return device != null && device.length() > MAX_DEVICE ? device.substring(0, MAX_DEVICE) : device;
  }

  /**
   * @param body the answer for the task a genuine code names
   * @param where the endpoint, for the refusal log
   */
  public ResponseEntity<?> answer(InspectionCodes.Verification v, LongFunction<Object> body, String where) {
    if (v.genuine()) {
      return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body.apply(v.knownTaskId()));
    }
    events.publishEvent(new Refused("R-SC-3", "code", v.refusal(), where));
    HttpStatus status = HttpStatus.valueOf(v.status());
    ProblemDetail problem = ProblemHandler.problem(status,
        status == HttpStatus.NOT_FOUND ? ProblemHandler.NOT_FOUND : ProblemHandler.RULE_VIOLATION,
        "检查码无效", v.refusal(), "R-SC-3", "code");
    return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).body(problem);
  }
}
