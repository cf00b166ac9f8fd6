package cn.lawfulinspection.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the JDBC statements the benchmark's own thread sends through the application's {@link DataSource}, which it
 * wraps with datasource-proxy. An execution is one round trip to the database (a JDBC batch counts once); statements
 * count every statement in it (a batch of ten inserts counts ten). Other threads (none run with the job executor
 * off) are not counted. Optionally keeps how often each SQL text ran, to see what a lifecycle spends its
 * statements on.
 */
final class StatementCounter implements QueryExecutionListener, BeanPostProcessor {

  /** Round trips and statements. */
  record Count(long executions, long statements) {
    Count minus(Count earlier) {
      return new Count(executions - earlier.executions, statements - earlier.statements);
    }
  }

  private volatile Thread counted;
  private volatile boolean collectSql;
  private long executions;
  private long statements;
  private final Map<String, Long> bySql = new HashMap<>();
  private final Map<String, String> normalized = new HashMap<>();

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
      return ProxyDataSourceBuilder.create(dataSource).name("benchmark").listener(this).build();
    }
    return bean;
  }

  /** Counts from now on what {@code thread} sends; {@code null} counts nothing. */
  void countOn(Thread thread) {
    counted = thread;
  }

  /** Keeps (or stops keeping) how often each SQL text ran. */
  void collectSql(boolean on) {
    collectSql = on;
  }

  synchronized Count count() {
    return new Count(executions, statements);
  }

  /** How often each SQL text ran since the last call; clears what was kept. */
  synchronized Map<String, Long> drainSql() {
    Map<String, Long> kept = new HashMap<>(bySql);
    bySql.clear();
    return kept;
  }

  @Override
  public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {}

  @Override
  public synchronized void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    if (Thread.currentThread() != counted) {
      return;
    }
    long size = execution.isBatch() ? execution.getBatchSize() : queries.size();
    executions++;
    statements += size;
    if (collectSql) {
      for (QueryInfo query : queries) {
        bySql.merge(normalized.computeIfAbsent(query.getQuery(), StatementCounter::normalized), execution.isBatch() ? execution.getBatchSize() : 1L, Long::sum);
      }
    }
  }

  private static String normalized(String sql) {
    String oneLine = sql.replaceAll("\\s+", " ").strip();
    return oneLine.length() > 140 ? oneLine.substring(0, 140) + "…" : oneLine;
  }
}
