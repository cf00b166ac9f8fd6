package cn.lawfulinspection.calendar.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the bundled holiday schedules and loads the calendar right after the models are deployed, then warns when
 * this year's or (from November) next year's official schedule is missing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class CalendarStartup implements ApplicationRunner {

  private final CalendarService calendar;

  CalendarStartup(CalendarService calendar) {
    this.calendar = calendar;
  }

  @Override
  public void run(ApplicationArguments args) {
    calendar.ensureLoaded();
    calendar.checkYearsAround(calendar.today());
  }
}
