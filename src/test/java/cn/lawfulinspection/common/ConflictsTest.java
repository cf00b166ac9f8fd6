package cn.lawfulinspection.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;

class ConflictsTest {

  static final SQLException MYSQL_DEADLOCK = new SQLTransactionRollbackException(
      "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);
  static final SQLException MYSQL_LOCK_WAIT = new SQLException("Lock wait timeout exceeded", "HY000", 1205);
  static final SQLException H2_LOCK_TIMEOUT = new SQLException("Timeout trying to lock table", "HYT00", 50200);
  static final SQLException H2_DUPLICATE = new SQLIntegrityConstraintViolationException(
      "Unique index or primary key violation", "23505", 23505);
  static final SQLException H2_NOT_NULL = new SQLIntegrityConstraintViolationException(
      "NULL not allowed for column", "23502", 23502);

  @Test
  @DisplayName("R-IG-5 a deadlock victim is a lost race and may run again, however the engine or Spring wraps it")
  void deadlock() {
    RuntimeException inEngine = new ProcessEngineException("ENGINE-03083 batch failed",
        new RuntimeException("flush", MYSQL_DEADLOCK));
    RuntimeException inSpring = new CannotAcquireLockException("could not execute statement", MYSQL_DEADLOCK);

    assertThat(Conflicts.in(inEngine)).contains(MYSQL_DEADLOCK);
    assertThat(Conflicts.in(inSpring)).isPresent();
    assertThat(Conflicts.retryable(inEngine)).isTrue();
    assertThat(Conflicts.retryable(inSpring)).isTrue();
  }

  @Test
  @DisplayName("R-IG-5 an optimistic lock of the engine (two completions of one user task) is a lost race and may run again; a task already claimed is a lost race")
  void engineOptimisticLock() {
    RuntimeException wrapped = new ProcessEngineException("listener failed", new OptimisticLockingException("stale"));

    assertThat(Conflicts.in(wrapped)).isPresent();
    assertThat(Conflicts.retryable(wrapped)).isTrue();
    assertThat(Conflicts.in(new TaskAlreadyClaimedException("t1", "huangmin"))).isPresent();
  }

  @Test
  @DisplayName("R-IG-5 a duplicate key or a lock not granted in time is a lost race that a rerun would not resolve")
  void duplicateAndLockTimeout() {
    for (SQLException cause : new SQLException[] {H2_DUPLICATE, MYSQL_LOCK_WAIT, H2_LOCK_TIMEOUT}) {
      RuntimeException e = new DataIntegrityViolationException("insert failed", cause);
      assertThat(Conflicts.in(e)).as(cause.getMessage()).isPresent();
      assertThat(Conflicts.retryable(e)).as(cause.getMessage()).isFalse();
    }
    assertThat(Conflicts.in(new DataIntegrityViolationException("dup",
        new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062)))).isPresent();
  }

  @Test
  @DisplayName("R-IG-5 other failures are no race: a missing value, a refusal, a bug")
  void notARace() {
    assertThat(Conflicts.in(new DataIntegrityViolationException("not null", H2_NOT_NULL))).isEmpty();
    assertThat(Conflicts.in(new RuleViolationException("R-RS-1", "taskId", "已回填"))).isEmpty();
    assertThat(Conflicts.in(new ProcessEngineException("listener", new NullPointerException()))).isEmpty();
    assertThat(Conflicts.retryable(new ProcessEngineException("listener", new NullPointerException()))).isFalse();
  }

  @Test
  @DisplayName("R-IG-5 a transaction chosen as deadlock victim runs again and succeeds; a refusal is not repeated; after three lost runs the failure propagates")
  void retried() {
    AtomicInteger runs = new AtomicInteger();
    String registered = Conflicts.retried(() -> {
      if (runs.incrementAndGet() == 1) {
        throw new CannotAcquireLockException("deadlock", MYSQL_DEADLOCK);
      }
      return "RW-SCJG-2026-0001";
    });
    assertThat(registered).isEqualTo("RW-SCJG-2026-0001");
    assertThat(runs).hasValue(2);

    AtomicInteger refused = new AtomicInteger();
    assertThatThrownBy(() -> Conflicts.retried(() -> {
      refused.incrementAndGet();
      throw new RuleViolationException("R-TK-5", "enterpriseId", "已达上限");
    })).isInstanceOf(RuleViolationException.class);
    assertThat(refused).hasValue(1);

    AtomicInteger lost = new AtomicInteger();
    assertThatThrownBy(() -> Conflicts.retried(() -> {
      lost.incrementAndGet();
      throw new CannotAcquireLockException("deadlock", MYSQL_DEADLOCK);
    })).isInstanceOf(CannotAcquireLockException.class);
    assertThat(lost).hasValue(Conflicts.ATTEMPTS);
  }
}
