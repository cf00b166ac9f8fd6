package cn.lawfulinspection.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.common.Verdict;
import cn.lawfulinspection.rectification.RectificationPolicy.Checker;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link RectificationPolicy} (R-RS-4, R-MD-1) without Spring or the engine. */
class RectificationPolicyTest {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
  static final LocalDate DEADLINE = TODAY.plusDays(10);
  static final Checker ASSIGNED = new Checker(true, true);
  final RectificationPolicy policy = new RectificationPolicy();

  static void refused(Verdict verdict, String ruleId, String field) {
    assertThat(verdict.refused()).isTrue();
    assertThat(verdict.ruleId()).isEqualTo(ruleId);
    assertThat(verdict.field()).isEqualTo(field);
    assertThat(verdict.message()).containsPattern("\\p{IsHan}");
  }

  @Test
  @DisplayName("R-RS-4 a rectification needs a deadline, today or later")
  void deadline() {
    refused(policy.open(null, TODAY), "R-RS-4", "rectificationDeadline");
    refused(policy.open(TODAY.minusDays(1), TODAY), "R-RS-4", "rectificationDeadline");
    assertThat(policy.open(TODAY, TODAY).allowed()).isTrue();
  }

  @Test
  @DisplayName("R-RS-4 the enterprise reports once per round while the rectification is open, with a text and at most ten evidence references")
  void report() {
    assertThat(policy.report(RectificationStatus.OPEN, false, "已更换灭火器", List.of("照片")).allowed()).isTrue();
    assertThat(policy.report(RectificationStatus.OVERDUE, false, "已更换灭火器", null).allowed()).isTrue();
    refused(policy.report(RectificationStatus.VERIFIED, false, "已更换灭火器", List.of()), "R-RS-4", "report");
    refused(policy.report(RectificationStatus.NOT_RECTIFIED, false, "已更换灭火器", List.of()), "R-RS-4", "report");
    refused(policy.report(RectificationStatus.REPORTED, true, "已更换灭火器", List.of()), "R-RS-4", "report");
    refused(policy.report(RectificationStatus.OPEN, false, "  好 ", List.of()), "R-RS-4", "report");
    refused(policy.report(RectificationStatus.OPEN, false, "已更换灭火器", Collections.nCopies(11, "照片")), "R-RS-4",
        "evidence");
    refused(policy.report(RectificationStatus.OPEN, false, "已更换灭火器", List.of(" ")), "R-RS-4", "evidence");
  }

  @Test
  @DisplayName("R-RS-4 verification comes after the report or the deadline; a re-check needs a later day and a remark")
  void verify() {
    refused(policy.verify(RectificationStatus.OPEN, DEADLINE, TODAY, ASSIGNED, CheckVerdict.RECTIFIED, null, null),
        "R-RS-4", "taskId");
    assertThat(policy.verify(RectificationStatus.OPEN, DEADLINE, DEADLINE.plusDays(1), ASSIGNED,
        CheckVerdict.RECTIFIED, null, null).allowed()).isTrue();
    assertThat(policy.verify(RectificationStatus.REPORTED, DEADLINE, TODAY, ASSIGNED, CheckVerdict.RECTIFIED, null,
        null).allowed()).isTrue();
    refused(policy.verify(RectificationStatus.REPORTED, DEADLINE, TODAY, ASSIGNED, null, null, null), "R-RS-4",
        "verdict");
    refused(policy.verify(RectificationStatus.REPORTED, DEADLINE, TODAY, ASSIGNED, CheckVerdict.RECHECK, "未整改",
        TODAY), "R-RS-4", "recheckDate");
    refused(policy.verify(RectificationStatus.REPORTED, DEADLINE, TODAY, ASSIGNED, CheckVerdict.RECHECK, null,
        TODAY.plusDays(1)), "R-RS-4", "remark");
    assertThat(policy.verify(RectificationStatus.OVERDUE, DEADLINE, TODAY, ASSIGNED, CheckVerdict.RECHECK, "未整改",
        TODAY.plusDays(1)).allowed()).isTrue();
    refused(policy.verify(RectificationStatus.VERIFIED, DEADLINE, TODAY, ASSIGNED, CheckVerdict.RECTIFIED, null,
        null), "R-RS-4", "taskId");
  }

  @Test
  @DisplayName("R-RS-4 R-MD-1 only an assigned inspector with a valid certificate checks")
  void checker() {
    refused(policy.verify(RectificationStatus.REPORTED, DEADLINE, TODAY, new Checker(false, false),
        CheckVerdict.RECTIFIED, null, null), "R-RS-4", "actor");
    refused(policy.verify(RectificationStatus.REPORTED, DEADLINE, TODAY, new Checker(true, false),
        CheckVerdict.RECTIFIED, null, null), "R-MD-1", "actor");
    refused(policy.recheck(RectificationStatus.RECHECK_SCHEDULED, TODAY, new Checker(true, false), true, null),
        "R-MD-1", "actor");
  }

  @Test
  @DisplayName("R-RS-4 the re-check decides rectified, or not rectified with a remark")
  void recheck() {
    assertThat(policy.recheck(RectificationStatus.RECHECK_SCHEDULED, TODAY, ASSIGNED, true, null).allowed()).isTrue();
    refused(policy.recheck(RectificationStatus.RECHECK_SCHEDULED, TODAY, ASSIGNED, false, " "), "R-RS-4", "remark");
    refused(policy.recheck(RectificationStatus.RECHECK_SCHEDULED, TODAY, ASSIGNED, null, null), "R-RS-4",
        "rectified");
    refused(policy.recheck(RectificationStatus.REPORTED, TODAY, ASSIGNED, true, null), "R-RS-4", "taskId");
  }
}
