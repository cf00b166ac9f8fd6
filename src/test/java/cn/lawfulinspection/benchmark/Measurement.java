package cn.lawfulinspection.benchmark;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the benchmark measured for one variant on one database. */
final class Measurement {

  final String variant;
  final List<String> steps;
  final Map<String, long[]> nanos = new LinkedHashMap<>();
  final Map<String, StatementCounter.Count> counts = new LinkedHashMap<>();
  final Map<String, Long> sql = new HashMap<>();
  long lifecycles;
  long totalNanos;

  Measurement(String variant, List<String> steps, int capacity) {
    this.variant = variant;
    this.steps = steps;
    for (String step : steps) {
      nanos.put(step, new long[capacity]);
      counts.put(step, new StatementCounter.Count(0, 0));
    }
  }

  void add(String step, int index, long elapsed, StatementCounter.Count count) {
    nanos.get(step)[index] = elapsed;
    StatementCounter.Count sum = counts.get(step);
    counts.put(step, new StatementCounter.Count(sum.executions() + count.executions(),
        sum.statements() + count.statements()));
  }

  double perSecond() {
    return lifecycles / (totalNanos / 1e9);
  }

  /** Milliseconds at the percentile ({@code 0.5}, {@code 0.95}) of the step's latencies. */
  double millis(String step, double percentile) {
    long[] sorted = Arrays.copyOf(nanos.get(step), (int) lifecycles);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(percentile * sorted.length) - 1;
    return sorted[Math.max(0, rank)] / 1e6;
  }

  double executionsPerLifecycle(String step) {
    return (double) counts.get(step).executions() / lifecycles;
  }

  double statementsPerLifecycle(String step) {
    return (double) counts.get(step).statements() / lifecycles;
  }

  double executionsPerLifecycle() {
    return counts.values().stream().mapToLong(StatementCounter.Count::executions).sum() / (double) lifecycles;
  }

  double statementsPerLifecycle() {
    return counts.values().stream().mapToLong(StatementCounter.Count::statements).sum() / (double) lifecycles;
  }
}
