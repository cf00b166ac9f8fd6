package cn.lawfulinspection.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TaskFiltersTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  @DisplayName("即将到期 reaches to the end of the day after tomorrow, Shanghai time")
  void dueSoonLimit() {
    // given late evening in Shanghai (still the previous day in UTC)
    Clock clock = Clock.fixed(ZonedDateTime.of(2026, 3, 10, 23, 30, 0, 0, SHANGHAI).toInstant(), SHANGHAI);
    TaskFilters filters = new TaskFilters(null, null, null, null, clock);
    // when / then
    assertThat(filters.dueSoonLimit().toInstant())
        .isEqualTo(ZonedDateTime.of(2026, 3, 13, 0, 0, 0, 0, SHANGHAI).toInstant());
  }
}
