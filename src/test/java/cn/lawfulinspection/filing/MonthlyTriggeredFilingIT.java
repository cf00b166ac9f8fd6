package cn.lawfulinspection.filing;

import static cn.lawfulinspection.filing.process.MonthlyFilingProcessIds.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lawfulinspection.calendar.WorkingDayCalendar;
import cn.lawfulinspection.common.PlatformClock;
import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.filing.process.MonthlyFilingSchedule;
import cn.lawfulinspection.identity.RunAs;
import cn.lawfulinspection.support.Api;
import cn.lawfulinspection.support.FreshEnterprises;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.support.TestClock;
import cn.lawfulinspection.support.TriggerRecordsForTests;
import cn.lawfulinspection.task.InspectionKind;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.TaskOrigin;
import cn.lawfulinspection.task.TaskRegistrationService;
import cn.lawfulinspection.task.TaskRequest;
import cn.lawfulinspection.task.TriggerReason;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * R-SV-1 (JJ 7) end to end on the default profile: the timer of {@code MonthlyTriggeredFilingProcess}, driven by the
 * engine's clock across the next month boundary, files last month's triggered tasks per agency; the head submits,
 * the justice bureau acknowledges, late steps are reported.
 */
@IntegrationTest
class MonthlyTriggeredFilingIT {

  @Autowired ManagementService managementService;

  @Autowired TriggerRecordsForTests triggers;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired TaskRegistrationService registration;
  @Autowired TriggeredFilingService filings;
  @Autowired MonthlyFilingSchedule schedule;
  @Autowired WorkingDayCalendar calendar;
  @Autowired FreshEnterprises enterprises;
  @Autowired RunAs runAs;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;
  @LocalServerPort int port;

  /** Back to the suite's clock; the filings' open Tasklist tasks are not left for the heads of later tests. */
  @AfterEach
  void resumeClock() {
    TestClock.resume();
    runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).list()
        .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "MonthlyTriggeredFilingIT cleanup"));
  }

  @Test
  @DisplayName("R-SV-1 the first working day of a month is found in the working-day calendar: 2026-10 (National Day) → 10-08, 2026-03 (a Sunday) → 03-02, 2026-12 → 12-01, 2027-01 (元旦, provisional) → 01-04")
  void firstWorkingDay() {
    assertThat(schedule.firstWorkingDay(YearMonth.of(2026, 10))).isEqualTo(LocalDate.of(2026, 10, 8));
    assertThat(schedule.firstWorkingDay(YearMonth.of(2026, 3))).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(schedule.firstWorkingDay(YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(schedule.firstWorkingDay(YearMonth.of(2027, 1))).isEqualTo(LocalDate.of(2027, 1, 4));
  }

  @Test
  @DisplayName("R-SV-1 the monthly timer files each agency's triggered tasks of last month (not planned ones, not other agencies'); the head submits, the justice bureau acknowledges, late steps are reported, a wrong head is refused")
  void monthlyFiling() throws Exception {
    // given: the next run of the monthly timer, and triggered tasks of scjg and yjgl registered in the month before it
    Job start = monthlyStartJob();
    if (!YearMonth.from(runDayOf(start)).minusMonths(1).equals(YearMonth.now(clock))) {
      // the suite runs in the first hours of a month, before the timer's run for the month just ended (its cron is
      // midnight in the server's zone, Beijing's 1st is already here): let that run pass first
      start = afterRunOf(start);
    }
    LocalDate runDay = runDayOf(start);
    assertThat(runDay.getDayOfMonth()).isEqualTo(1);
    assertThat(start.getDuedate().toInstant().atZone(java.time.ZoneId.systemDefault()).getHour())
        .as("midnight of the 1st in the server's zone").isZero();
    YearMonth month = YearMonth.from(runDay).minusMonths(1);
    assertThat(YearMonth.now(clock)).as("the timer's next run files the current month").isEqualTo(month);
    InspectionTask complaint = register("liuyang", triggered("scjg", TriggerReason.COMPLAINT, "投诉：超市出售过期食品"));
    InspectionTask data = register("liuyang", triggered("scjg", TriggerReason.DATA_MONITORING, "监测发现冷链温度异常"));
    InspectionTask otherAgency = register("sunli", triggered("yjgl", TriggerReason.COMPLAINT, "举报：仓库违规存放液化气"));

    // when: the engine's clock reaches the 1st, and then the month's first working day, 08:00
    TestClock.moveForwardTo(runDay);
    managementService.executeJob(start.getId());
    Job wait = managementService.createJobQuery().processDefinitionKey(PROCESS_KEY).activityId(FIRST_WORKING_DAY)
        .singleResult();
    LocalDate firstWorkingDay = wait.getDuedate().toInstant().atZone(PlatformClock.CHINA).toLocalDate();
    assertThat(firstWorkingDay).isEqualTo(firstWorkingDayAfter(runDay));
    assertThat(wait.getDuedate().toInstant().atZone(PlatformClock.CHINA).getHour()).isEqualTo(8);
    if (!calendar.isWorkingDay(runDay)) {
      assertThat(firstWorkingDay).as("the 1st is a holiday or weekend: the run waits").isAfter(runDay);
    }
    assertThat(monthlyStartJob().getDuedate()).as("the timer is set for the next month").isAfter(start.getDuedate());
    assertThat(filings.ofMonth(month)).as("nothing filed before the first working day").isEmpty();
    TestClock.moveForwardTo(firstWorkingDay);
    managementService.executeJob(wait.getId());

    // then: one filing per agency with exactly its triggered tasks of the month
    TriggeredFiling scjg = filingOf(month, "scjg");
    TriggeredFiling yjgl = filingOf(month, "yjgl");
    assertThat(filings.ofMonth(month)).extracting(TriggeredFiling::agencyCode).doesNotContain("sfj");
    Set<String> scjgNumbers = numbers(scjg);
    assertThat(scjgNumbers).contains(complaint.taskNumber(), data.taskNumber())
        .doesNotContain(otherAgency.taskNumber())
        .isEqualTo(registeredIn("scjg", month, "TRIGGERED"));
    assertThat(registeredIn("scjg", month, "PLANNED")).as("planned tasks of the month exist (demo data)")
        .isNotEmpty().doesNotContainAnyElementsOf(scjgNumbers);
    assertThat(numbers(yjgl)).contains(otherAgency.taskNumber()).doesNotContain(complaint.taskNumber())
        .isEqualTo(registeredIn("yjgl", month, "TRIGGERED"));
    assertThat(scjg.status()).isEqualTo(FilingStatus.AWAITING_SUBMISSION);
    assertThat(scjg.byTrigger()).containsKeys("投诉举报", "数据监测");
    TriggeredFiling.Line line = scjg.tasks().stream().filter(l -> l.taskNumber().equals(data.taskNumber()))
        .findFirst().orElseThrow();
    assertThat(line).extracting(TriggeredFiling.Line::trigger, TriggeredFiling.Line::enterpriseCode,
        TriggeredFiling.Line::windowStart, TriggeredFiling.Line::status)
        .containsExactly("数据监测", data.enterpriseCode(), data.windowStart(), data.status().label());
    assertThat(scjg.submitDue()).isEqualTo(calendar.plusWorkingDays(firstWorkingDay, 5));

    Task submitScjg = openTask(scjg, SUBMIT_FILING);
    assertThat(submitScjg.getName()).isEqualTo("报送触发式检查月度备案");
    assertThat(taskService.getIdentityLinksForTask(submitScjg.getId()))
        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("scjgHead"));
    // the form shows the summary, cut to fit a String variable when the month has many tasks (the suite registers
    // dozens); the whole list is the filing's own
    assertThat((String) taskService.getVariable(submitScjg.getId(), FILING_SUMMARY))
        .contains(scjg.filingNumber(), "投诉举报").hasSizeLessThanOrEqualTo(TriggeredFiling.FORM_TEXT_LIMIT);
    assertThat(scjg.fullSummaryText()).contains(complaint.taskNumber(), data.taskNumber());

    // a head of another agency and the justice bureau cannot submit scjg's filing (R-IG-1), nor complete its task
    assertThatThrownBy(() -> runAs.as("zhaolei", () -> filings.submit(scjg.id(), "越权报送")))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.ruleId()).isEqualTo("R-IG-1"));
    assertThatThrownBy(() -> runAs.as("huangmin", () -> filings.submit(scjg.id(), null)))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.ruleId()).isEqualTo("R-IG-1"));
    assertThatThrownBy(() -> runAs.as("zhaolei", () -> taskService.complete(submitScjg.getId(), Map.of())))
        .isInstanceOf(AuthorizationException.class);
    // and the justice bureau cannot acknowledge before the head submitted
    assertThatThrownBy(() -> runAs.as("huangmin", () -> filings.acknowledge(scjg.id(), null)))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.ruleId()).isEqualTo("R-IG-1"));

    // the head of scjg submits on time
    complete(submitScjg, "zhangwei", Map.of(REPORT_REMARKS, "本月触发式检查均已办理"));
    TriggeredFiling submitted = filings.get(scjg.id());
    assertThat(submitted.status()).isEqualTo(FilingStatus.SUBMITTED);
    assertThat(submitted.submittedBy()).isEqualTo("zhangwei");
    assertThat(submitted.submittedAt()).isNotNull();
    assertThat(submitted.reportRemarks()).isEqualTo("本月触发式检查均已办理");
    Task acknowledge = openTask(scjg, ACKNOWLEDGE_FILING);
    assertThat(taskService.getIdentityLinksForTask(acknowledge.getId()))
        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("supervisor"));

    // when: both due dates pass — yjgl's head never submitted, the justice bureau has not acknowledged scjg's filing
    LocalDate late = calendar.plusWorkingDays(submitted.acknowledgeDue().isAfter(yjgl.submitDue())
        ? submitted.acknowledgeDue() : yjgl.submitDue(), 1);
    TestClock.moveForwardTo(late);
    fireOverdue(yjgl, SUBMISSION_OVERDUE);
    fireOverdue(scjg, ACKNOWLEDGEMENT_OVERDUE);

    // then: both are recorded for supervision, the tasks stay open
    assertThat(filings.get(yjgl.id()).submissionOverdueAt()).isNotNull();
    assertThat(filings.get(scjg.id()).acknowledgementOverdueAt()).isNotNull();
    assertThat(openTask(yjgl, SUBMIT_FILING)).isNotNull();

    // the justice bureau acknowledges
    complete(openTask(scjg, ACKNOWLEDGE_FILING), "huangmin", Map.of(FILING_REMARKS, "已备案"));
    TriggeredFiling filed = filings.get(scjg.id());
    assertThat(filed.status()).isEqualTo(FilingStatus.FILED);
    assertThat(filed.acknowledgedBy()).isEqualTo("huangmin");
    assertThat(filed.filingRemarks()).isEqualTo("已备案");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(scjg.filingNumber()).count())
        .isZero();

    // supervision lists each agency's filing with its status
    Api api = new Api(port);
    HttpResponse<String> answer = api.call("huangmin", "GET", "/api/supervision/triggered-filings?month=" + month, null);
    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode list = new ObjectMapper().readTree(answer.body());
    JsonNode scjgRow = row(list, "scjg");
    assertThat(scjgRow.path("status").asText()).isEqualTo("FILED");
    assertThat(scjgRow.path("timeliness").asText()).isEqualTo("ON_TIME");
    assertThat(scjgRow.path("taskCount").asInt()).isEqualTo(scjgNumbers.size());
    assertThat(row(list, "yjgl").path("timeliness").asText()).isEqualTo("OVERDUE");
    assertThat(row(list, "yjgl").path("timelinessLabel").asText()).isEqualTo("逾期未报送");
    assertThat(api.call("zhangwei", "GET", "/api/supervision/triggered-filings?month=" + month, null).statusCode())
        .isEqualTo(403);
    assertThat(api.call("admin", "GET", "/api/supervision/triggered-filings?month=" + month, null).statusCode())
        .isEqualTo(200);
    HttpResponse<String> bad = api.call("huangmin", "GET", "/api/supervision/triggered-filings?month=2026-13", null);
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(bad.body()).contains("R-SV-1");
  }

  private Job monthlyStartJob() {
    return managementService.createJobQuery().processDefinitionKey(PROCESS_KEY).activityId(MONTH_BEGINS)
        .singleResult();
  }

  private static LocalDate runDayOf(Job start) {
    return start.getDuedate().toInstant().atZone(PlatformClock.CHINA).toLocalDate();
  }

  /** Runs the timer's pending start and drops the run it starts; the timer's next start. */
  private Job afterRunOf(Job start) {
    TestClock.moveForwardTo(runDayOf(start));
    managementService.executeJob(start.getId());
    runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).list()
        .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "run of the month before the test's"));
    return monthlyStartJob();
  }

  private LocalDate firstWorkingDayAfter(LocalDate first) {
    LocalDate day = first;
    while (!calendar.isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  private TaskRequest triggered(String agency, TriggerReason trigger, String description) {
    LocalDate day = LocalDate.now(clock).plusDays(10);
    boolean scjg = "scjg".equals(agency);
    return new TaskRequest(enterprises.fresh(CreditTier.D).creditCode(), TaskOrigin.TRIGGERED, null, null, null,
        trigger, description, InspectionKind.AD_HOC, List.of(scjg ? "SCJG-001" : "YJGL-001"),
        scjg ? List.of("liuyang", "wangfang") : List.of("sunli", "zhouqiang"), day, day, false, false, null);
  }

  private InspectionTask register(String user, TaskRequest request) {
    return runAs.as(user, () -> registration.register(triggers.link(user, request)));
  }

  private TriggeredFiling filingOf(YearMonth month, String agency) {
    return filings.ofMonth(month).stream().filter(f -> f.agencyCode().equals(agency)).findFirst().orElseThrow();
  }

  private static Set<String> numbers(TriggeredFiling filing) {
    Set<String> numbers = new HashSet<>();
    filing.tasks().forEach(l -> numbers.add(l.taskNumber()));
    return numbers;
  }

  /** Straight from the table: the agency's tasks of one origin registered in the month (Beijing time). */
  private Set<String> registeredIn(String agency, YearMonth month, String origin) {
    Timestamp from = Timestamp.from(month.atDay(1).atStartOfDay(PlatformClock.CHINA).toInstant());
    Timestamp to = Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(PlatformClock.CHINA).toInstant());
    return new HashSet<>(jdbc.queryForList("select task_number from insp_task where agency_code = ? and origin = ?"
        + " and registered_at >= ? and registered_at < ?", String.class, agency, origin, from, to));
  }

  private Task openTask(TriggeredFiling filing, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(filing.filingNumber()).taskDefinitionKey(key)
        .singleResult();
  }

  private void complete(Task task, String user, Map<String, Object> variables) {
    runAs.as(user, () -> {
      taskService.claim(task.getId(), user);
      taskService.complete(task.getId(), variables);
    });
  }

  private void fireOverdue(TriggeredFiling filing, String boundary) {
    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(filing.filingNumber())
        .singleResult().getId();
    Job timer = managementService.createJobQuery().processInstanceId(instance).activityId(boundary).singleResult();
    assertThat(timer.getDuedate().toInstant()).isBeforeOrEqualTo(clock.instant());
    managementService.executeJob(timer.getId());
  }

  private static JsonNode row(JsonNode list, String agency) {
    for (JsonNode n : list) {
      if (agency.equals(n.path("agencyCode").asText())) {
        return n;
      }
    }
    throw new AssertionError("no filing of " + agency + " in " + list);
  }
}
