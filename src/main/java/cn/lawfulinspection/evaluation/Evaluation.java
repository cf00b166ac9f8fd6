package cn.lawfulinspection.evaluation;

import java.time.Instant;

/**
 * The enterprise's evaluation of one inspection (评议, R-RS-3).
 *
 * @param score 1 (很不满意) to 5 (很满意) stars
 * @param comment the enterprise's words, at most 500 characters, or {@code null}
 */
public record Evaluation(long id, long taskId, String taskNumber, String agencyCode, String enterpriseCode,
    int score, String comment, Instant submittedAt) {}
