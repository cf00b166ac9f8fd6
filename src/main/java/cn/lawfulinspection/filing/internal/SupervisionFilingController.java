package cn.lawfulinspection.filing.internal;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.filing.TriggeredFiling;
import cn.lawfulinspection.filing.TriggeredFilingService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Supervision (执法监督) reads every agency's monthly filing of triggered inspections of a month (R-SV-1). */
@RestController
@Tag(name = "执法监督", description = "司法局查看各单位触发式检查月度备案")
class SupervisionFilingController {

  private final TriggeredFilingService filings;
  private final Clock clock;

  SupervisionFilingController(TriggeredFilingService filings, Clock clock) {
    this.filings = filings;
    this.clock = clock;
  }

  /** One agency's filing as supervision reads it. */
  record FilingReport(String filingNumber, String agencyCode, String agencyName, String month, String status,
      String statusLabel, String timeliness, String timelinessLabel, int taskCount, Map<String, Integer> byTrigger,
      Map<String, Integer> byEnterprise, List<TriggeredFiling.Line> tasks, LocalDate submitDue, String submittedBy,
      Instant submittedAt, String reportRemarks, LocalDate acknowledgeDue, String acknowledgedBy,
      Instant acknowledgedAt, String filingRemarks, Instant submissionOverdueAt, Instant acknowledgementOverdueAt) {

    static FilingReport of(TriggeredFiling f, LocalDate today) {
      TriggeredFiling.Timeliness t = f.timeliness(today);
      return new FilingReport(f.filingNumber(), f.agencyCode(), f.agencyName(), f.month().toString(),
          f.status().name(), f.status().label(), t.name(), t.label(), f.taskCount(), f.byTrigger(),
          f.byEnterprise(), f.tasks(), f.submitDue(), f.submittedBy(), f.submittedAt(), f.reportRemarks(),
          f.acknowledgeDue(), f.acknowledgedBy(), f.acknowledgedAt(), f.filingRemarks(), f.submissionOverdueAt(),
          f.acknowledgementOverdueAt());
    }
  }

  @GetMapping("/api/supervision/triggered-filings")
  @PreAuthorize("hasAnyAuthority('GROUP_supervisor', 'GROUP_camunda-admin')")
  @Operation(summary = "某月各单位的触发式检查月度备案及其状态（按时报送、逾期报送、逾期未报送、未报送），month 形如 2026-11")
  List<FilingReport> ofMonth(@RequestParam String month) {
    YearMonth parsed;
    try {
      parsed = YearMonth.parse(month.strip());
    } catch (DateTimeParseException e) {
      throw new RuleViolationException("R-SV-1", "month", "月份格式不正确：" + month + "，请写成 2026-11 这样的“年-月”。");
    }
    LocalDate today = LocalDate.now(clock);
    return filings.ofMonth(parsed).stream().map(f -> FilingReport.of(f, today)).toList();
  }
}
