package cn.lawfulinspection.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashSet;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WorkingDayBusinessCalendarTest {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private final ScheduleCalendar schedule = new ScheduleCalendar(BundledSchedules.load(), new HashSet<>());
  private final WorkingDayBusinessCalendar calendar =
      new WorkingDayBusinessCalendar(new DurationBusinessCalendar(), () -> schedule, CHINA);

  private static Date at(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(CHINA).toInstant());
  }

  @Test
  @DisplayName("'3WD', '3 wd' and ' 3Wd ' from 2026-09-30 10:00 are 2026-10-10 10:00 (after National Day)")
  void workingDays() {
    Date start = at("2026-09-30T10:00");
    assertThat(calendar.resolveDuedate("3WD", start)).isEqualTo(at("2026-10-10T10:00"));
    assertThat(calendar.resolveDuedate("3 wd", start)).isEqualTo(at("2026-10-10T10:00"));
    assertThat(calendar.resolveDuedate(" 3Wd ", start)).isEqualTo(at("2026-10-10T10:00"));
  }

  @Test
  @DisplayName("the date counts in China time: 2026-09-30 23:30 CST (15:30 UTC) + 1WD is 2026-10-08 23:30 CST")
  void chinaTime() {
    assertThat(calendar.resolveDuedate("1WD", at("2026-09-30T23:30"))).isEqualTo(at("2026-10-08T23:30"));
  }

  @Test
  @DisplayName("anything else falls through to the engine's ISO-8601 calendar")
  void fallsThrough() {
    Date start = at("2026-09-30T10:00");
    assertThat(calendar.resolveDuedate("P3D", start)).isEqualTo(at("2026-10-03T10:00"));
    assertThat(calendar.resolveDuedate("PT2H", start)).isEqualTo(at("2026-09-30T12:00"));
  }

  @Test
  @DisplayName("an absurd number of working days is refused")
  void tooMany() {
    assertThatThrownBy(() -> calendar.resolveDuedate("99999999999WD", at("2026-09-30T10:00")))
        .isInstanceOf(ProcessEngineException.class);
  }
}
