package cn.lawfulinspection.rectification.internal;

import cn.lawfulinspection.rectification.CheckVerdict;
import cn.lawfulinspection.rectification.Rectification;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Row of {@code insp_rectification_round}: the enterprise's report and the inspector's check of one round. */
@Entity
@Table(name = "insp_rectification_round")
public class RoundEntity {

  /** Evidence references are kept one per line. */
  private static final String SEPARATOR = "\n";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "round_no", nullable = false)
  private int roundNo;
  @Column(name = "report_text", length = 2000)
  private String reportText;
  @Column(name = "evidence", length = 2100)
  private String evidence;
  @Column(name = "reported_at")
  private Instant reportedAt;
  @Column(name = "report_device", length = 160)
  private String reportDevice;
  @Enumerated(EnumType.STRING)
  @Column(name = "verdict", length = 16)
  private CheckVerdict verdict;
  @Column(name = "remark", length = 1000)
  private String remark;
  @Column(name = "checked_by", length = 64)
  private String checkedBy;
  @Column(name = "checked_at")
  private Instant checkedAt;

  protected RoundEntity() {}

  RoundEntity(int roundNo) {
    this.roundNo = roundNo;
  }

  public boolean reported() {
    return reportedAt != null;
  }

  public void reported(String text, List<String> evidenceRefs, Instant at, String device) {
    this.reportText = text;
    this.evidence = evidenceRefs.isEmpty() ? null : String.join(SEPARATOR, evidenceRefs);
    this.reportedAt = at;
    this.reportDevice = device;
  }

  public void checked(CheckVerdict verdict, String remark, String by, Instant at) {
    this.verdict = verdict;
    this.remark = remark;
    this.checkedBy = by;
    this.checkedAt = at;
  }

  Rectification.Round toRound() {
    return new Rectification.Round(roundNo, reportText,
        evidence == null ? List.of() : Arrays.asList(evidence.split(SEPARATOR)), reportedAt, reportDevice, verdict,
        remark, checkedBy, checkedAt);
  }
}
