package cn.lawfulinspection.trigger;

import java.time.Instant;
import java.time.YearMonth;

/**
 * R-SV-2: the justice bureau's exception (过度检查例外): one more triggered inspection of the enterprise in the month
 * above the block level, granted with a reason by a supervisor (audited: who, when, why).
 *
 * @param usedByTaskNumber the task that used it, {@code null} while unused
 */
public record OverInspectionException(long id, String number, String enterpriseCode, String enterpriseName,
    YearMonth month, String reason, String grantedBy, Instant grantedAt, String usedByTaskNumber) {}
