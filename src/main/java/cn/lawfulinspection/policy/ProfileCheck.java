package cn.lawfulinspection.policy;

/**
 * A check another module makes of a profile an administrator is about to store, for values only that module knows
 * (e.g. the task module: every trigger named is a {@code TriggerReason}). Throws a {@code RuleViolationException}
 * (422, in Chinese) to refuse it; nothing is stored then.
 */
public interface ProfileCheck {

  void check(PolicyProfile profile);
}
