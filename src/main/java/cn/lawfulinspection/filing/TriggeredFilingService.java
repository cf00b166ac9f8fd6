package cn.lawfulinspection.filing;

import cn.lawfulinspection.agency.Agency;
import cn.lawfulinspection.agency.AgencyService;
import cn.lawfulinspection.calendar.WorkingDayCalendar;
import cn.lawfulinspection.common.NotFoundException;
import cn.lawfulinspection.common.PlatformClock;
import cn.lawfulinspection.filing.FilingLifecycle.State;
import cn.lawfulinspection.filing.FilingLifecycle.Step;
import cn.lawfulinspection.filing.internal.FilingEntities;
import cn.lawfulinspection.filing.internal.FilingEntity;
import cn.lawfulinspection.identity.Actor;
import cn.lawfulinspection.identity.Actors;
import cn.lawfulinspection.policy.Policies;
import cn.lawfulinspection.policy.PolicyProfile;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Module API of {@code filing}: the monthly filing of triggered inspections (R-SV-1, JJ 7). The one place that takes
 * a filing's steps, each through {@link FilingLifecycle} with the authenticated user as actor (R-IG-1, R-IG-2):
 * the platform summarizes, the agency's head submits (报送), the justice bureau acknowledges (备案), the platform's
 * timers report what is late.
 */
@Service
@Transactional
public class TriggeredFilingService {

  private static final Logger log = LoggerFactory.getLogger(TriggeredFilingService.class);

  private final FilingEntities filings;
  private final InspectionTaskService tasks;
  private final AgencyService agencies;
  private final Policies policies;
  private final WorkingDayCalendar calendar;
  private final Actors actors;
  private final Clock clock;

  TriggeredFilingService(FilingEntities filings, InspectionTaskService tasks, AgencyService agencies,
      Policies policies, WorkingDayCalendar calendar, Actors actors, Clock clock) {
    this.filings = filings;
    this.tasks = tasks;
    this.agencies = agencies;
    this.policies = policies;
    this.calendar = calendar;
    this.actors = actors;
    this.clock = clock;
  }

  /**
   * The platform's monthly run (step {@link Step#OPEN}, the timer only): one filing per agency (the justice bureau
   * excepted) of its triggered tasks registered in {@code month}, a zero report when there were none. Agencies
   * already filed for the month are skipped. Files nothing where the profile does not ask for it.
   *
   * @return the filings opened now
   */
  public List<TriggeredFiling> openMonth(YearMonth month) {
    PolicyProfile profile = policies.current();
    if (!profile.monthlyTriggeredFiling()) {
      log.info("R-SV-1: profile {} does not file triggered inspections monthly; nothing filed for {}",
          profile.name(), month);
      return List.of();
    }
    Actor actor = actors.current();
    Instant from = month.atDay(1).atStartOfDay(PlatformClock.CHINA).toInstant();
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(PlatformClock.CHINA).toInstant();
    LocalDate due = calendar.plusWorkingDays(LocalDate.now(clock), profile.triggeredFilingWorkingDays());
    List<TriggeredFiling> opened = new ArrayList<>();
    for (Agency agency : agencies.all()) {
      if (agency.justiceBureau() || filings.existsByAgencyCodeAndMonth(agency.code(), month.toString())) {
        continue;
      }
      String number = numberOf(agency.code(), month);
      FilingLifecycle.check(new State(number, agency.code(), null), Step.OPEN, actor).orThrow();
      List<TriggeredFiling.Line> lines = tasks.triggeredRegistered(agency.code(), from, to).stream()
          .map(TriggeredFilingService::line).toList();
      FilingEntity filing = filings.save(new FilingEntity(number, agency.code(), agency.name(), month,
          clock.instant(), due, lines));
      opened.add(filing.toFiling());
    }
    log.info("R-SV-1: {} monthly filings of triggered inspections opened for {}", opened.size(), month);
    return opened;
  }

  /** Binds the filing's process, started by the monthly run, to the filing (R-IG-3); once. */
  public void bind(long filingId, String processInstanceId) {
    FilingEntity filing = locked(filingId);
    if (filing.processInstanceId() != null) {
      throw new IllegalStateException("filing " + filing.filingNumber() + " is already bound");
    }
    filing.bind(processInstanceId);
  }

  /** 报送: the agency's head submits the filing to the justice bureau. */
  public TriggeredFiling submit(long filingId, String remarks) {
    FilingEntity filing = take(filingId, Step.SUBMIT);
    filing.submitted(actors.current().userId(), clock.instant(), blankToNull(remarks),
        calendar.plusWorkingDays(LocalDate.now(clock), policies.current().planFilingWorkingDays()));
    return filing.toFiling();
  }

  /** 备案: the justice bureau acknowledges the submitted filing. */
  public TriggeredFiling acknowledge(long filingId, String remarks) {
    FilingEntity filing = take(filingId, Step.ACKNOWLEDGE);
    filing.acknowledged(actors.current().userId(), clock.instant(), blankToNull(remarks));
    return filing.toFiling();
  }

  /**
   * The platform's timer found the head's submission or the justice bureau's acknowledgement late: recorded on the
   * filing for supervision; returns what to tell.
   */
  public String reportOverdue(long filingId) {
    FilingEntity current = locked(filingId);
    boolean submission = current.status() == FilingStatus.AWAITING_SUBMISSION;
    FilingEntity filing = take(filingId, submission ? Step.REMIND_SUBMISSION : Step.REMIND_ACKNOWLEDGEMENT);
    if (submission) {
      filing.submissionOverdue(clock.instant());
      return "触发式检查月度备案 " + filing.filingNumber() + " 逾期未报送，已报司法局（执法监督）督办（R-SV-1）。";
    }
    filing.acknowledgementOverdue(clock.instant());
    return "触发式检查月度备案 " + filing.filingNumber() + " 已报送，司法局逾期未备案，已提醒司法局办理（R-SV-1）。";
  }

  @Transactional(readOnly = true)
  public TriggeredFiling get(long filingId) {
    return filings.findById(filingId).map(FilingEntity::toFiling)
        .orElseThrow(() -> new NotFoundException("触发式检查月度备案 " + filingId + " 不存在。"));
  }

  /** Every agency's filing of the month, by agency code (supervision). */
  @Transactional(readOnly = true)
  public List<TriggeredFiling> ofMonth(YearMonth month) {
    return filings.findByMonthOrderByAgencyCode(month.toString()).stream().map(FilingEntity::toFiling).toList();
  }

  /** {@code YB-SCJG-2026-12}: 月报, the agency, the month. */
  static String numberOf(String agencyCode, YearMonth month) {
    return "YB-" + agencyCode.toUpperCase(Locale.ROOT) + "-" + month;
  }

  private FilingEntity take(long filingId, Step step) {
    FilingEntity filing = locked(filingId);
    FilingLifecycle.check(new State(filing.filingNumber(), filing.agencyCode(), filing.status()), step,
        actors.current()).orThrow();
    return filing;
  }

  private FilingEntity locked(long filingId) {
    return filings.lock(filingId)
        .orElseThrow(() -> new NotFoundException("触发式检查月度备案 " + filingId + " 不存在。"));
  }

  private static TriggeredFiling.Line line(InspectionTask t) {
    return new TriggeredFiling.Line(t.taskNumber(), t.trigger() == null ? "未注明" : t.trigger().label(),
        t.triggerDescription(), t.enterpriseCode(), t.enterpriseName(), t.windowStart(), t.windowEnd(),
        t.status().label());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
