package cn.lawfulinspection.inspectioncode;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.qr.CodeSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InspectionCodeExpiryTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 10, 15, 30, 0, 0, SHANGHAI);

  InspectionCodes codes(Duration validity) {
    return new InspectionCodes(null, new CodeSettings(validity, Duration.ofDays(1825), ""), null, null, null,
        Clock.fixed(NOW.toInstant(), SHANGHAI));
  }

  @Test
  @DisplayName("R-SC-3 a code expires at the end of the day after the window closes when that comes first")
  void cappedByWindow() {
    assertThat(codes(Duration.ofDays(30)).expiry(LocalDate.of(2026, 3, 12)))
        .isEqualTo(ZonedDateTime.of(2026, 3, 14, 0, 0, 0, 0, SHANGHAI).toInstant());
  }

  @Test
  @DisplayName("R-SC-3 a code expires after the configured validity, counted from the start of today, when that comes first")
  void cappedByValidity() {
    assertThat(codes(Duration.ofDays(30)).expiry(LocalDate.of(2026, 12, 31)))
        .isEqualTo(ZonedDateTime.of(2026, 4, 9, 0, 0, 0, 0, SHANGHAI).toInstant());
  }

  @Test
  @DisplayName("R-SC-3 the code stays the same all day (its expiry does not move with the clock)")
  void stableWithinTheDay() {
    InspectionCodes morning = new InspectionCodes(null, new CodeSettings(Duration.ofDays(30), Duration.ofDays(1), ""),
        null, null, null, Clock.fixed(NOW.withHour(8).toInstant(), SHANGHAI));
    assertThat(morning.expiry(LocalDate.of(2026, 12, 31))).isEqualTo(codes(Duration.ofDays(30))
        .expiry(LocalDate.of(2026, 12, 31)));
  }

  @Test
  @DisplayName("R-SC-3 R-TK-3 R-TK-4 R-RS-2 only approved tasks, emergencies (inspected first or approved afterwards) and inspected tasks (result, rectification, closed) have a valid code")
  void showable() {
    assertThat(java.util.Arrays.stream(cn.lawfulinspection.task.TaskStatus.values()).filter(InspectionCodes::showable))
        .containsExactlyInAnyOrder(cn.lawfulinspection.task.TaskStatus.APPROVED,
            cn.lawfulinspection.task.TaskStatus.IN_PROGRESS_POST_HOC,
            cn.lawfulinspection.task.TaskStatus.APPROVED_POST_HOC,
            cn.lawfulinspection.task.TaskStatus.RESULT_BACKFILLED,
            cn.lawfulinspection.task.TaskStatus.RECTIFYING,
            cn.lawfulinspection.task.TaskStatus.CLOSED,
            cn.lawfulinspection.task.TaskStatus.HANDED_TO_CASE);
  }
}
