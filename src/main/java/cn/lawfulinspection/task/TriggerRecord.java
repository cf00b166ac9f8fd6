package cn.lawfulinspection.task;

import java.time.LocalDate;

/**
 * R-TK-10: the record that triggers an unplanned inspection (触发记录) as the task links it: its number, kind (the
 * task's trigger comes from here, never from the request), source, the 12345 hotline ticket when there is one, the
 * day it was received, its content and the enterprise it concerns.
 *
 * @param usedByTaskNumber the task it triggered, {@code null} while open
 */
public record TriggerRecord(long id, String recordNumber, String agencyCode, TriggerReason kind, String source,
    String hotlineTicket, LocalDate receivedOn, String content, String enterpriseCode, String enterpriseName,
    String registeredBy, String usedByTaskNumber) {

  /** What a person reads in a list or in the task's trigger description. */
  public String summary() {
    return recordNumber + " " + kind.label() + (hotlineTicket == null ? "" : "（12345 工单 " + hotlineTicket + "）")
        + "，" + receivedOn + " 收到，来源：" + source + "：" + content;
  }
}
