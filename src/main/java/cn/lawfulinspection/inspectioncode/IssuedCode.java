package cn.lawfulinspection.inspectioncode;

import java.time.Instant;

/**
 * An inspection code (检查码) issued for a task.
 *
 * @param code the signed code text
 * @param expiresAt when it stops being valid
 * @param verificationUrl the public page any phone camera opens from the QR code
 */
public record IssuedCode(long taskId, String taskNumber, String code, Instant expiresAt, String verificationUrl) {}
