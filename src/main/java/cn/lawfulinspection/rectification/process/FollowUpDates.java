package cn.lawfulinspection.rectification.process;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/** Timer dates of the follow-up process: a day starts at midnight in China, whatever the server's zone. */
final class FollowUpDates {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private FollowUpDates() {}

  static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(CHINA).toInstant());
  }
}
