package cn.lawfulinspection.notice;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The notice (检查预告) as the enterprise reads it through the inspection code (R-NT-1 "enterprise page"): what it
 * was sent, or {@code sent=false} with the reason (a surprise special inspection skipped with the head's consent,
 * R-NT-3; an inspection not bound to a notice; too late, R-NT-2; not yet sent). Empty parts are left out of the JSON.
 *
 * @param items each item with its legal basis (法定依据) and compliance standard (合规标准)
 * @param window the inspection time in Chinese, e.g. 2026年3月2日至3月6日
 * @param method 检查方式
 * @param inspectors the inspectors who will come, with their certificate numbers (R-NT-1)
 * @param text the text that was sent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnterpriseNotice(boolean sent, String reason, String taskNumber, String agencyName,
    String enterpriseName, Instant sentAt, List<NoticeContent.Item> items, String window, LocalDate windowStart,
    LocalDate windowEnd, String method, List<String> inspectors, String contactName, String contactPhone, String text) {

  static EnterpriseNotice notSent(String reason) {
    return new EnterpriseNotice(false, reason, null, null, null, null, null, null, null, null, null, null, null, null,
        null);
  }
}
