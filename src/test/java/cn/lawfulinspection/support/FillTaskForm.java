package cn.lawfulinspection.support;

/**
 * What Tasklist submits when 刘洋 completes 填写检查任务 (fill-task, 登记检查任务) by choosing: a complaint of
 * 市场监督管理局 linked to its trigger record, 临时检查, item SCJG-001, inspectors scjg-002 and scjg-003, one day.
 */
public final class FillTaskForm {

  private FillTaskForm() {}

  /** The {@code submit-form} body for a triggered task of {@code enterprise} linked to {@code triggerRecord} on {@code day}. */
  public static String complaint(String enterprise, String triggerRecord, String day) {
    return """
        {"variables":{"searchAgain":{"value":false},"enterpriseCode":{"value":"%s"},"origin":{"value":"TRIGGERED"},
         "triggerRecord":{"value":"%s"},"kind":{"value":"AD_HOC"},
         "itemCodes":{"value":"[\\"SCJG-001\\"]","type":"Json"},"inspectors":{"value":"[\\"scjg-002\\",\\"scjg-003\\"]","type":"Json"},
         "windowStart":{"value":"%s"},"windowEnd":{"value":"%s"},"emergency":{"value":false},"surprise":{"value":false}}}"""
        .formatted(enterprise, triggerRecord, day, day);
  }
}
