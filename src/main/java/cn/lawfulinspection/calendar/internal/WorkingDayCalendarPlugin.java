package cn.lawfulinspection.calendar.internal;

import cn.lawfulinspection.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Lets BPMN say "n working days": wraps the engine's {@code dueDate} calendar (user task {@code camunda:dueDate},
 * timer {@code timeDate}) and {@code duration} calendar (timer {@code timeDuration}) so that {@code 3WD} counts
 * working days of {@link WorkingDayCalendar}. The Camunda starter applies every {@code ProcessEnginePlugin} bean.
 *
 * <p>The calendar bean is looked up lazily through an {@link ObjectProvider}: it needs JPA and the transaction
 * manager, which must not be pulled into the creation of the process engine configuration.
 */
@Component
class WorkingDayCalendarPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<WorkingDayCalendar> calendar;
  private final Clock clock;

  WorkingDayCalendarPlugin(ObjectProvider<WorkingDayCalendar> calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    BusinessCalendarManager engine = configuration.getBusinessCalendarManager();
    Map<String, BusinessCalendar> wrapped = Map.of(
        DueDateBusinessCalendar.NAME, wrap(engine.getBusinessCalendar(DueDateBusinessCalendar.NAME)),
        DurationBusinessCalendar.NAME, wrap(engine.getBusinessCalendar(DurationBusinessCalendar.NAME)));
    configuration.setBusinessCalendarManager(name -> {
      BusinessCalendar ours = wrapped.get(name);
      return ours != null ? ours : engine.getBusinessCalendar(name);
    });
  }

  private BusinessCalendar wrap(BusinessCalendar engineCalendar) {
    return new WorkingDayBusinessCalendar(engineCalendar, calendar::getObject, clock.getZone());
  }
}
