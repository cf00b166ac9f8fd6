package cn.lawfulinspection.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The platform's one clock: the {@link Clock} bean every service asks for "now" and "today", read from the process
 * engine's clock ({@link ClockUtil}), so that our records and the engine's timers, due dates, job acquisition and the
 * working-day business calendar can never disagree, in Beijing time.
 *
 * <p>Normally both are the system clock. With {@code inspection.clock.start} ({@link ClockSettings}) both start at the
 * given instant and run on from there: an offset on the system clock, not a frozen time, so that the job executor,
 * timers and lock expiry behave as usual. Tests that need a fixed moment may freeze the engine's clock
 * ({@code ClockUtil.setCurrentTime}); they give it back with {@link #resume()}, never with {@code ClockUtil.reset()},
 * which would drop the configured start.
 */
public final class PlatformClock extends Clock {

  /** China Standard Time: holidays, windows and deadlines are Chinese calendar dates. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** The start the clock was set to in this JVM (null: none), and the offset on the system clock it gave. */
  private static Instant configuredStart;
  private static long configuredOffsetMillis;

  private final ZoneId zone;

  PlatformClock(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return zone.equals(this.zone) ? this : new PlatformClock(zone);
  }

  @Override
  public long millis() {
    return ClockUtil.getCurrentTime().getTime();
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis());
  }

  /**
   * Lets the engine's clock, and with it this one, start at {@code start} and run on. Asked again with the same
   * start (a second application context in the same JVM, as tests build them), the running clock is kept rather
   * than sent back to the start, so that time never runs backwards under records already written.
   *
   * @return the offset on the system clock now in force
   */
  static synchronized Duration startAt(Instant start) {
    Objects.requireNonNull(start, "start");
    if (!start.equals(configuredStart)) {
      configuredStart = start;
      configuredOffsetMillis = start.toEpochMilli() - System.currentTimeMillis();
    }
    ClockUtil.offset(configuredOffsetMillis);
    return Duration.ofMillis(configuredOffsetMillis);
  }

  /** The start set in this JVM through {@code inspection.clock.start} (null: none) and its offset on the system clock. */
  record Setting(Instant start, long offsetMillis) {}

  static synchronized Setting setting() {
    return new Setting(configuredStart, configuredOffsetMillis);
  }

  /** Puts a setting back (after a test that started an application with a clock of its own). */
  static synchronized void restore(Setting setting) {
    configuredStart = setting.start();
    configuredOffsetMillis = setting.offsetMillis();
    resume();
  }

  /**
   * Gives the engine's clock back to the platform after someone froze or moved it with {@code ClockUtil}: the
   * configured start's running clock, or the system clock when no start is configured.
   */
  public static synchronized void resume() {
    if (configuredStart == null) {
      ClockUtil.reset();
    } else {
      ClockUtil.offset(configuredOffsetMillis);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlatformClock other && zone.equals(other.zone);
  }

  @Override
  public int hashCode() {
    return zone.hashCode();
  }

  @Override
  public String toString() {
    return "PlatformClock[" + zone + (configuredStart == null ? "" : ", started at " + configuredStart) + "]";
  }
}
