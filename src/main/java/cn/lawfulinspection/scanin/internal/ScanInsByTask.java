package cn.lawfulinspection.scanin.internal;

import java.util.Optional;

/** Finding a task's scan-in by the task (one per task, R-SC-1): a Spring Data fragment of {@link ScanIns}. */
public interface ScanInsByTask {

  /**
   * The task's scan-in. By natural id: a record this transaction already holds (the one it has just written, or read)
   * is answered from the persistence context without a query; any other is read from the database, where READ
   * COMMITTED shows what other transactions have committed.
   */
  Optional<ScanInEntity> findByTaskId(long taskId);
}
