package cn.lawfulinspection.calendar.internal;

import cn.lawfulinspection.calendar.WorkingDayCalendar;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * A Camunda business calendar that understands {@code <n>WD} (n working days, e.g. {@code 3WD}) and hands every
 * other expression to the engine's own calendar (ISO-8601 dates and durations).
 *
 * <p>"Now" is the engine's clock ({@link ClockUtil}), not the platform {@code Clock}: the engine stamps task creation
 * and compares timer due dates with that clock, and engine tests move it, so a due date must be counted from the
 * same instant. The time zone is the platform's (Asia/Shanghai), because holidays are Chinese dates. The due date
 * keeps the time of day: {@code 3WD} asked at 10:00 is due at 10:00 on the third working day.
 */
final class WorkingDayBusinessCalendar implements BusinessCalendar {

  static final Pattern WORKING_DAYS = Pattern.compile("^(\\d+)\\s*WD$", Pattern.CASE_INSENSITIVE);

  private final BusinessCalendar engineCalendar;
  private final Supplier<WorkingDayCalendar> calendar;
  private final ZoneId zone;

  WorkingDayBusinessCalendar(BusinessCalendar engineCalendar, Supplier<WorkingDayCalendar> calendar, ZoneId zone) {
    this.engineCalendar = engineCalendar;
    this.calendar = calendar;
    this.zone = zone;
  }

  @Override
  public Date resolveDuedate(String description) {
    return workingDays(description, null).orElseGet(() -> engineCalendar.resolveDuedate(description));
  }

  @Override
  public Date resolveDuedate(String description, Date startDate) {
    return workingDays(description, startDate)
        .orElseGet(() -> engineCalendar.resolveDuedate(description, startDate));
  }

  @Override
  public Date resolveDuedate(String description, Task task) {
    Date created = task == null ? null : task.getCreateTime();
    return workingDays(description, created).orElseGet(() -> engineCalendar.resolveDuedate(description, task));
  }

  /** The due date for {@code <n>WD} counted from {@code start} (engine time when null); empty for anything else. */
  Optional<Date> workingDays(String description, Date start) {
    if (description == null) {
      return Optional.empty();
    }
    Matcher m = WORKING_DAYS.matcher(description.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int n;
    try {
      n = Integer.parseInt(m.group(1));
    } catch (NumberFormatException e) {
      n = Integer.MAX_VALUE;
    }
    if (n > ScheduleCalendar.MAX_WORKING_DAYS) {
      throw new ProcessEngineException("working days '" + description + "' exceed "
          + ScheduleCalendar.MAX_WORKING_DAYS + " (工作日数过大)");
    }
    ZonedDateTime from = (start != null ? start : ClockUtil.getCurrentTime()).toInstant().atZone(zone);
    ZonedDateTime due = calendar.get().plusWorkingDays(from.toLocalDate(), n)
        .atTime(from.toLocalTime())
        .atZone(zone);
    return Optional.of(Date.from(due.toInstant()));
  }
}
