package cn.lawfulinspection.scanin;

import java.time.Instant;
import java.util.List;

/**
 * One page of the scan-ins whose phone gave no location (R-IG-7), newest first, as supervision (执法监督) reads them:
 * the scan alone does not show where the inspector was.
 *
 * @param page the page, counted from 0
 * @param size the page size asked for (at most {@link ScanInService#MAX_PAGE_SIZE})
 * @param total how many scan-ins have no location in all
 */
public record UnlocatedScans(int page, int size, long total, List<Scan> items) {

  /** A scan-in without location, with its task. */
  public record Scan(long scanInId, long taskId, String taskNumber, String agencyCode, String agencyName,
      String enterpriseCode, String enterpriseName, String inspectorUserId, Instant scannedAt, ScanInMethod method,
      String device) {}
}
