package cn.lawfulinspection.common;

/**
 * A business refusal: the input breaks a rule (or is otherwise unusable). Answered as RFC 9457 problem details
 * with status 422, the rule ID, the field and the Chinese message; the transaction that raised it rolls back.
 */
public class RuleViolationException extends RuntimeException {

  private final String ruleId;
  private final String field;

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
}
