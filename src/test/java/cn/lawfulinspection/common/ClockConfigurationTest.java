package cn.lawfulinspection.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** {@code inspection.clock.*}: what a start may look like, and that production refuses it unless allowed. */
@ExtendWith(RestorePlatformClock.class)
class ClockConfigurationTest {

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withUserConfiguration(ClockConfiguration.class);

  @Test
  @DisplayName("a start is an instant with offset, a Beijing local date-time, or a date alone at 09:00 Beijing time")
  void startFormats() {
    assertThat(ClockConfiguration.parseStart("2026-12-30T09:00:00+08:00"))
        .contains(Instant.parse("2026-12-30T01:00:00Z"));
    assertThat(ClockConfiguration.parseStart("2026-12-30T09:00")).contains(Instant.parse("2026-12-30T01:00:00Z"));
    assertThat(ClockConfiguration.parseStart(" 2026-02-13 ")).contains(Instant.parse("2026-02-13T01:00:00Z"));
    assertThat(ClockConfiguration.parseStart("")).isEmpty();
    assertThat(ClockConfiguration.parseStart(null)).isEmpty();
    assertThatThrownBy(() -> ClockConfiguration.parseStart("30.12.2026"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("INSPECTION_CLOCK_START");
  }

  @Test
  @DisplayName("on the production profile mysql a moved clock is refused at start-up unless explicitly allowed")
  void refusedInProduction() {
    PlatformClock.Setting before = PlatformClock.setting();
    context.withPropertyValues("inspection.clock.start=2026-12-30").withInitializer(c ->
        c.getEnvironment().setActiveProfiles("mysql")).run(app -> {
          assertThat(app).hasFailed();
          assertThat(app.getStartupFailure()).rootCause()
              .hasMessageContaining("refused on the production profile 'mysql'")
              .hasMessageContaining("INSPECTION_CLOCK_ALLOW_IN_PRODUCTION");
        });
    assertThat(PlatformClock.setting()).isEqualTo(before);

    context.withPropertyValues("inspection.clock.start=2026-12-30", "inspection.clock.allow-in-production=true")
        .withInitializer(c -> c.getEnvironment().setActiveProfiles("mysql"))
        .run(app -> assertThat(LocalDate.now(app.getBean(Clock.class))).isEqualTo(LocalDate.of(2026, 12, 30)));
  }

  @Test
  @DisplayName("the environment variable INSPECTION_CLOCK_START sets the start (as ./mvnw spring-boot:run reads it)")
  void fromEnvironment() {
    context.withInitializer(c -> c.getEnvironment().getPropertySources().addFirst(new SystemEnvironmentPropertySource(
            "env", Map.of("INSPECTION_CLOCK_START", "2026-02-13T16:30"))))
        .run(app -> assertThat(LocalDateTime.now(app.getBean(Clock.class)))
            .isBetween(LocalDateTime.parse("2026-02-13T16:30"), LocalDateTime.parse("2026-02-13T16:35")));
  }

  @Test
  @DisplayName("without a start the clock is the engine's clock in Beijing time, and nothing is moved")
  void noStart() {
    PlatformClock.Setting before = PlatformClock.setting();
    context.run(app -> {
      Clock clock = app.getBean(Clock.class);
      assertThat(clock.getZone()).isEqualTo(PlatformClock.CHINA);
      assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), clock.instant()).abs())
          .isLessThan(Duration.ofSeconds(1));
    });
    assertThat(PlatformClock.setting()).isEqualTo(before);
  }

  @Test
  @DisplayName("a clock that started at a moment runs on; a second context with the same start keeps it running")
  void runsOn() throws Exception {
    Instant start = Instant.parse("2027-01-04T01:00:00Z");
    PlatformClock.startAt(start);
    Clock clock = new PlatformClock(PlatformClock.CHINA);
    Instant first = clock.instant();
    Thread.sleep(20);
    PlatformClock.startAt(start);

    assertThat(clock.instant()).isAfter(first);
    assertThat(Duration.between(start, first).abs()).isLessThan(Duration.ofSeconds(5));

    // a test froze the engine's clock; resume() gives back the running one
    ClockUtil.setCurrentTime(java.util.Date.from(Instant.parse("2030-01-01T00:00:00Z")));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
    PlatformClock.resume();
    assertThat(Duration.between(start, clock.instant()).abs()).isLessThan(Duration.ofSeconds(5));
  }
}
