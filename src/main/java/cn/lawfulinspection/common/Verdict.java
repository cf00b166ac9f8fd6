package cn.lawfulinspection.common;

/**
 * The answer of a policy: allowed, or refused with the rule that refuses and a message a person can act on.
 *
 * @param ruleId the rule of RULES.md (e.g. {@code R-TK-5}); {@code null} when allowed or when no rule applies
 * @param field the input field at fault, or {@code null}
 * @param message the refusal in Simplified Chinese, or {@code null} when allowed
 */
public record Verdict(boolean allowed, String ruleId, String field, String message) {

  private static final Verdict ALLOWED = new Verdict(true, null, null, null);

  public static Verdict allow() {
    return ALLOWED;
  }

  public static Verdict refuse(String ruleId, String field, String message) {
    return new Verdict(false, ruleId, field, message);
  }

  public boolean refused() {
    return !allowed;
  }

  /** Throws a {@link RuleViolationException} when refused. */
  public void orThrow() {
    if (!allowed) {
      throw new RuleViolationException(ruleId, field, message);
    }
  }
}
