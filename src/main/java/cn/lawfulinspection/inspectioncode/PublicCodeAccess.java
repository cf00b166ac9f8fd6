package cn.lawfulinspection.inspectioncode;

import cn.lawfulinspection.common.Refused;
import cn.lawfulinspection.common.web.ProblemHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The one gate of the anonymous endpoints that read or write through an inspection code (核验, 检查预告, 评议):
 * verifies the code with {@link InspectionCodes#verify(String, String, String)} (R-SC-3, traced R-SC-4 with the
 * device's User-Agent), and answers a refusal the same way everywhere: a problem (422/404, {@code ruleId} R-SC-3,
 * field {@code code}) that carries no task data, published as {@link Refused} for the refusal log.
 */
@Component
public class PublicCodeAccess {

  static final int MAX_DEVICE = 160;

  private final InspectionCodes codes;
  private final ApplicationEventPublisher events;

  PublicCodeAccess(InspectionCodes codes, ApplicationEventPublisher events) {
    this.codes = codes;
    this.events = events;
  }

  /**
   * Verifies {@code code} for a public request.
   *
   * @param purpose what the page reads or writes through the code, for the trace; {@code null} for the verification
   *     itself
   * @param where the endpoint as the refusal log names it, e.g. {@code GET /api/public/inspection-codes/{code}}
   */
  public Access verify(String code, HttpServletRequest request, String purpose, String where) {
    InspectionCodes.Verification v = codes.verify(code, device(request), purpose);
    if (v.genuine()) {
      return new Access(v, null);
    }
    events.publishEvent(new Refused("R-SC-3", "code", v.refusal(), where));
    HttpStatus status = HttpStatus.valueOf(v.status());
    ProblemDetail problem = ProblemHandler.problem(status,
        status == HttpStatus.NOT_FOUND ? ProblemHandler.NOT_FOUND : ProblemHandler.RULE_VIOLATION,
        "检查码无效", v.refusal(), "R-SC-3", "code");
    return new Access(v, ResponseEntity.status(status).cacheControl(CacheControl.noStore()).body(problem));
  }

  /**
   * Verifies {@code code} (as {@link #verify}) and answers the body {@code read} makes from the granted access, never
   * cached; a refused code answers its problem only.
   */
  public ResponseEntity<?> answer(String code, HttpServletRequest request, String purpose, String where,
      Function<Access, ?> read) {
    Access a = verify(code, request, purpose, where);
    if (!a.granted()) {
      return a.refusal();
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(read.apply(a));
  }

  /** The scanning device as it names itself (User-Agent), at most 160 characters, or {@code null}. */
  public static String device(HttpServletRequest request) {
    String device = request.getHeader("User-Agent");
    return device != null && device.length() > MAX_DEVICE ? device.substring(0, MAX_DEVICE) : device;
  }

  /**
   * The outcome of the gate.
   *
   * @param refusal the answer to send when the code was refused, else {@code null}
   */
  public record Access(InspectionCodes.Verification verification, ResponseEntity<ProblemDetail> refusal) {

    public boolean granted() {
      return refusal == null;
    }

    /** The verified task's id; only when {@link #granted()}. */
    public long taskId() {
      return verification.taskId().orElseThrow();
    }
  }
}
