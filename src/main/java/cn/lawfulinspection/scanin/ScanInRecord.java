package cn.lawfulinspection.scanin;

import java.time.Instant;

/**
 * The one scan-in record of a task (扫码入企记录).
 *
 * @param location where the phone was (手机定位, R-IG-7), {@code null} when it gave no location (refused, unavailable,
 *     timed out): supervision lists those
 * @param repeated {@code true} when this answer is the existing record returned to a repeated scan (idempotent)
 */
public record ScanInRecord(long id, long taskId, String inspectorUserId, Instant scannedAt, ScanInMethod method,
    String enterpriseCode, NoScanReason noScanReason, String bodyCameraRef, String device, ScanLocation location,
    boolean repeated) {}
