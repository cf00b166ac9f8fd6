package cn.lawfulinspection.common;

/**
 * A refusal because something was already taken by another request (e.g. a trigger record already used by another
 * task, R-TK-10): answered as an RFC 9457 problem with status 409, the rule ID, the field and the Chinese message,
 * never as a server error; the transaction that raised it rolls back.
 */
public class RuleConflictException extends RuleViolationException {

  public RuleConflictException(String ruleId, String field, String message) {
    super(ruleId, field, message);
  }
}
