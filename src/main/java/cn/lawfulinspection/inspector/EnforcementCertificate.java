package cn.lawfulinspection.inspector;

import java.time.LocalDate;

/**
 * An inspector's enforcement certificate (行政执法证件).
 *
 * @param number certificate number (e.g. {@code 32120420250001})
 * @param validFrom first day of validity
 * @param validTo last day of validity (inclusive)
 * @param revoked whether the certificate was revoked (吊销/注销)
 */
public record EnforcementCertificate(String number, LocalDate validFrom, LocalDate validTo, boolean revoked) {}
