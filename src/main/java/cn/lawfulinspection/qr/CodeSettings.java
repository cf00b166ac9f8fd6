package cn.lawfulinspection.qr;

import java.time.Duration;

/**
 * How signed codes are issued ({@code inspection.qr.*}); the signing key itself stays inside the {@code qr} module.
 *
 * @param inspectionCodeValidity how long an inspection code (检查码) is valid at most, counted from the start of the
 *     day it is issued; never beyond the day after the task's approved window
 * @param enterpriseCodeValidity how long an enterprise's own code (企业专属二维码) on its printed poster is valid
 * @param baseUrl the public address of the platform the QR codes point to (e.g. {@code https://jc.example.gov.cn});
 *     blank: this server's local address (see {@link PublicAddress}, never the request's)
 */
public record CodeSettings(Duration inspectionCodeValidity, Duration enterpriseCodeValidity, String baseUrl) {}
