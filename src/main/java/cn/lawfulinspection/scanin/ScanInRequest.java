package cn.lawfulinspection.scanin;

import java.time.LocalDate;

/**
 * An inspector's scan-in (扫码入企): either the enterprise's code was scanned, or it could not be and the reason
 * and the body-camera recording (执法记录仪) stand in for it (R-SC-2).
 *
 * @param inspectorId the user id of the inspector
 * @param certificateValid whether the inspector's enforcement certificate is valid on {@code on} (R-MD-1)
 * @param on the day of the scan-in
 * @param scannedEnterpriseId the enterprise the scanned code belongs to; {@code null} when nothing was scanned
 * @param noScanReason why nothing was scanned; {@code null} when a code was scanned
 * @param bodyCameraRecording the reference of the body-camera recording; required when nothing was scanned
 */
public record ScanInRequest(String inspectorId, boolean certificateValid, LocalDate on, String scannedEnterpriseId,
    NoScanReason noScanReason, String bodyCameraRecording) {

  /** The enterprise's code was scanned. */
  public static ScanInRequest scanned(String inspectorId, boolean certificateValid, LocalDate on,
      String scannedEnterpriseId) {
    return new ScanInRequest(inspectorId, certificateValid, on, scannedEnterpriseId, null, null);
  }

  /** No code could be scanned: the reason and the recording stand in for it. */
  public static ScanInRequest withoutScan(String inspectorId, boolean certificateValid, LocalDate on,
      NoScanReason reason, String bodyCameraRecording) {
    return new ScanInRequest(inspectorId, certificateValid, on, null, reason, bodyCameraRecording);
  }
}
