package cn.lawfulinspection.benchmark;

import cn.lawfulinspection.calendar.WorkingDayCalendar;
import cn.lawfulinspection.plan.PlanService;
import cn.lawfulinspection.policy.Policies;
import cn.lawfulinspection.qr.CodeKind;
import cn.lawfulinspection.qr.CodePayload;
import cn.lawfulinspection.qr.SignedCode;
import cn.lawfulinspection.support.Race;
import cn.lawfulinspection.support.TestClock;
import cn.lawfulinspection.task.process.HeadApprovalProcessIds;
import cn.lawfulinspection.task.process.InspectionTaskProcessIds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's concurrent mode (docs/benchmarks.md, R-IG-5): {@code -Dbenchmark.clients} (16) clients drive
 * planned lifecycles at once through the platform's HTTP API, as the people do — 刘洋, 王芳 or 李军 registers
 * ({@code POST /api/tasks}), 张伟 finds, claims and completes 审批检查方案 with 同意 through {@code /engine-rest} (what
 * Tasklist sends), the assigned inspector scans the enterprise's signed code ({@code POST /api/scan-in}) and
 * backfills 符合 ({@code POST /api/tasks/{id}/result}). Registration and approval run on the day of registration;
 * the clock then moves to the window's first day and scan-in and backfill run; each phase is measured separately
 * after an unmeasured warm-up. Then {@code -Dbenchmark.contentionRounds} (10) rounds of contention: all clients at
 * one barrier register a case-handling task (执法办案, counted against the annual cap R-TK-5) for one fresh tier-C
 * enterprise at the same instant. It prints lifecycles per second, p50/p95/p99 per step, every answer's status,
 * the count of 5xx answers and of cap violations (more counted tasks stored for an enterprise than its tier's cap):
 * both must be 0.
 */
final class ConcurrentBenchmark {

  static final String REGISTER = "register";
  static final String APPROVE = "approve";
  static final String SCAN_IN = "scan-in";
  static final String BACKFILL = "backfill";
  static final String CONTENTION = "contention";
  static final List<String> STEPS = List.of(REGISTER, APPROVE, SCAN_IN, BACKFILL, CONTENTION);
  static final List<String> REGISTRANTS = List.of("liuyang", "wangfang", "lijun");
  static final List<String> TEAM = List.of("liuyang", "wangfang");
  static final String HEAD = "zhangwei";
  static final String ITEM = "SCJG-001";
  /** How long one client may play its cases of a phase before the run fails instead of hanging. */
  static final long CLIENT_TIMEOUT_SECONDS = 1800;
  static final String COMPLIANT = "{\"items\":[{\"itemCode\":\"" + ITEM + "\",\"outcome\":\"COMPLIANT\"}]}";

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final Map<String, List<Long>> nanos = new ConcurrentHashMap<>();
  private final Map<String, Map<Integer, AtomicLong>> statuses = new ConcurrentHashMap<>();
  private final List<String> serverErrors = Collections.synchronizedList(new ArrayList<>());
  private final List<String> failedCases = Collections.synchronizedList(new ArrayList<>());
  private int port;
  /** Whether the requests now are measured (not the warm-up): their times and statuses go into the report. */
  private volatile boolean measuring;

  /** One lifecycle: its enterprise, its client, and what the steps learn on the way. */
  static final class Case {
    final int client;
    final String enterprise;
    String code;
    long taskId;
    String taskNumber;
    boolean failed;

    Case(int client, String enterprise) {
      this.client = client;
      this.enterprise = enterprise;
    }

    String registrant() {
      return REGISTRANTS.get(client % REGISTRANTS.size());
    }

    String inspector() {
      return TEAM.get(client % TEAM.size());
    }
  }

  record Result(String section, long serverErrors, long capViolations, long failedLifecycles) {}

  static Result runOn(String database, int clients, int perClient, int warmupPerClient, int contentionRounds)
      throws Exception {
    try (ConfigurableApplicationContext context = LifecycleBenchmark.boot(database, new StatementCounter(),
        "inspection-bench-concurrent")) {
      return new ConcurrentBenchmark().run(context, database, clients, perClient, warmupPerClient, contentionRounds);
    } finally {
      TestClock.resume();
    }
  }

  private Result run(ConfigurableApplicationContext context, String database, int clients, int perClient,
      int warmupPerClient, int contentionRounds) throws Exception {
    port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    Clock clock = context.getBean(Clock.class);
    Policies policies = context.getBean(Policies.class);
    SignedCode signer = context.getBean(SignedCode.class);
    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
    LocalDate today = LocalDate.now(clock);
    long planId = PlatformLifecycle.filedAnnualPlan(context.getBean(PlanService.class), today.getYear());
    LocalDate window = PlatformLifecycle.noticeableDay(context.getBean(WorkingDayCalendar.class), policies, today);
    int cap = policies.current().tierCaps().c();

    BenchmarkEnterprises lifecycleEnterprises = new BenchmarkEnterprises(port, "BC");
    List<List<Case>> warm = cases(lifecycleEnterprises, clients, warmupPerClient);
    List<List<Case>> measured = cases(lifecycleEnterprises, clients, perClient);
    Instant expires = window.atTime(LocalTime.NOON).atZone(clock.getZone()).toInstant().plus(Duration.ofDays(30));
    for (List<List<Case>> all : List.of(warm, measured)) {
      all.forEach(cs -> cs.forEach(c ->
          c.code = signer.sign(new CodePayload(CodeKind.ENTERPRISE, c.enterprise, expires))));
    }
    String registration = "{\"enterpriseCode\":\"%s\",\"origin\":\"PLANNED\",\"planId\":" + planId
        + ",\"kind\":\"DOUBLE_RANDOM\",\"itemCodes\":[\"" + ITEM + "\"],\"inspectors\":[\"liuyang\",\"wangfang\"],"
        + "\"windowStart\":\"" + window + "\",\"windowEnd\":\"" + window + "\"}";

    // phase 1, on the day of registration: register and approve
    Consumer<Case> registerAndApprove = c -> {
      register(c, registration.formatted(c.enterprise));
      approve(c);
    };
    clientsRun(warm, registerAndApprove, false);
    long phase1 = clientsRun(measured, registerAndApprove, true);

    // contention, still on the day of registration: all clients for one fresh tier-C enterprise at once, per round
    BenchmarkEnterprises contended = new BenchmarkEnterprises(port, "BX");
    List<String> contendedCodes = contended.create(contentionRounds, "C");
    List<Integer> acceptedPerRound = new ArrayList<>();
    for (String enterprise : contendedCodes) {
      acceptedPerRound.add(contend(enterprise, clients, today));
    }

    // phase 2, on the window's first day: scan in and backfill
    TestClock.moveForwardTo(window);
    Consumer<Case> scanAndBackfill = c -> {
      scanIn(c);
      backfill(c);
    };
    clientsRun(warm, scanAndBackfill, false);
    long phase2 = clientsRun(measured, scanAndBackfill, true);

    long lifecycles = measured.stream().mapToLong(cs -> cs.stream().filter(c -> !c.failed).count()).sum();
    long closed = measured.stream().flatMap(List::stream).filter(c -> !c.failed).filter(c ->
        "CLOSED".equals(jdbc.queryForObject("select status from insp_task where id = ?", String.class, c.taskId)))
        .count();
    long capViolations = jdbc.queryForObject("select count(*) from (select enterprise_code from insp_task"
        + " where enterprise_code like '91321204B%'"
        + " group by enterprise_code having count(*) > ?) over_cap", Long.class, cap);
    String server = jdbc.queryForObject("h2".equals(database) ? "select h2version()" : "select version()",
        String.class);
    String section = report(database, server, clients, perClient, warmupPerClient, window, lifecycles, closed,
        phase1, phase2, cap, acceptedPerRound, capViolations);
    return new Result(section, serverErrors.size(), capViolations, failedCases.size());
  }

  private List<List<Case>> cases(BenchmarkEnterprises enterprises, int clients, int perClient) {
    List<List<Case>> byClient = new ArrayList<>();
    List<String> codes = clients * perClient == 0 ? List.of() : enterprises.create(clients * perClient);
    for (int client = 0; client < clients; client++) {
      List<Case> own = new ArrayList<>();
      for (int i = 0; i < perClient; i++) {
        own.add(new Case(client, codes.get(client * perClient + i)));
      }
      byClient.add(own);
    }
    return byClient;
  }

  /** Every client plays its cases one after another, all clients at once; the phase's wall time in nanoseconds. */
  private long clientsRun(List<List<Case>> byClient, Consumer<Case> steps, boolean measuring) throws Exception {
    this.measuring = measuring;
    List<Callable<Void>> calls = new ArrayList<>();
    for (List<Case> own : byClient) {
      calls.add(() -> {
        for (Case c : own) {
          if (!c.failed) {
            steps.accept(c);
          }
        }
        return null;
      });
    }
    long started = System.nanoTime();
    Race.run(calls, CLIENT_TIMEOUT_SECONDS);
    return System.nanoTime() - started;
  }

  private void register(Case c, String body) {
    long t0 = System.nanoTime();
    HttpResponse<String> answer = send(REGISTER, c.registrant(), "POST", "/api/tasks", body);
    if (ok(c, REGISTER, answer)) {
      JsonNode task = read(answer);
      c.taskId = task.path("id").asLong();
      c.taskNumber = task.path("taskNumber").asText();
      time(REGISTER, t0);
    }
  }

  /** What Tasklist sends: the task by the process's business key, claim, complete with the form's decision. */
  private void approve(Case c) {
    long t0 = System.nanoTime();
    HttpResponse<String> found = send(APPROVE, HEAD, "GET", "/engine-rest/task?processInstanceBusinessKey="
        + c.taskNumber + "&taskDefinitionKey=" + HeadApprovalProcessIds.APPROVE_TASK + "&maxResults=10", null);
    if (!ok(c, APPROVE, found)) {
      return;
    }
    JsonNode tasks = read(found);
    if (tasks.size() != 1) {
      fail(c, APPROVE, found);
      return;
    }
    String id = tasks.get(0).path("id").asText();
    HttpResponse<String> claimed = send(APPROVE, HEAD, "POST", "/engine-rest/task/" + id + "/claim",
        "{\"userId\":\"" + HEAD + "\"}");
    if (!ok(c, APPROVE, claimed)) {
      return;
    }
    HttpResponse<String> completed = send(APPROVE, HEAD, "POST", "/engine-rest/task/" + id + "/complete",
        "{\"variables\":{\"" + InspectionTaskProcessIds.APPROVAL_DECISION + "\":{\"value\":\"APPROVE\"}}}");
    if (ok(c, APPROVE, completed)) {
      time(APPROVE, t0);
    }
  }

  private void scanIn(Case c) {
    long t0 = System.nanoTime();
    HttpResponse<String> answer = send(SCAN_IN, c.inspector(), "POST", "/api/scan-in",
        "{\"code\":\"" + c.code + "\",\"taskId\":" + c.taskId + "}");
    if (ok(c, SCAN_IN, answer)) {
      time(SCAN_IN, t0);
    }
  }

  private void backfill(Case c) {
    long t0 = System.nanoTime();
    HttpResponse<String> answer = send(BACKFILL, c.inspector(), "POST", "/api/tasks/" + c.taskId + "/result",
        COMPLIANT);
    if (ok(c, BACKFILL, answer)) {
      time(BACKFILL, t0);
    }
  }

  /** One round of contention: every client registers 执法办案 for the enterprise at once; how many were accepted. */
  private int contend(String enterprise, int clients, LocalDate today) throws Exception {
    List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
    for (int client = 0; client < clients; client++) {
      String registrant = REGISTRANTS.get(client % REGISTRANTS.size());
      String body = "{\"enterpriseCode\":\"" + enterprise + "\",\"origin\":\"TRIGGERED\",\"triggerRecord\":\""
          + caseRecord(registrant, enterprise, today) + "\",\"kind\":\"AD_HOC\",\"itemCodes\":[\"" + ITEM + "\"],"
          + "\"inspectors\":[\"liuyang\",\"wangfang\"],\"windowStart\":\"" + today + "\",\"windowEnd\":\"" + today
          + "\"}";
      calls.add(() -> {
        long t0 = System.nanoTime();
        HttpResponse<String> answer = send(CONTENTION, registrant, "POST", "/api/tasks", body);
        record(CONTENTION, System.nanoTime() - t0);
        return answer;
      });
    }
    return (int) Race.run(calls, CLIENT_TIMEOUT_SECONDS).stream().filter(r -> r.statusCode() == 201).count();
  }

  /** R-TK-10: the case-handling record each contending registration links (one record, one task); its number. */
  private String caseRecord(String registrant, String enterprise, LocalDate today) throws Exception {
    HttpResponse<String> answer = send("trigger-record", registrant, "POST", "/api/triggers", "{\"kind\":\"CASE_HANDLING\","
        + "\"source\":\"执法办案\",\"receivedOn\":\"" + today + "\",\"content\":\"并发基准：执法办案现场核查\","
        + "\"enterpriseCode\":\"" + enterprise + "\"}");
    return json.readTree(answer.body()).path("recordNumber").asText();
  }

  private HttpResponse<String> send(String step, String user, String method, String path, String body) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofMinutes(2))
        .header("Content-Type", "application/json")
        .header("User-Agent", "ConcurrentBenchmark")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
            .getBytes(StandardCharsets.UTF_8)))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    try {
      HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (measuring || CONTENTION.equals(step)) {
        statuses.computeIfAbsent(step, s -> new ConcurrentHashMap<>())
            .computeIfAbsent(answer.statusCode(), s -> new AtomicLong()).incrementAndGet();
      }
      if (answer.statusCode() >= 500) {
        serverErrors.add(step + " " + method + " " + path + " → " + answer.statusCode() + " " + answer.body());
      }
      return answer;
    } catch (java.io.IOException e) {
      throw new IllegalStateException(step + ": " + method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private boolean ok(Case c, String step, HttpResponse<String> answer) {
    if (answer.statusCode() / 100 == 2) {
      return true;
    }
    fail(c, step, answer);
    return false;
  }

  private void fail(Case c, String step, HttpResponse<String> answer) {
    c.failed = true;
    failedCases.add(step + " of " + c.enterprise + " → " + answer.statusCode() + " " + answer.body());
  }

  private JsonNode read(HttpResponse<String> answer) {
    try {
      return json.readTree(answer.body());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("not JSON: " + answer.body(), e);
    }
  }

  private void time(String step, long t0) {
    if (measuring) {
      record(step, System.nanoTime() - t0);
    }
  }

  private void record(String step, long elapsed) {
    nanos.computeIfAbsent(step, s -> Collections.synchronizedList(new ArrayList<>())).add(elapsed);
  }

  private String report(String database, String server, int clients, int perClient, int warmupPerClient,
      LocalDate window, long lifecycles, long closed, long phase1, long phase2, int cap,
      List<Integer> acceptedPerRound, long capViolations) {
    StringBuilder s = new StringBuilder("\n## Concurrent: ").append(clients).append(" clients over HTTP, ")
        .append("h2".equals(database) ? "H2 (embedded, in memory)" : "MariaDB/MySQL (127.0.0.1:3306)")
        .append(", server ").append(server).append("\n\n");
    s.append(clients).append(" clients × ").append(perClient).append(" planned lifecycles (after ")
        .append(clients * warmupPerClient).append(" warm-up lifecycles), window ").append(window)
        .append(". Register + approve took ").append(seconds(phase1)).append(" s, scan-in + backfill ")
        .append(seconds(phase2)).append(" s: **").append(f1(lifecycles / ((phase1 + phase2) / 1e9)))
        .append(" lifecycles/s** (").append(lifecycles).append(" completed, ").append(closed)
        .append(" of them 已办结 in the database).\n\n");
    s.append("| step | requests/s | p50 ms | p95 ms | p99 ms | max ms | answers |\n|---|---:|---:|---:|---:|---:|---|\n");
    for (String step : STEPS) {
      List<Long> all = new ArrayList<>(nanos.getOrDefault(step, List.of()));
      Collections.sort(all);
      long phase = List.of(REGISTER, APPROVE).contains(step) ? phase1 : phase2;
      Map<Integer, AtomicLong> answers = new TreeMap<>(statuses.getOrDefault(step, Map.of()));
      StringBuilder byStatus = new StringBuilder();
      answers.forEach((status, n) -> byStatus.append(byStatus.length() == 0 ? "" : ", ").append(n.get())
          .append(" × ").append(status));
      s.append("| ").append(step).append(" | ")
          .append(CONTENTION.equals(step) ? "–" : f1(all.size() / (phase / 1e9))).append(" | ")
          .append(f1(ms(all, 0.50))).append(" | ").append(f1(ms(all, 0.95))).append(" | ")
          .append(f1(ms(all, 0.99))).append(" | ").append(f1(all.isEmpty() ? 0 : all.get(all.size() - 1) / 1e6))
          .append(" | ").append(byStatus).append(" |\n");
    }
    s.append("\n(approve = find + claim + complete, three requests, timed together; the answers column counts each"
        + " request.)\n\nContention on a fresh tier-C enterprise (cap ").append(cap).append("): ")
        .append(acceptedPerRound.size()).append(" rounds of ").append(clients)
        .append(" simultaneous 执法办案 registrations, accepted per round ").append(acceptedPerRound).append(".\n\n");
    s.append("**5xx answers: ").append(serverErrors.size()).append("; cap violations: ").append(capViolations)
        .append("; failed lifecycles: ").append(failedCases.size()).append("** (all three must be 0).\n");
    Map<String, Object> evidence = new LinkedHashMap<>();
    if (!serverErrors.isEmpty()) {
      evidence.put("first server errors", serverErrors.subList(0, Math.min(5, serverErrors.size())));
    }
    if (!failedCases.isEmpty()) {
      evidence.put("first failed lifecycles", failedCases.subList(0, Math.min(5, failedCases.size())));
    }
    evidence.forEach((what, list) -> s.append("\n").append(what).append(":\n").append(list).append('\n'));
    return s.toString();
  }

  private static double ms(List<Long> sorted, double quantile) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int rank = (int) Math.ceil(quantile * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(rank, sorted.size() - 1))) / 1e6;
  }

  private static String seconds(long nanos) {
    return f1(nanos / 1e9);
  }

  private static String f1(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
