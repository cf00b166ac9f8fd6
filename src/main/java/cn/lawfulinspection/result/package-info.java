/**
 * Result backfill (回填检查结果, R-RS-1, R-SC-1, R-MD-1): the inspector's result of each item of an inspected task,
 * the first-violation exemption (首违不罚, R-RS-5), telling the enterprise (R-RS-2), and the called process
 * {@code ResultBackfillProcess} with its overdue escalation.
 */
package cn.lawfulinspection.result;
