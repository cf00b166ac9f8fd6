package cn.lawfulinspection.scanin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.common.Verdict;
import cn.lawfulinspection.task.InspectionWindow;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScanInPolicyTest {

  private static final String ENTERPRISE = "91321204MA1MXXXX0X";
  private static final InspectionWindow WINDOW =
      new InspectionWindow(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 20));
  private static final LocalDate INSIDE = LocalDate.of(2026, 3, 17);
  private static final ScanInTask APPROVED =
      new ScanInTask(ENTERPRISE, Set.of("liuyang", "wangfang"), true, false, WINDOW);

  private final ScanInPolicy policy = new ScanInPolicy();

  @Test
  @DisplayName("R-SC-1 an assigned, qualified inspector scanning the enterprise's code inside the window is allowed")
  void allowed() {
    assertThat(policy.check(APPROVED, ScanInRequest.scanned("liuyang", true, INSIDE, ENTERPRISE)).allowed()).isTrue();
  }

  @Test
  @DisplayName("R-SC-1 a task the head has not approved cannot be scanned in to")
  void notApproved() {
    ScanInTask pending = new ScanInTask(ENTERPRISE, Set.of("liuyang", "wangfang"), false, false, WINDOW);

    Verdict verdict = policy.check(pending, ScanInRequest.scanned("liuyang", true, INSIDE, ENTERPRISE));

    assertThat(verdict.ruleId()).isEqualTo("R-SC-1");
    assertThat(verdict.message()).contains("尚未经单位负责人审批");
  }

  @Test
  @DisplayName("R-SC-1 (R-TK-4) an emergency task may be scanned in to before its post-hoc approval")
  void emergency() {
    ScanInTask emergency = new ScanInTask(ENTERPRISE, Set.of("liuyang", "wangfang"), false, true, WINDOW);

    assertThat(policy.check(emergency, ScanInRequest.scanned("wangfang", true, INSIDE, ENTERPRISE)).allowed())
        .isTrue();
  }

  @Test
  @DisplayName("R-SC-1 an inspector not assigned to the task is refused")
  void notAssigned() {
    Verdict verdict = policy.check(APPROVED, ScanInRequest.scanned("lijun", true, INSIDE, ENTERPRISE));

    assertThat(verdict.field()).isEqualTo("inspectorId");
    assertThat(verdict.message()).contains("不是该检查任务指派的执法人员");
  }

  @Test
  @DisplayName("R-SC-1 an inspector whose certificate is not valid that day is refused")
  void notQualified() {
    Verdict verdict = policy.check(APPROVED, ScanInRequest.scanned("liuyang", false, INSIDE, ENTERPRISE));

    assertThat(verdict.ruleId()).isEqualTo("R-SC-1");
    assertThat(verdict.message()).contains("2026年3月17日", "行政执法证件", "无效");
  }

  @Test
  @DisplayName("R-SC-1 a scan before or after the approved window is refused, naming the window")
  void outsideWindow() {
    Verdict before = policy.check(APPROVED, ScanInRequest.scanned("liuyang", true, LocalDate.of(2026, 3, 13),
        ENTERPRISE));
    Verdict after = policy.check(APPROVED, ScanInRequest.scanned("liuyang", true, LocalDate.of(2026, 3, 21),
        ENTERPRISE));

    assertThat(before.message()).contains("2026年3月16日至2026年3月20日", "2026年3月13日不在此范围内");
    assertThat(after.field()).isEqualTo("on");
    assertThat(policy.check(APPROVED, ScanInRequest.scanned("liuyang", true, LocalDate.of(2026, 3, 20), ENTERPRISE))
        .allowed()).isTrue();
  }

  @Test
  @DisplayName("R-SC-1 another enterprise's code is refused")
  void otherEnterprise() {
    Verdict verdict = policy.check(APPROVED, ScanInRequest.scanned("liuyang", true, INSIDE, "91321204MA1NYYYY1Y"));

    assertThat(verdict.field()).isEqualTo("enterpriseId");
    assertThat(verdict.message()).contains("不属于本检查任务的检查对象");
  }

  @ParameterizedTest(name = "R-SC-2 no scan because of {0}, with the body-camera recording: allowed")
  @EnumSource(NoScanReason.class)
  @DisplayName("R-SC-2 each reason with a body-camera recording stands in for the scan")
  void withoutScan(NoScanReason reason) {
    ScanInRequest request = ScanInRequest.withoutScan("liuyang", true, INSIDE, reason, "ZFJLY-2026-0317-015");

    assertThat(policy.check(APPROVED, request).allowed()).isTrue();
  }

  @Test
  @DisplayName("R-SC-2 no scan without a body-camera recording reference is refused, naming the reason")
  void withoutRecording() {
    Verdict verdict = policy.check(APPROVED,
        ScanInRequest.withoutScan("liuyang", true, INSIDE, NoScanReason.PARTY_REFUSED, " "));

    assertThat(verdict.ruleId()).isEqualTo("R-SC-2");
    assertThat(verdict.field()).isEqualTo("bodyCameraRecording");
    assertThat(verdict.message()).contains("当事人拒绝", "执法记录仪录像编号");
  }

  @Test
  @DisplayName("R-SC-2 neither a scanned code nor a reason is refused")
  void nothing() {
    Verdict verdict = policy.check(APPROVED, ScanInRequest.scanned("liuyang", true, INSIDE, null));

    assertThat(verdict.ruleId()).isEqualTo("R-SC-2");
    assertThat(verdict.field()).isEqualTo("noScanReason");
  }

  @Test
  @DisplayName("R-SC-2 no scan still needs R-SC-1: an unassigned inspector with a recording is refused")
  void withoutScanStillChecked() {
    Verdict verdict = policy.check(APPROVED,
        ScanInRequest.withoutScan("lijun", true, INSIDE, NoScanReason.CODE_NOT_VISIBLE, "ZFJLY-2026-0317-016"));

    assertThat(verdict.ruleId()).isEqualTo("R-SC-1");
  }
}
