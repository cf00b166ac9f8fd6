package cn.lawfulinspection.common.csv;

/**
 * One bad row (or the file itself, line 0) of a CSV import.
 *
 * @param line 1-based physical line of the file where the row starts (the header is line 1)
 * @param field the column at fault (canonical English name), or {@code null}
 * @param ruleId the rule of RULES.md that refuses it, or {@code null}
 * @param message what is wrong, in Chinese
 */
public record ImportError(int line, String field, String ruleId, String message) {}
