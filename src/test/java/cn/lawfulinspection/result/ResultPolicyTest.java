package cn.lawfulinspection.result;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.common.Verdict;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link ResultPolicy} and {@link FirstViolationPolicy} without Spring or engine. */
class ResultPolicyTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  static final Map<String, String> ITEMS = new LinkedHashMap<>(Map.of("SCJG-001", "食品安全主体责任"));

  static ResultPolicy.Attempt attempt(boolean backfilled, boolean scannedIn, boolean assigned, boolean qualified) {
    Map<String, String> items = new LinkedHashMap<>(ITEMS);
    items.put("SCJG-005", "年度报告公示");
    return new ResultPolicy.Attempt("RW-SCJG-2026-0001", backfilled, scannedIn, assigned, qualified, items, TODAY);
  }

  static ResultSubmission.Entry entry(String code, ItemOutcome outcome, String findings) {
    return new ResultSubmission.Entry(code, outcome, findings, false, List.of());
  }

  static final ResultSubmission COMPLIANT = new ResultSubmission(List.of(entry("SCJG-001", ItemOutcome.COMPLIANT, null),
      entry("SCJG-005", ItemOutcome.COMPLIANT, null)), null, null);

  @Test
  @DisplayName("R-SC-1 no result before the scan-in")
  void beforeScanIn() {
    Verdict v = ResultPolicy.check(attempt(false, false, true, true), COMPLIANT);
    assertThat(v.ruleId()).isEqualTo("R-SC-1");
    assertThat(v.message()).startsWith("尚未扫码入企，不能回填检查结果");
  }

  @Test
  @DisplayName("R-RS-1 R-MD-1 once per task, and only by an assigned inspector with a valid certificate")
  void onceAndAssigned() {
    assertThat(ResultPolicy.check(attempt(true, true, true, true), COMPLIANT).ruleId()).isEqualTo("R-RS-1");
    assertThat(ResultPolicy.check(attempt(false, true, false, true), COMPLIANT).ruleId()).isEqualTo("R-MD-1");
    assertThat(ResultPolicy.check(attempt(false, true, true, false), COMPLIANT).message()).contains("执法证件无效");
    assertThat(ResultPolicy.check(attempt(false, true, true, true), COMPLIANT).allowed()).isTrue();
  }

  @Test
  @DisplayName("R-MD-3 every item of the task, once, and no other")
  void items() {
    ResultSubmission missing = new ResultSubmission(List.of(entry("SCJG-001", ItemOutcome.COMPLIANT, null)), null, null);
    ResultSubmission foreign = new ResultSubmission(List.of(entry("YJGL-001", ItemOutcome.COMPLIANT, null)), null, null);
    ResultSubmission twice = new ResultSubmission(List.of(entry("SCJG-001", ItemOutcome.COMPLIANT, null),
        entry("SCJG-001", ItemOutcome.COMPLIANT, null)), null, null);
    assertThat(ResultPolicy.check(attempt(false, true, true, true), missing).message()).contains("年度报告公示");
    assertThat(ResultPolicy.check(attempt(false, true, true, true), foreign).field()).isEqualTo("items[0].itemCode");
    assertThat(ResultPolicy.check(attempt(false, true, true, true), twice).ruleId()).isEqualTo("R-MD-3");
  }

  @Test
  @DisplayName("R-RS-1 R-RS-4 findings for problems and unchecked items; a problem needs a deadline after today")
  void findingsAndDeadline() {
    ResultSubmission noReason = new ResultSubmission(List.of(entry("SCJG-001", ItemOutcome.COMPLIANT, null),
        entry("SCJG-005", ItemOutcome.NOT_CHECKED, " ")), null, null);
    assertThat(ResultPolicy.check(attempt(false, true, true, true), noReason).message()).contains("未检查的原因");
    List<ResultSubmission.Entry> problem = List.of(entry("SCJG-001", ItemOutcome.COMPLIANT, null),
        entry("SCJG-005", ItemOutcome.PROBLEM_FOUND, "未按时公示"));
    assertThat(ResultPolicy.check(attempt(false, true, true, true), new ResultSubmission(problem, null, null)).ruleId())
        .isEqualTo("R-RS-4");
    assertThat(ResultPolicy.check(attempt(false, true, true, true), new ResultSubmission(problem, TODAY, null))
        .message()).contains("晚于今天");
    assertThat(ResultPolicy.check(attempt(false, true, true, true),
        new ResultSubmission(problem, TODAY.plusDays(1), null)).allowed()).isTrue();
  }

  @Test
  @DisplayName("R-RS-5 首违不罚: a minor first problem of an item on the exemption list, and only that")
  void firstViolation() {
    assertThat(FirstViolationPolicy.exempt(ItemOutcome.PROBLEM_FOUND, true, true, false)).isTrue();
    assertThat(FirstViolationPolicy.exempt(ItemOutcome.PROBLEM_FOUND, true, true, true)).isFalse();
    assertThat(FirstViolationPolicy.exempt(ItemOutcome.PROBLEM_FOUND, false, true, false)).isFalse();
    assertThat(FirstViolationPolicy.exempt(ItemOutcome.PROBLEM_FOUND, true, false, false)).isFalse();
    assertThat(FirstViolationPolicy.exempt(ItemOutcome.NOT_CHECKED, true, true, false)).isFalse();
  }
}
