package cn.lawfulinspection.task;

import java.util.Collection;
import java.util.List;

/**
 * R-TK-10: the trigger records a registration links (implemented by the module {@code trigger}, which registers them).
 * One record concerns one enterprise and justifies one task.
 */
public interface TriggerRecords {

  /** Registers a record for the agency of the authenticated user, who is its registrant (R-IG-2). */
  TriggerRecord register(NewTriggerRecord record);

  /**
   * The agency's record by id or number, its row locked until the transaction ends (R-IG-5), after checking that it
   * concerns the enterprise and is not used by another task than {@code exceptTaskNumber}. Refuses (R-TK-10) an unknown
   * record, another agency's or another enterprise's; a record already used answers a 409 conflict.
   */
  TriggerRecord lockForTask(String reference, String agencyCode, String enterpriseCode, String exceptTaskNumber);

  /** Marks the locked record as used by the task. */
  void use(long recordId, String taskNumber);

  /** Frees a record the task no longer links (a revision chose another one). */
  void release(long recordId, String taskNumber);

  /** The agency's open (not yet used) records of these enterprises, newest first (Tasklist's choice). */
  List<TriggerRecord> open(String agencyCode, Collection<String> enterpriseCodes);
}
