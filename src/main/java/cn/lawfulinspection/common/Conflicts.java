package cn.lawfulinspection.common;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.retry.RetryContext;
import org.springframework.retry.policy.SimpleRetryPolicy;
import org.springframework.retry.support.RetryTemplate;

/**
 * Lost races (R-IG-5): simultaneous requests for the same record that the database or the engine decided against one
 * of them. The rules themselves are raced-proof (row locks and unique keys, see {@code docs/security.md}); what is
 * left is answered as a conflict (409, in Chinese, "refresh and try again"), never as a server error. Found anywhere
 * in a cause chain, since Spring, Hibernate and the engine wrap them:
 * <ul>
 *   <li>a duplicate key (the unique keys behind one result, one evaluation, one scan-in per task, unique numbers);
 *   <li>a lock not granted in time, a deadlock, a serialization failure;
 *   <li>an optimistic-locking failure (Camunda's, when two people complete or claim the same user task, or JPA's).
 * </ul>
 * A deadlock victim or an optimistic-locking failure left nothing behind and may simply run again ({@link #retried},
 * Spring Retry's {@link RetryTemplate}): registration does so before it answers 409.
 */
public final class Conflicts {

  /** The rule a lost race is reported under. */
  public static final String RULE = "R-IG-5";
  /** What the person whose request lost reads. */
  public static final String MESSAGE = "操作冲突：该记录正被其他请求同时办理，本次操作未生效，请刷新后重试。";

  /** Camunda's built-in exception codes (BuiltinExceptionCode) for an optimistic-locking failure and a deadlock. */
  private static final int ENGINE_OPTIMISTIC_LOCKING = 1;
  private static final int ENGINE_DEADLOCK = 10_000;

  /** MySQL / MariaDB error codes: duplicate key, lock wait timeout, deadlock. */
  private static final int MYSQL_DUPLICATE_KEY = 1062;
  private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;
  private static final int MYSQL_DEADLOCK = 1213;
  /** H2 error codes: duplicate key, deadlock, lock timeout, concurrent update. */
  private static final int H2_DUPLICATE_KEY = 23505;
  private static final int H2_DEADLOCK = 40001;
  private static final int H2_LOCK_TIMEOUT = 50200;
  private static final int H2_CONCURRENT_UPDATE = 90131;

  /** How often a transaction that lost a race is run in all ({@link #retried}). */
  static final int ATTEMPTS = 3;

  private static final RetryTemplate RETRY = RetryTemplate.builder()
      .customPolicy(new SimpleRetryPolicy(ATTEMPTS) {
        @Override
        public boolean canRetry(RetryContext context) {
          Throwable last = context.getLastThrowable();
          return (last == null || retryable(last)) && super.canRetry(context);
        }
      })
      .uniformRandomBackoff(20, 120)
      .build();

  private Conflicts() {}

  /** The lost race in the cause chain of {@code error}, if it is one. */
  public static Optional<Throwable> in(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (lostRace(t)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the whole transaction may simply run again: it was chosen as a deadlock victim or failed an optimistic
   * lock, so nothing of it is left and a second run sees the winner's work. Not a duplicate key or a lock timeout: a
   * rerun would meet the same winner or wait as long again.
   */
  public static boolean retryable(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OptimisticLockingException || t instanceof OptimisticLockingFailureException
          || t instanceof ProcessEngineException e && (e.getCode() == ENGINE_OPTIMISTIC_LOCKING
              || e.getCode() == ENGINE_DEADLOCK)
          || t instanceof SQLException sql && deadlock(sql)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Runs {@code transaction} (a call that opens and ends its own transaction) again when it failed in a way a second
   * run resolves ({@link #retryable}): at most {@value #ATTEMPTS} attempts, a short random pause between them; any
   * other failure, and the last one, propagates as it is.
   */
  public static <T> T retried(Supplier<T> transaction) {
    return RETRY.execute(attempt -> transaction.get());
  }

  private static boolean lostRace(Throwable t) {
    if (t instanceof ConcurrencyFailureException || t instanceof DuplicateKeyException
        || t instanceof OptimisticLockingException || t instanceof TaskAlreadyClaimedException
        || t instanceof jakarta.persistence.OptimisticLockException
        || t instanceof jakarta.persistence.PessimisticLockException
        || t instanceof jakarta.persistence.LockTimeoutException
        || t instanceof org.hibernate.StaleStateException
        || t instanceof org.hibernate.PessimisticLockException
        || t instanceof org.hibernate.exception.LockAcquisitionException) {
      return true;
    }
    if (t instanceof ConstraintViolationException c) {
      return c.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE;
    }
    if (t instanceof ProcessEngineException e) {
      return e.getCode() == ENGINE_OPTIMISTIC_LOCKING || e.getCode() == ENGINE_DEADLOCK;
    }
    if (t instanceof SQLException sql) {
      int code = sql.getErrorCode();
      return deadlock(sql) || code == MYSQL_DUPLICATE_KEY || code == MYSQL_LOCK_WAIT_TIMEOUT
          || code == H2_DUPLICATE_KEY || code == H2_LOCK_TIMEOUT || code == H2_CONCURRENT_UPDATE
          || "23505".equals(sql.getSQLState());
    }
    return false;
  }

  /** SQLSTATE class 40 (transaction rollback: deadlock, serialization failure) or the vendors' deadlock codes. */
  private static boolean deadlock(SQLException sql) {
    String state = sql.getSQLState();
    return state != null && state.startsWith("40") || sql.getErrorCode() == MYSQL_DEADLOCK
        || sql.getErrorCode() == H2_DEADLOCK;
  }
}
