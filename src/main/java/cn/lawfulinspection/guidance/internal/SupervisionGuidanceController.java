package cn.lawfulinspection.guidance.internal;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.guidance.GuidanceRequest;
import cn.lawfulinspection.guidance.GuidanceRequest.Timeliness;
import cn.lawfulinspection.guidance.GuidanceService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Supervision reads guidance requests apart from inspections (R-TK-9) with their answers' timeliness (R-NT-4).
 */
@RestController
@Tag(name = "执法监督", description = "司法局查看行政指导、走访记录（与检查分开）及答复是否按时")
class SupervisionGuidanceController {

  private final GuidanceService guidance;
  private final Clock clock;

  SupervisionGuidanceController(GuidanceService guidance, Clock clock) {
    this.guidance = guidance;
    this.clock = clock;
  }

  /** One request as supervision reads it. */
  record Row(String requestNumber, String agencyCode, String agencyName, String enterpriseCode,
      String enterpriseName, String kindLabel, String sourceLabel, Instant requestedAt, Integer replyWorkingDays,
      Instant replyDueAt, Instant answeredAt, String answeredBy, Instant replyOverdueAt, String timeliness,
      String timelinessLabel, String consentLabel, Instant visitedAt, String inspectionTaskNumber) {}

  /** The month's requests and their counts. */
  record Report(String month, int total, int onTime, int late, int overdue, int pending, int withoutPeriod,
      int visits, List<Row> requests) {}

  @GetMapping("/api/supervision/guidance")
  @PreAuthorize("hasAnyAuthority('GROUP_supervisor', 'GROUP_camunda-admin')")
  @Operation(summary = "某月的行政指导请求（与检查分开）：按时答复、逾期答复、逾期未答复数，month 形如 2026-12")
  Report ofMonth(@RequestParam String month) {
    YearMonth parsed;
    try {
      parsed = YearMonth.parse(month.strip());
    } catch (DateTimeParseException e) {
      throw new RuleViolationException("R-NT-4", "month", "月份格式不正确：" + month + "，请写成 2026-12 这样的“年-月”。");
    }
    Instant now = clock.instant();
    List<Row> rows = guidance.ofMonth(parsed).stream().map(r -> row(r, r.timeliness(now))).toList();
    return new Report(parsed.toString(), rows.size(), count(rows, Timeliness.ON_TIME), count(rows, Timeliness.LATE),
        count(rows, Timeliness.OVERDUE), count(rows, Timeliness.PENDING), count(rows, Timeliness.NO_PERIOD),
        (int) rows.stream().filter(r -> r.visitedAt() != null).count(), rows);
  }

  private static int count(List<Row> rows, Timeliness t) {
    return (int) rows.stream().filter(r -> r.timeliness().equals(t.name())).count();
  }

  private static Row row(GuidanceRequest r, Timeliness t) {
    return new Row(r.requestNumber(), r.agencyCode(), r.agencyName(), r.enterpriseCode(), r.enterpriseName(),
        r.kind().label(), r.source().label(), r.requestedAt(), r.replyWorkingDays(), r.replyDueAt(),
        r.answeredAt(), r.answeredBy(), r.replyOverdueAt(), t.name(), t.label(),
        r.consent() == null ? "未表示" : r.consent().label(), r.visitedAt(), r.inspectionTaskNumber());
  }
}
