package cn.lawfulinspection.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TriggeredFilingTest {

  static TriggeredFiling filing(int tasks) {
    List<TriggeredFiling.Line> lines = new ArrayList<>();
    for (int i = 1; i <= tasks; i++) {
      lines.add(new TriggeredFiling.Line("RW-SCJG-2026-%04d".formatted(i), "投诉举报", "群众投诉：第" + i + "号投诉事项",
          "91321204TF%07dX".formatted(i), "测试用第" + i + "号商贸有限公司", LocalDate.of(2026, 11, 3),
          LocalDate.of(2026, 11, 4), "已办结"));
    }
    return new TriggeredFiling(1, "YB-SCJG-2026-11", "scjg", "市场监督管理局", YearMonth.of(2026, 11),
        FilingStatus.AWAITING_SUBMISSION, Instant.EPOCH, LocalDate.of(2026, 12, 8), null, null, null, null, null,
        null, null, null, null, lines);
  }

  @Test
  @DisplayName("R-SV-1 a month of a few triggered tasks: the forms' summary lists every task")
  void shortSummaryIsWhole() {
    TriggeredFiling filing = filing(3);

    assertThat(filing.summaryText()).isEqualTo(filing.fullSummaryText())
        .contains("RW-SCJG-2026-0001", "RW-SCJG-2026-0003", "触发式检查：3 次");
  }

  @Test
  @DisplayName("R-SV-1 a month of hundreds of triggered tasks: the forms' summary fits a String variable (4000), keeps the counts and says how many lines are left out")
  void longSummaryIsCut() {
    TriggeredFiling filing = filing(400);
    String full = filing.fullSummaryText();
    String shown = filing.summaryText();

    assertThat(full.length()).isGreaterThan(4000);
    assertThat(shown.length()).isLessThanOrEqualTo(TriggeredFiling.FORM_TEXT_LIMIT);
    assertThat(shown).contains("触发式检查：400 次", "RW-SCJG-2026-0001").doesNotContain("RW-SCJG-2026-0400")
        .containsPattern("以下 \\d+ 行未列出");
    long listed = shown.lines().filter(l -> l.startsWith("- RW-")).count();
    long omitted = Long.parseLong(shown.replaceAll("(?s).*以下 (\\d+) 行未列出.*", "$1"));
    assertThat(listed).isPositive();
    assertThat(listed + omitted).isEqualTo(400);
    assertThat(shown).contains("共 400 家企业");
  }
}
