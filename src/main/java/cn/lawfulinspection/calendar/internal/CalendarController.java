package cn.lawfulinspection.calendar.internal;

import cn.lawfulinspection.common.NotFoundException;
import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.common.web.ProblemHandler;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working-day calendar over HTTP: anyone signed in reads it; the administrator (group {@code camunda-admin})
 * enters next year's schedule when the State Council publishes it (each autumn), without a release. A year not entered
 * is answered as provisional ({@link ProvisionalYear}), and {@code /status} tells administrators and the justice
 * bureau which years the platform is counting on provisionally.
 */
@RestController
@RequestMapping("/api/calendar")
@Tag(name = "工作日历", description = "法定节假日与调休上班日")
class CalendarController {

  static final String ADMIN_AUTHORITY = "GROUP_camunda-admin";
  static final URI FORBIDDEN = URI.create("urn:lawful-inspection:problem:forbidden");
  /** The {@code origin} of a year answered from the provisional calendar. */
  static final String PROVISIONAL = "PROVISIONAL";

  private final CalendarService calendar;

  CalendarController(CalendarService calendar) {
    this.calendar = calendar;
  }

  /** A year's schedule as read and written: days one by one, so what GET returns can be edited and PUT back. */
  record YearBody(String source, List<DayEntry> holidays, List<DayEntry> workingDays) {}

  /**
   * A year as stored, or its provisional calendar ({@code stored} false, {@code provisional} true). After a PUT that
   * replaced a provisional year, {@code changedFromProvisional} lists the days whose status the official schedule
   * changed (deadlines computed before on those days are not moved).
   */
  record YearView(int year, boolean stored, boolean provisional, String source, String origin, Instant updatedAt,
      String updatedBy, List<DayEntry> holidays, List<DayEntry> workingDays, List<LocalDate> changedFromProvisional,
      String notice) {}

  record WorkingDaysView(LocalDate from, int n, LocalDate date, boolean provisional, List<Integer> yearsWithoutSchedule,
      String notice) {}

  /**
   * Which years rest on an official schedule and which the platform has counted on provisionally since it started;
   * {@code nextYearStored} false from November on is the administrator's reminder.
   */
  record StatusView(LocalDate today, List<Integer> storedYears, boolean currentYearStored, boolean nextYearStored,
      List<Integer> provisionalYearsInUse, String notice) {}

  @GetMapping("/years/{year}")
  @Operation(summary = "查看某年的节假日与调休安排")
  YearView year(@PathVariable int year) {
    return calendar.year(year).map(stored -> view(stored, null)).orElseGet(() -> provisionalView(year));
  }

  @GetMapping("/status")
  @Operation(summary = "查看节假日安排的录入情况（哪些年份暂按临时日历计算）")
  StatusView status() {
    LocalDate today = calendar.today();
    List<Integer> stored = List.copyOf(calendar.storedYears());
    List<Integer> provisional = List.copyOf(calendar.provisionalYearsInUse());
    boolean current = stored.contains(today.getYear());
    boolean next = stored.contains(today.getYear() + 1);
    TreeSet<Integer> missing = new TreeSet<>(provisional);
    if (!current) {
      missing.add(today.getYear());
    }
    if (!next && today.getMonthValue() >= CalendarService.NEXT_YEAR_EXPECTED_FROM_MONTH) {
      missing.add(today.getYear() + 1);
    }
    return new StatusView(today, stored, current, next, provisional,
        missing.isEmpty() ? null : fallbackNotice(List.copyOf(missing)));
  }

  @PutMapping("/years/{year}")
  @Operation(summary = "录入或替换某年的节假日与调休安排（系统管理员）")
  ResponseEntity<?> replace(@PathVariable int year, @RequestBody YearBody body, Authentication user) {
    if (!isAdmin(user)) {
      return forbidden();
    }
    if (body == null) {
      throw new RuleViolationException(null, null, "请求内容为空：请提交 source、holidays 和 workingDays。");
    }
    YearScheduleParser.Result parsed = YearScheduleParser.parse(year, body.source(), body.holidays(),
        body.workingDays());
    parsed.verdict().orThrow();
    List<LocalDate> changed = calendar.isKnownYear(year) ? null : ProvisionalYear.differences(parsed.schedule());
    return ResponseEntity.ok(view(calendar.replaceYear(parsed.schedule(), user.getName()), changed));
  }

  @DeleteMapping("/years/{year}")
  @Operation(summary = "删除某年的节假日安排，改为按临时日历计算（系统管理员）")
  ResponseEntity<?> delete(@PathVariable int year, Authentication user) {
    if (!isAdmin(user)) {
      return forbidden();
    }
    if (!calendar.deleteYear(year, user.getName())) {
      throw new NotFoundException("尚未录入 " + year + " 年的节假日安排。");
    }
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/working-days")
  @Operation(summary = "计算某日之后第 n 个工作日")
  WorkingDaysView workingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam int n) {
    if (n < 0 || n > ScheduleCalendar.MAX_WORKING_DAYS) {
      throw new RuleViolationException(null, "n", "工作日数 n 应在 0 至 " + ScheduleCalendar.MAX_WORKING_DAYS
          + " 之间。");
    }
    LocalDate date = calendar.plusWorkingDays(from, n);
    TreeSet<Integer> unknown = new TreeSet<>();
    for (int y = from.getYear(); y <= date.getYear(); y++) {
      if (!calendar.isKnownYear(y)) {
        unknown.add(y);
      }
    }
    List<Integer> missing = List.copyOf(unknown);
    return new WorkingDaysView(from, n, date, !missing.isEmpty(), missing,
        missing.isEmpty() ? null : fallbackNotice(missing));
  }

  private static YearView view(StoredYear stored, List<LocalDate> changedFromProvisional) {
    YearSchedule s = stored.schedule();
    return new YearView(s.year(), true, false, s.source(), stored.origin(), stored.updatedAt(), stored.updatedBy(),
        entries(s.holidays()), entries(s.workingDays()), changedFromProvisional, null);
  }

  private static YearView provisionalView(int year) {
    YearSchedule s = ProvisionalYear.of(year);
    return new YearView(year, false, true, s.source(), PROVISIONAL, null, null, entries(s.holidays()), List.of(), null,
        fallbackNotice(List.of(year)));
  }

  private static List<DayEntry> entries(Map<LocalDate, String> days) {
    return days.entrySet().stream().map(e -> new DayEntry(e.getKey(), e.getValue())).toList();
  }

  static String fallbackNotice(List<Integer> years) {
    String list = String.join("、", years.stream().map(String::valueOf).toList());
    return "尚未录入 " + list + " 年的节假日安排，暂按临时日历计算：周一至周五上班，元旦（1月1日）、劳动节（5月1日、2日）、"
        + "国庆节（10月1日至3日）放假；春节、清明节、端午节、中秋节及调休上班日尚未计入，据此计算的期限仅供参考。"
        + "国务院办公厅每年秋季公布次年安排，请系统管理员及时录入。";
  }

  private static boolean isAdmin(Authentication user) {
    return user != null && user.getAuthorities().stream().anyMatch(a -> ADMIN_AUTHORITY.equals(a.getAuthority()));
  }

  private static ResponseEntity<ProblemDetail> forbidden() {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemHandler.problem(HttpStatus.FORBIDDEN, FORBIDDEN,
        "无权操作", "只有系统管理员（camunda-admin 组）可以维护节假日安排。", null, null));
  }
}
