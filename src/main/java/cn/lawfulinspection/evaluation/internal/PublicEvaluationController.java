package cn.lawfulinspection.evaluation.internal;

import cn.lawfulinspection.common.Verdict;
import cn.lawfulinspection.evaluation.Evaluation;
import cn.lawfulinspection.evaluation.EvaluationService;
import cn.lawfulinspection.inspectioncode.PublicCodeAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The enterprise evaluates its inspection (评议, R-RS-3), anonymously, through the follow-up link the platform sent it
 * with the result (检查结果告知链接). The code is verified first (R-SC-3): a forged, expired or foreign code gets its
 * refusal and never any data; the inspection code the inspector shows is refused too (R-IG-7), for reading and for
 * filing, because the inspector holds it: only what reached the enterprise speaks for it.
 */
@RestController
@RequestMapping("/api/public/inspection-codes/{code}/evaluation")
@Tag(name = "检查评议（公开）", description = "企业通过检查结果告知链接对本次检查进行评议（1—5 星及意见），每次检查只能评议一次；执法人员出示的检查码不能评议")
class PublicEvaluationController {

  static final String READ = "GET /api/public/inspection-codes/{code}/evaluation";
  static final String SUBMIT = "POST /api/public/inspection-codes/{code}/evaluation";

  private final PublicCodeAccess access;
  private final EvaluationService evaluations;

  PublicEvaluationController(PublicCodeAccess access, EvaluationService evaluations) {
    this.access = access;
    this.evaluations = evaluations;
  }

  @GetMapping
  @Operation(summary = "本次检查的评议（仅限检查结果告知链接）：已评议时返回评分和意见，否则返回 evaluated=false 及能否评议")
  ResponseEntity<?> read(@PathVariable String code, HttpServletRequest request) {
    return access.answerForEnterprise(code, request, "查看评议", READ, a -> {
      Verdict open = evaluations.openFor(a.taskId());
      return evaluations.of(a.taskId()).map(PublicEvaluation::of)
          .orElseGet(() -> PublicEvaluation.none(open.allowed(), open.message()));
    });
  }

  @PostMapping
  @Operation(summary = "提交评议（仅限检查结果告知链接）：检查开始（执法人员扫码入企）后，每次检查一次；评分 1—5，意见不超过 500 字")
  ResponseEntity<?> submit(@PathVariable String code, @RequestBody(required = false) EvaluationRequest body,
      HttpServletRequest request) {
    return access.answerForEnterprise(code, request, "提交评议", SUBMIT, a -> PublicEvaluation.of(
        evaluations.submit(a.taskId(), body == null ? null : body.score(), body == null ? null : body.comment(),
            PublicCodeAccess.device(request))));
  }

  /** What the enterprise posts. */
  record EvaluationRequest(Integer score, String comment) {}

  /**
   * What the enterprise reads back: its own evaluation, or whether it can evaluate now and why not.
   *
   * @param canEvaluate whether a submission would be accepted now (only when not yet evaluated)
   * @param reason why not, in Chinese, when {@code canEvaluate} is false and nothing was evaluated
   */
  record PublicEvaluation(boolean evaluated, Integer score, String comment, Instant submittedAt,
      boolean canEvaluate, String reason) {

    static PublicEvaluation of(Evaluation e) {
      return new PublicEvaluation(true, e.score(), e.comment(), e.submittedAt(), false, null);
    }

    static PublicEvaluation none(boolean canEvaluate, String reason) {
      return new PublicEvaluation(false, null, null, null, canEvaluate, reason);
    }
  }
}
