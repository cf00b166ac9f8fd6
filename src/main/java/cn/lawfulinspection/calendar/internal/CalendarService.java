package cn.lawfulinspection.calendar.internal;

import cn.lawfulinspection.calendar.WorkingDayCalendar;
import cn.lawfulinspection.calendar.internal.CalendarDayRecord.Kind;
import cn.lawfulinspection.calendar.internal.CalendarYearRecord.Origin;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The platform's {@link WorkingDayCalendar}: the schedules stored in {@code insp_calendar_*}, held in memory and
 * refreshed whenever an administrator changes a year.
 *
 * <p>On first use (eagerly at start-up through {@link CalendarStartup}) the years shipped on the class path that are
 * not stored yet are seeded; a year the administrator has stored is never overwritten by a file. The cache is per
 * node: on a cluster, other nodes see a change after their next restart or their next change.
 */
@Service
class CalendarService implements WorkingDayCalendar {

  private static final Logger log = LoggerFactory.getLogger(CalendarService.class);
  static final String SYSTEM_USER = "system";
  /** From this month on, next year's schedule is expected to be entered (the notice comes out in the autumn). */
  static final int NEXT_YEAR_EXPECTED_FROM_MONTH = 11;

  private final CalendarYearRecords years;
  private final CalendarDayRecords days;
  private final TransactionTemplate tx;
  private final TransactionTemplate readTx;
  private final Clock clock;
  private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();
  private volatile ScheduleCalendar current;

  CalendarService(CalendarYearRecords years, CalendarDayRecords days, PlatformTransactionManager transactions,
      Clock clock) {
    this.years = years;
    this.days = days;
    this.clock = clock;
    // own transactions: the first use may come from inside an engine command (a timer being created)
    this.tx = new TransactionTemplate(transactions);
    this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.readTx = new TransactionTemplate(transactions);
    this.readTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.readTx.setReadOnly(true);
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    return calendar().isWorkingDay(date);
  }

  @Override
  public LocalDate plusWorkingDays(LocalDate from, int n) {
    return calendar().plusWorkingDays(from, n);
  }

  @Override
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    return calendar().workingDaysBetween(from, to);
  }

  boolean isKnownYear(int year) {
    return calendar().isKnownYear(year);
  }

  /** The years counted on the provisional calendar since this node started (their schedule is not stored). */
  Set<Integer> provisionalYearsInUse() {
    return new TreeSet<>(warnedYears);
  }

  /** The years whose official schedule is stored. */
  Set<Integer> storedYears() {
    return calendar().knownYears();
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * Start-up check, in the logs: this year without its official schedule is an error of operation; next year's is
   * expected from November (the State Council publishes it in the autumn) and deadlines in December reach into it.
   */
  void checkYearsAround(LocalDate today) {
    int year = today.getYear();
    if (!isKnownYear(year)) {
      log.warn("No official holiday schedule stored for the current year {}: every working-day count uses the "
          + "PROVISIONAL calendar until an administrator enters it (PUT /api/calendar/years/{}). "
          + "尚未录入本年（{} 年）节假日安排，工作日暂按临时日历计算。", year, year, year);
    } else if (today.getMonthValue() >= NEXT_YEAR_EXPECTED_FROM_MONTH && !isKnownYear(year + 1)) {
      log.warn("No official holiday schedule stored for next year {} yet: working days counted into {} use the "
          + "PROVISIONAL calendar until an administrator enters it (PUT /api/calendar/years/{}). "
          + "尚未录入 {} 年节假日安排，跨年计算的期限暂按临时日历。", year + 1, year + 1, year + 1, year + 1);
    }
  }

  ScheduleCalendar calendar() {
    ScheduleCalendar c = current;
    return c != null ? c : ensureLoaded();
  }

  /** Seeds the bundled years not stored yet and loads the cache; idempotent. */
  synchronized ScheduleCalendar ensureLoaded() {
    if (current == null) {
      seedBundledYears();
      reload();
    }
    return current;
  }

  Optional<StoredYear> year(int year) {
    return readTx.execute(status -> years.findById(year).map(this::toStored));
  }

  /** Replaces a year's schedule (all its holidays and adjusted working days) and refreshes the cache. */
  StoredYear replaceYear(YearSchedule schedule, String userId) {
    boolean wasProvisional = !calendar().isKnownYear(schedule.year());
    tx.executeWithoutResult(status -> {
      days.deleteByYear(schedule.year());
      years.save(new CalendarYearRecord(schedule.year(), schedule.source(), Origin.ADMIN, clock.instant(), userId));
      days.saveAll(records(schedule));
    });
    log.info("holiday schedule of {} replaced by {}: {} holidays, {} adjusted working days", schedule.year(), userId,
        schedule.holidays().size(), schedule.workingDays().size());
    if (wasProvisional && warnedYears.remove(schedule.year())) {
      log.warn("the official schedule of {} replaces the provisional calendar counted on so far; days whose status "
          + "changes: {}; due dates and timers computed before are not moved", schedule.year(),
          ProvisionalYear.differences(schedule));
    }
    reload();
    return year(schedule.year()).orElseThrow();
  }

  /** Removes a year: it falls back to plain weekends (and is seeded again from a bundled file at the next start). */
  boolean deleteYear(int year, String userId) {
    Boolean deleted = tx.execute(status -> {
      if (!years.existsById(year)) {
        return false;
      }
      days.deleteByYear(year);
      years.deleteById(year);
      return true;
    });
    if (Boolean.TRUE.equals(deleted)) {
      log.info("holiday schedule of {} removed by {}", year, userId);
      warnedYears.remove(year);
      reload();
    }
    return Boolean.TRUE.equals(deleted);
  }

  private void seedBundledYears() {
    for (YearSchedule schedule : BundledSchedules.load()) {
      try {
        tx.executeWithoutResult(status -> {
          if (years.existsById(schedule.year())) {
            return;
          }
          years.save(new CalendarYearRecord(schedule.year(), schedule.source(), Origin.BUNDLED, clock.instant(),
              SYSTEM_USER));
          days.saveAll(records(schedule));
          log.info("holiday schedule of {} seeded from the class path ({})", schedule.year(), schedule.source());
        });
      } catch (DataIntegrityViolationException e) {
        // another node seeded the same year at the same moment
        log.info("holiday schedule of {} was seeded concurrently", schedule.year());
      }
    }
  }

  private void reload() {
    List<YearSchedule> schedules = readTx.execute(status -> {
      Map<Integer, List<CalendarDayRecord>> byYear = new HashMap<>();
      days.findAll().forEach(d -> byYear.computeIfAbsent(d.year(), y -> new ArrayList<>()).add(d));
      return years.findAll().stream()
          .map(y -> toSchedule(y, byYear.getOrDefault(y.year(), List.of())))
          .toList();
    });
    current = new ScheduleCalendar(schedules, warnedYears);
    log.info("working-day calendar loaded for years {}", current.knownYears());
  }

  private StoredYear toStored(CalendarYearRecord y) {
    return new StoredYear(toSchedule(y, days.findByYearOrderByDate(y.year())), y.origin(), y.updatedAt(),
        y.updatedBy());
  }

  private static YearSchedule toSchedule(CalendarYearRecord y, List<CalendarDayRecord> records) {
    TreeMap<LocalDate, String> holidays = new TreeMap<>();
    TreeMap<LocalDate, String> working = new TreeMap<>();
    for (CalendarDayRecord d : records) {
      (d.isHoliday() ? holidays : working).put(d.date(), d.name());
    }
    return new YearSchedule(y.year(), y.source(), holidays, working);
  }

  private static List<CalendarDayRecord> records(YearSchedule schedule) {
    List<CalendarDayRecord> records = new ArrayList<>();
    schedule.holidays().forEach((date, name) -> records.add(new CalendarDayRecord(date, Kind.HOLIDAY, name)));
    schedule.workingDays().forEach((date, name) -> records.add(new CalendarDayRecord(date, Kind.WORKING_DAY, name)));
    return records;
  }
}
