package cn.lawfulinspection.task;

import java.time.YearMonth;

/**
 * R-SV-2: the justice bureau's exceptions (过度检查例外) that let one triggered inspection of an enterprise go ahead
 * above the block level of a month (implemented by the module {@code trigger}).
 */
public interface OverInspectionExceptions {

  /**
   * Locks the exception (by number) until the transaction ends, after checking that it was granted for this enterprise
   * and month and is not used by another task than {@code exceptTaskNumber}; refuses (R-SV-2) otherwise (409 when
   * another task used it).
   */
  void lockForTask(String number, String enterpriseCode, YearMonth month, String exceptTaskNumber);

  /** Marks the locked exception as used by the task. */
  void use(String number, String taskNumber);
}
