package cn.lawfulinspection.task;

/**
 * A rule whose outcome is "warn": the step goes on, and the warning is recorded on the task and shown to the
 * approver and to supervision.
 *
 * @param ruleId the rule of RULES.md, e.g. {@code R-TK-2}
 * @param message what happened and what it means, in Chinese
 */
public record RuleWarning(String ruleId, String message) {}
