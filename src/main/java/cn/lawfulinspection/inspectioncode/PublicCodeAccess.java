package cn.lawfulinspection.inspectioncode;

import cn.lawfulinspection.common.Refused;
import cn.lawfulinspection.common.RuleViolationException;
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
 * The one gate of the anonymous endpoints that read or write through a code of the public page (核验, 检查预告, 检查结果,
 * 整改, 评议): verifies the code with {@link InspectionCodes} (R-SC-3, traced R-SC-4 with the device's User-Agent),
 * lets only the enterprise's follow-up link through where only the enterprise may act (R-IG-7), and answers a refusal
 * the same way everywhere: a problem (422/404, {@code ruleId} R-SC-3 or R-IG-7, field {@code code}) that carries no
 * task data, published as {@link Refused} for the refusal log under the endpoint's template (never the code).
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
   * Verifies {@code code} for a public request that reads: the inspection code and the enterprise's follow-up link
   * are both accepted.
   *
   * @param purpose what the page reads through the code, for the trace; {@code null} for the verification itself
   * @param where the endpoint as the refusal log names it, e.g. {@code GET /api/public/inspection-codes/{code}}
   */
  public Access verify(String code, HttpServletRequest request, String purpose, String where) {
    return gate(codes.verify(code, device(request), purpose), where);
  }

  /**
   * Verifies {@code code} for what only the enterprise may do (评议, 整改报告): only the follow-up link the platform
   * sent it passes; the inspector's inspection code is refused (422, {@code ruleId} R-IG-7), traced on the task and
   * logged for supervision.
   */
  public Access verifyForEnterprise(String code, HttpServletRequest request, String purpose, String where) {
    return gate(codes.verifyForEnterprise(code, device(request), purpose), where);
  }

  private Access gate(InspectionCodes.Verification v, String where) {
    if (v.genuine()) {
      return new Access(v, null);
    }
    events.publishEvent(new Refused(v.ruleId(), "code", v.refusal(), where));
    HttpStatus status = HttpStatus.valueOf(v.status());
    ProblemDetail problem = ProblemHandler.problem(status,
        status == HttpStatus.NOT_FOUND ? ProblemHandler.NOT_FOUND : ProblemHandler.RULE_VIOLATION,
        "R-IG-7".equals(v.ruleId()) ? "须由企业通过检查结果告知链接办理" : "检查码无效", v.refusal(), v.ruleId(), "code");
    return new Access(v, ResponseEntity.status(status).cacheControl(CacheControl.noStore()).body(problem));
  }

  /**
   * Verifies {@code code} (as {@link #verify}) and answers the body {@code read} makes from the granted access, never
   * cached; a refused code answers its problem only.
   */
  public ResponseEntity<?> answer(String code, HttpServletRequest request, String purpose, String where,
      Function<Access, ?> read) {
    return answer(verify(code, request, purpose, where), where, read);
  }

  /**
   * Verifies {@code code} for the enterprise only (as {@link #verifyForEnterprise}) and answers the body {@code act}
   * makes from the granted access, never cached. A rule refusal of {@code act} is logged under {@code where} (the
   * endpoint's template: the refusal log never keeps a code) and rethrown for the problem answer.
   */
  public ResponseEntity<?> answerForEnterprise(String code, HttpServletRequest request, String purpose, String where,
      Function<Access, ?> act) {
    return answer(verifyForEnterprise(code, request, purpose, where), where, act);
  }

  private ResponseEntity<?> answer(Access a, String where, Function<Access, ?> body) {
    if (!a.granted()) {
      return a.refusal();
    }
    Object answer;
    try {
      answer = body.apply(a);
    } catch (RuleViolationException refused) {
      if (!refused.recorded()) {
        events.publishEvent(new Refused(refused.ruleId(), refused.field(), refused.getMessage(), where));
        refused.markRecorded();
      }
      throw refused;
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(answer);
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
