package cn.lawfulinspection.common;

/**
 * Published when the platform refuses a request, so supervision can keep it (the {@code supervision} module listens).
 *
 * @param ruleId the rule, or {@code null}
 * @param field the field at fault, or {@code null}
 * @param message the Chinese message the user saw
 * @param where the endpoint or process step that refused
 */
public record Refused(String ruleId, String field, String message, String where) {}
