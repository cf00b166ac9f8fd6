package cn.lawfulinspection.benchmark;

import cn.lawfulinspection.InspectionApplication;
import cn.lawfulinspection.benchmark.Lifecycle.Case;
import cn.lawfulinspection.benchmark.Lifecycle.Step;
import cn.lawfulinspection.common.PlatformClock;
import cn.lawfulinspection.support.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lifecycle benchmark (docs/benchmarks.md), a program: {@code ./mvnw -Pbenchmark verify}. On each database
 * ({@code -Dbenchmark.database=h2|mariadb|both}) it boots the real application (profile {@code test}, demo data on,
 * job executor off; MariaDB in a fresh database {@value #SCHEMA} on 127.0.0.1:3306), drives
 * {@code -Dbenchmark.lifecycles} (200) complete planned lifecycles through our services ({@link PlatformLifecycle})
 * and as many through the same models with no-op delegates and listeners ({@link FloorLifecycle}, derived from
 * {@code bpmn/} at start by {@link FloorModels}), after a warm-up, in alternating
 * rounds so both see the same database growth, and prints lifecycles per second, p50/p95 per step, JDBC statements
 * per lifecycle and the ratios; the same report goes to {@code target/benchmark-results.md}.
 */
public final class LifecycleBenchmark {

  static final String SCHEMA = "inspection_bench";
  static final double TARGET_THROUGHPUT = 0.7;
  static final double TARGET_STATEMENTS = 1.3;
  /** When the measurement was taken: a program's report, not a test, so the wall clock on purpose. */
  static final Clock REPORT_CLOCK = Clock.system(PlatformClock.CHINA);

  private LifecycleBenchmark() {}

  public static void main(String[] args) throws Exception {
    int lifecycles = Integer.getInteger("benchmark.lifecycles", 200);
    int warmup = Integer.getInteger("benchmark.warmup", Math.max(20, lifecycles / 5));
    int rounds = Math.min(lifecycles, Integer.getInteger("benchmark.rounds", Math.max(1, lifecycles / 10)));
    String database = System.getProperty("benchmark.database", "both");
    Path output = Path.of(System.getProperty("benchmark.output", "target/benchmark-results.md"));
    StringBuilder report = new StringBuilder("# Lifecycle benchmark results\n\n")
        .append(ZonedDateTime.now(REPORT_CLOCK).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append(", ")
        .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
        .append(System.getProperty("java.version")).append(", ").append(System.getProperty("os.name")).append(' ')
        .append(System.getProperty("os.arch")).append(", max heap ")
        .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB. ").append(lifecycles)
        .append(" lifecycles per variant after ").append(warmup).append(" warm-up lifecycles, in ").append(rounds)
        .append(" alternating rounds.\n");
    String mode = System.getProperty("benchmark.mode", "both");
    int clients = Integer.getInteger("benchmark.clients", 16);
    int perClient = Integer.getInteger("benchmark.perClient", 25);
    int warmupPerClient = Integer.getInteger("benchmark.warmupPerClient", Math.max(1, perClient / 5));
    int contentionRounds = Integer.getInteger("benchmark.contentionRounds", 10);
    boolean met = true;
    for (String db : "both".equals(database) ? List.of("h2", "mariadb") : List.of(database)) {
      if (!"concurrent".equals(mode)) {
        Result result = runOn(db, lifecycles, warmup, rounds);
        report.append(result.section());
        met &= result.met();
        System.out.println(result.section());
      }
      if (!"single".equals(mode)) {
        ConcurrentBenchmark.Result result = ConcurrentBenchmark.runOn(db, clients, perClient, warmupPerClient,
            contentionRounds);
        report.append(result.section());
        met &= result.serverErrors() == 0 && result.capViolations() == 0 && result.failedLifecycles() == 0;
        System.out.println(result.section());
      }
    }
    Files.createDirectories(output.toAbsolutePath().getParent());
    Files.writeString(output, report);
    System.out.println("Written to " + output.toAbsolutePath() + (met ? "" : " (a target was missed)"));
    System.exit(0);
  }

  record Result(String section, boolean met) {}

  static Result runOn(String database, int lifecycles, int warmup, int rounds) {
    StatementCounter counter = new StatementCounter();
    try (ConfigurableApplicationContext context = boot(database, counter)) {
      Actors actors = new Actors(context.getBean(IdentityService.class));
      int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
      List<Lifecycle> variants = List.of(
          new PlatformLifecycle(context, actors, new BenchmarkEnterprises(port)),
          new FloorLifecycle(context, actors));
      Map<Lifecycle, List<Case>> warm = new LinkedHashMap<>();
      Map<Lifecycle, List<Case>> measured = new LinkedHashMap<>();
      Map<Lifecycle, Measurement> measurements = new LinkedHashMap<>();
      for (Lifecycle variant : variants) {
        warm.put(variant, variant.prepare(warmup));
        measured.put(variant, variant.prepare(lifecycles));
        measurements.put(variant, new Measurement(variant.name(),
            variant.steps().stream().map(Step::name).toList(), lifecycles));
      }
      for (Lifecycle variant : variants) {
        warm.get(variant).forEach(c -> variant.steps().forEach(step -> step.action().accept(c)));
      }
      counter.countOn(Thread.currentThread());
      counter.collectSql(true);
      for (int round = 0; round < rounds; round++) {
        for (Lifecycle variant : variants) {
          List<Case> cases = measured.get(variant);
          measure(variant, cases.subList(round * lifecycles / rounds, (round + 1) * lifecycles / rounds),
              round * lifecycles / rounds, measurements.get(variant), counter);
        }
      }
      counter.countOn(null);
      for (Lifecycle variant : variants) {
        long ended = variant.ended();
        if (ended != warmup + lifecycles) {
          throw new IllegalStateException(variant.name() + ": " + ended + " of " + (warmup + lifecycles)
              + " lifecycles reached the end");
        }
      }
      String server = context.getBean(JdbcTemplate.class).queryForObject(
          "h2".equals(database) ? "select h2version()" : "select version()", String.class);
      return Report.section(database, server, List.copyOf(measurements.values()));
    }
  }

  private static void measure(Lifecycle variant, List<Case> cases, int first, Measurement m,
      StatementCounter counter) {
    long started = System.nanoTime();
    for (int i = 0; i < cases.size(); i++) {
      for (Step step : variant.steps()) {
        StatementCounter.Count before = counter.count();
        long t0 = System.nanoTime();
        step.action().accept(cases.get(i));
        m.add(step.name(), first + i, System.nanoTime() - t0, counter.count().minus(before));
      }
    }
    m.totalNanos += System.nanoTime() - started;
    m.lifecycles += cases.size();
    counter.drainSql().forEach((sql, n) -> m.sql.merge(sql, n, Long::sum));
  }

  static ConfigurableApplicationContext boot(String database, StatementCounter counter) {
    return boot(database, counter, "inspection-bench");
  }

  /** @param h2Name the in-memory H2 database's name: one per run in one JVM, so that runs never share data */
  static ConfigurableApplicationContext boot(String database, StatementCounter counter, String h2Name) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("server.port", "0");
    properties.put("spring.main.banner-mode", "off");
    // the logging notice adapter writes one line per notice; silenced so that the report stays readable. A system
    // property, because Spring Boot sets the log levels before the initializer below adds the benchmark's properties
    // (set there, the level was ignored and every notice was logged inside the measured steps)
    System.setProperty("logging.level.cn.lawfulinspection.notice", "warn");
    boolean mySqlFamily = !"h2".equals(database);
    if (mySqlFamily) {
      TestDatabase.recreate(SCHEMA);
      properties.putAll(TestDatabase.mySqlProperties(database, SCHEMA));
    } else {
      properties.put("spring.datasource.url", "jdbc:h2:mem:" + h2Name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
    }
    SpringApplication application = new SpringApplication(InspectionApplication.class);
    application.setAdditionalProfiles(mySqlFamily ? new String[] {"test", "mysql"} : new String[] {"test"});
    application.addInitializers(context -> {
      context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("benchmark", properties));
      context.getBeanFactory().addBeanPostProcessor(counter);
      context.getBeanFactory().registerSingleton(FloorModels.NO_OP_DELEGATE, FloorLifecycle.NO_OP);
      context.getBeanFactory().registerSingleton(FloorModels.NO_OP_LISTENER, FloorLifecycle.NO_OP);
    });
    return application.run();
  }

  /** The Markdown report of one database. */
  static final class Report {

    private Report() {}

    static Result section(String database, String server, List<Measurement> measurements) {
      Measurement ours = measurements.get(0);
      Measurement floor = measurements.get(1);
      StringBuilder s = new StringBuilder("\n## ").append("h2".equals(database) ? "H2 (embedded, in memory)"
          : "MariaDB/MySQL (127.0.0.1:3306)").append(", server ").append(server).append("\n\n");
      s.append("| variant | lifecycles/s |");
      ours.steps.forEach(step -> s.append(' ').append(step).append(" p50 / p95 ms |"));
      s.append(" round trips / lifecycle | statements / lifecycle |\n|---|---:|");
      ours.steps.forEach(step -> s.append("---:|"));
      s.append("---:|---:|\n");
      for (Measurement m : measurements) {
        s.append("| ").append(m.variant).append(" | ").append(f1(m.perSecond())).append(" |");
        m.steps.forEach(step -> s.append(' ').append(f1(m.millis(step, 0.5))).append(" / ")
            .append(f1(m.millis(step, 0.95))).append(" |"));
        s.append(' ').append(f1(m.executionsPerLifecycle())).append(" | ").append(f1(m.statementsPerLifecycle()))
            .append(" |\n");
      }
      double throughput = ours.perSecond() / floor.perSecond();
      double statements = ours.statementsPerLifecycle() / floor.statementsPerLifecycle();
      s.append("| **platform ÷ floor** | **").append(f2(throughput)).append("×** |");
      ours.steps.forEach(step -> s.append(' ').append(f2(ours.millis(step, 0.5) / floor.millis(step, 0.5)))
          .append("× / ").append(f2(ours.millis(step, 0.95) / floor.millis(step, 0.95))).append("× |"));
      s.append(' ').append(f2(ours.executionsPerLifecycle() / floor.executionsPerLifecycle())).append("× | **")
          .append(f2(statements)).append("×** |\n\n");
      s.append("Statements per step (round trips / statements): ");
      for (Measurement m : measurements) {
        s.append(m.variant).append(' ');
        m.steps.forEach(step -> s.append(step).append(' ').append(f1(m.executionsPerLifecycle(step))).append('/')
            .append(f1(m.statementsPerLifecycle(step))).append(", "));
        s.setLength(s.length() - 2);
        s.append("; ");
      }
      s.setLength(s.length() - 2);
      boolean met = throughput >= TARGET_THROUGHPUT && statements <= TARGET_STATEMENTS;
      s.append(".\n\nTargets: throughput ≥ ").append(TARGET_THROUGHPUT).append("× the floor: ")
          .append(throughput >= TARGET_THROUGHPUT ? "met" : "**missed**").append("; statements ≤ ")
          .append(TARGET_STATEMENTS).append("× the floor: ")
          .append(statements <= TARGET_STATEMENTS ? "met" : "**missed**").append(".\n");
      s.append("\n<details><summary>What the platform adds to the floor: statements per lifecycle by SQL text")
          .append("</summary>\n\n| platform | floor | SQL |\n|---:|---:|---|\n");
      Map<String, Double> added = new HashMap<>();
      ours.sql.forEach((sql, n) -> added.merge(sql, (double) n / ours.lifecycles, Double::sum));
      floor.sql.forEach((sql, n) -> added.merge(sql, -(double) n / floor.lifecycles, Double::sum));
      added.entrySet().stream().filter(e -> Math.abs(e.getValue()) >= 0.5)
          .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
          .forEach(e -> s.append("| ").append(f1(perLifecycle(ours, e.getKey()))).append(" | ")
              .append(f1(perLifecycle(floor, e.getKey()))).append(" | `")
              .append(e.getKey().replace("|", "\\|").replace("`", "'")).append("` |\n"));
      s.append("\n</details>\n");
      return new Result(s.toString(), met);
    }

    private static double perLifecycle(Measurement m, String sql) {
      return (double) m.sql.getOrDefault(sql, 0L) / m.lifecycles;
    }

    private static String f1(double value) {
      return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String f2(double value) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
  }
}
