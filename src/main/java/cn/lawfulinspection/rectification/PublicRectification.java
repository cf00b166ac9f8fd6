package cn.lawfulinspection.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the enterprise sees of its rectification on the public page of its inspection code (R-RS-4): nothing internal
 * (no inspector accounts, no trace).
 *
 * @param open the rectification is not closed
 * @param canReport the enterprise may report now (open, and this round has no report yet) through what it was shown
 *     with: always {@code false} for the inspector's inspection code (R-IG-7)
 * @param report the latest report, {@code null} when none
 * @param verdictLabel the inspector's latest verdict in Chinese, {@code null} before any check
 * @param note what the rectification means for the enterprise (先行指出、责令改正)
 */
public record PublicRectification(boolean open, boolean canReport, LocalDate deadline, String statusLabel,
    String report, List<String> evidence, Instant reportedAt, String verdictLabel, String remark,
    LocalDate recheckDate, String note) {

  /** The same view for a reader who may not report (the inspector's inspection code, R-IG-7). */
  public PublicRectification readOnly() {
    return new PublicRectification(open, false, deadline, statusLabel, report, evidence, reportedAt, verdictLabel,
        remark, recheckDate, note);
  }
}
