package cn.lawfulinspection.common;

/**
 * A business refusal: the input breaks a rule (or is otherwise unusable). Answered as RFC 9457 problem details
 * with status 422, the rule ID, the field and the Chinese message; the transaction that raised it rolls back.
 */
public class RuleViolationException extends RuntimeException {

  private final String ruleId;
  private final String field;
  private static final ThreadLocal<RuleViolationException> LAST_RECORDED = new ThreadLocal<>();

  private volatile boolean recorded;

  public RuleViolationException(String ruleId, String field, String message) {
    super(message);
    this.ruleId = ruleId;
    this.field = field;
  }

  public String ruleId() {
    return ruleId;
  }

  public String field() {
    return field;
  }

  /**
   * A machine-readable reason where no rule ID applies (e.g. {@code MODEL_FORM_UNRESOLVED} for a refused model
   * deployment), answered beside the rule ID; {@code null} for an ordinary rule refusal.
   */
  public String code() {
    return null;
  }

  /** Whether the refusal log already holds this refusal (it is logged once, where it is first caught). */
  public boolean recorded() {
    return recorded;
  }

  public void markRecorded() {
    recorded = true;
    LAST_RECORDED.set(this);
  }

  /**
   * The refusal this thread recorded last, taken (cleared) by the call: for a REST layer that rethrows an engine
   * failure as a bare message without its cause (Camunda's job execution answers such a failure as a 500), so that a
   * refusal whose message it carries is still answered as the refusal it is.
   */
  public static java.util.Optional<RuleViolationException> takeLastRecorded(String message) {
    RuleViolationException last = LAST_RECORDED.get();
    LAST_RECORDED.remove();
    return last != null && last.getMessage().equals(message) ? java.util.Optional.of(last) : java.util.Optional.empty();
  }

  /** The refusal in a cause chain (engines and listeners wrap exceptions), if any. */
  public static java.util.Optional<RuleViolationException> in(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof RuleViolationException refusal) {
        return java.util.Optional.of(refusal);
      }
    }
    return java.util.Optional.empty();
  }
}
