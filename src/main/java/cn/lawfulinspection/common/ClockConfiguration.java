package cn.lawfulinspection.common;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerCustomizer;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * One clock for the whole platform, in China Standard Time: the {@link PlatformClock} bean, which reads the process
 * engine's clock, so our records and the engine's timers always agree.
 *
 * <p>{@code inspection.clock.start} (environment {@code INSPECTION_CLOCK_START}) lets both start at a given moment
 * and run on, for tests and rehearsals of a date ({@code 2026-12-30T09:00:00+08:00}, {@code 2026-12-30T09:00} or
 * {@code 2026-12-30}, the last two in Beijing time, a date alone at 09:00). On the production profile {@code mysql}
 * it is refused unless {@code inspection.clock.allow-in-production} is set: every trace, notice, deadline and refusal
 * would carry a date that did not happen.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);
  static final String PRODUCTION_PROFILE = "mysql";
  /** A start given as a date alone begins at this time of day, in the office. */
  static final LocalTime START_OF_OFFICE_DAY = LocalTime.of(9, 0);

  @Bean
  Clock clock(@Value("${inspection.clock.start:}") String start,
      @Value("${inspection.clock.allow-in-production:false}") boolean allowInProduction, Environment environment) {
    Optional<Instant> from = parseStart(start);
    if (from.isPresent()) {
      boolean production = environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE));
      refuseInProduction(production, allowInProduction);
      Duration offset = PlatformClock.startAt(from.get());
      log.warn("The platform clock (and the process engine's) runs from {} (inspection.clock.start; {} from the system "
          + "clock): every date recorded is simulated. 系统时钟已调整为从 {} 开始走时，所记录的时间均为模拟时间。",
          from.get().atZone(PlatformClock.CHINA).toOffsetDateTime(), describe(offset),
          from.get().atZone(PlatformClock.CHINA).toLocalDateTime());
    }
    return new PlatformClock(PlatformClock.CHINA);
  }

  /**
   * Depends on the clock, so the clock (and a configured start) is in place before the process engine is built and
   * its job executor starts; logs both clocks once the engine is up.
   */
  @Bean
  ProcessEnginePlugin platformClockPlugin(Clock clock) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void postProcessEngineBuild(ProcessEngine engine) {
        log.info("clocks at engine start: platform {}, engine {}", clock.instant(), ClockUtil.getCurrentTime().toInstant());
      }

      @Override
      public String toString() {
        return "PlatformClockPlugin";
      }
    };
  }

  /** Spring's scheduled jobs (the Tasklist filter's date after midnight) fire by the platform clock too. */
  @Bean
  ThreadPoolTaskSchedulerCustomizer platformClockScheduler(Clock clock) {
    return scheduler -> scheduler.setClock(clock);
  }

  @Bean
  SimpleAsyncTaskSchedulerCustomizer platformClockVirtualScheduler(Clock clock) {
    return scheduler -> scheduler.setClock(clock);
  }

  /** "+22 d 19 h 10 min" */
  static String describe(Duration offset) {
    Duration abs = offset.abs();
    return (offset.isNegative() ? "-" : "+") + abs.toDays() + " d " + abs.toHoursPart() + " h " + abs.toMinutesPart()
        + " min";
  }

  /** The instant of {@code inspection.clock.start}; empty when unset. */
  static Optional<Instant> parseStart(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String value = text.strip();
    try {
      if (value.length() == 10) {
        return Optional.of(LocalDate.parse(value).atTime(START_OF_OFFICE_DAY).atZone(PlatformClock.CHINA).toInstant());
      }
      try {
        return Optional.of(OffsetDateTime.parse(value).toInstant());
      } catch (DateTimeParseException noOffset) {
        return Optional.of(LocalDateTime.parse(value).atZone(PlatformClock.CHINA).toInstant());
      }
    } catch (DateTimeException e) {
      throw new IllegalStateException("inspection.clock.start (INSPECTION_CLOCK_START) is not a date-time: '" + value
          + "'; write e.g. 2026-12-30T09:00:00+08:00, 2026-12-30T09:00 (Beijing time) or 2026-12-30", e);
    }
  }

  /** A moved clock on the production profile needs an explicit permission. */
  static void refuseInProduction(boolean production, boolean allowed) {
    if (production && !allowed) {
      throw new IllegalStateException("inspection.clock.start (INSPECTION_CLOCK_START) is refused on the production "
          + "profile '" + PRODUCTION_PROFILE + "': every trace, notice, deadline and refusal would carry a date that "
          + "did not happen. Unset it, or, for a test or training installation on MySQL, set "
          + "INSPECTION_CLOCK_ALLOW_IN_PRODUCTION=true.");
    }
  }
}
