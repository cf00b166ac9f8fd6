package cn.lawfulinspection.result;

import java.time.LocalDate;
import java.util.List;

/**
 * What the inspector backfills (回填检查结果), from the REST API or the Tasklist form.
 *
 * @param items one entry per item of the task
 * @param rectificationDeadline required when a problem was found: the day the enterprise rectifies by (R-RS-4)
 * @param remarks optional remarks on the whole inspection
 */
public record ResultSubmission(List<Entry> items, LocalDate rectificationDeadline, String remarks) {

  /**
   * The result of one item.
   *
   * @param findings the problem found, or why the item was not checked; required then
   * @param minor a minor violation (轻微), for the first-violation exemption (R-RS-5)
   * @param evidence photo or file ids, body-camera recording references (证据)
   */
  public record Entry(String itemCode, ItemOutcome outcome, String findings, boolean minor, List<String> evidence) {}
}
