package cn.lawfulinspection.notice;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A notice (检查预告) as stored when it was sent (R-NT-1, R-NT-2).
 *
 * @param summary the text the enterprise received
 * @param channel the adapter that delivered it ({@link NoticeChannel#name()})
 */
public record Notice(long id, long taskId, String taskNumber, String enterpriseCode, Instant sentAt,
    LocalDate windowStart, LocalDate windowEnd, String summary, String channel) {}
