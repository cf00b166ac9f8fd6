package cn.lawfulinspection.support;

import cn.lawfulinspection.common.PlatformClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Lets a test say that a later step happens on a later day ("the head approves on the eve of the window"). It moves
 * the process engine's clock, and with it the platform's {@code Clock} bean, which reads it; time runs on from there.
 * A test that moves the clock gives it back with {@link #resume()} in its {@code @AfterEach}, which returns to the
 * suite's clock (the system clock, or {@code inspection.clock.start} under the date matrix of {@code .ci/test}).
 */
public final class TestClock {

  /** The time of day a moved clock shows: in office hours, the same on every date. */
  public static final LocalTime OFFICE_HOURS = LocalTime.of(10, 0);

  private TestClock() {}

  /** From now on it is {@code day} at 10:00 Beijing time; never moves backwards (today stays today). */
  public static void moveForwardTo(LocalDate day) {
    Instant target = day.atTime(OFFICE_HOURS).atZone(PlatformClock.CHINA).toInstant();
    Instant now = ClockUtil.getCurrentTime().toInstant();
    if (target.isAfter(now)) {
      ClockUtil.offset(target.toEpochMilli() - System.currentTimeMillis());
    }
  }

  /** Back to the suite's clock. */
  public static void resume() {
    PlatformClock.resume();
  }
}
