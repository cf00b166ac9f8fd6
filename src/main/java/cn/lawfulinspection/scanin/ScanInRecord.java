package cn.lawfulinspection.scanin;

import java.time.Instant;

/**
 * The one scan-in record of a task (扫码入企记录).
 *
 * @param repeated {@code true} when this answer is the existing record returned to a repeated scan (idempotent)
 */
public record ScanInRecord(long id, long taskId, String inspectorUserId, Instant scannedAt, ScanInMethod method,
    String enterpriseCode, NoScanReason noScanReason, String bodyCameraRef, String device, boolean repeated) {}
