package cn.lawfulinspection.common;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole platform, in China Standard Time, and the same one the process engine uses: the
 * {@link Clock} bean reads Camunda's {@link ClockUtil}, which timers, due dates and job acquisition read. So "today"
 * of every rule and the engine's "now" can never disagree, and a test that moves the engine's time moves the
 * platform's too.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Bean
  Clock clock() {
    return new EngineClock(CHINA);
  }

  /** A {@link Clock} on the engine's time. */
  static final class EngineClock extends Clock {

    private final ZoneId zone;

    EngineClock(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new EngineClock(other);
    }

    @Override
    public Instant instant() {
      return ClockUtil.now().toInstant();
    }
  }
}
