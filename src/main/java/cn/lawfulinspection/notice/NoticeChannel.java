package cn.lawfulinspection.notice;

/**
 * The notification port (通知端口): delivers a notice (检查预告) and the result of an inspection (检查结果告知,
 * R-RS-2) to an enterprise. The default adapter only logs; an
 * SMS or government-platform adapter plugs in later as another bean implementing this interface (marked
 * {@code @Primary} or replacing the default).
 */
public interface NoticeChannel {

  /** A short name stored with the notice, e.g. {@code LOG}, {@code SMS}. */
  String name();

  /** Delivers the notice; throws when it cannot (the sending step then fails and nothing is stored). */
  void send(OutgoingNotice notice);

  /** Tells the enterprise the backfilled result (R-RS-2); throws when it cannot (nothing is then stored). */
  void sendResult(OutgoingResult result);

  /**
   * What goes to the enterprise.
   *
   * @param taskNumber the task (任务编号)
   * @param enterpriseCode the enterprise's unified social credit code
   * @param enterpriseName its name
   * @param content the checked content (R-NT-1)
   * @param text the Chinese text the enterprise reads
   * @param verificationUrl the page of the task's inspection code (检查码), where the enterprise verifies the task and
   *     reads this notice; {@code null} when no code could be issued. Absolute, on the platform's public address
   *     ({@code inspection.qr.base-url}, else its local address). The inspector shows the same code, so it never files
   *     an evaluation or a rectification report (R-IG-7): those take the result's {@code followUpUrl}
   */
  record OutgoingNotice(String taskNumber, String enterpriseCode, String enterpriseName, NoticeContent content,
      String text, String verificationUrl) {}

  /**
   * The result of an inspection as the enterprise is told it (R-RS-2).
   *
   * @param taskNumber the task (任务编号)
   * @param enterpriseCode the enterprise's unified social credit code
   * @param enterpriseName its name
   * @param problemsFound whether some item had a problem (then a rectification deadline is set)
   * @param text the Chinese text the enterprise reads
   * @param followUpUrl the page where the enterprise reads the result, reports its rectification (R-RS-4) and
   *     evaluates the inspection (R-RS-3), with the enterprise's own follow-up code (检查结果告知链接, R-IG-7): it
   *     reaches the enterprise through this port only and is never stored or shown to staff, so an adapter must not
   *     copy it anywhere staff can read it
   */
  record OutgoingResult(String taskNumber, String enterpriseCode, String enterpriseName, boolean problemsFound,
      String text, String followUpUrl) {}

  /**
   * Sends the enterprise the link to its own service page (企业服务链接, R-TK-9, R-NT-4): there it asks for guidance or
   * invites a visit, reads the agency's answers and consents to a visit. Like the result's follow-up link it reaches
   * the enterprise through this port only and is never stored or shown to staff (R-IG-7). Throws when it cannot.
   */
  void sendServiceLink(OutgoingServiceLink link);

  /**
   * The enterprise's service link.
   *
   * @param enterpriseCode the enterprise's unified social credit code
   * @param enterpriseName its name
   * @param text the Chinese text the enterprise reads
   * @param serviceUrl the enterprise's page with its own code (never the inspection code)
   */
  record OutgoingServiceLink(String enterpriseCode, String enterpriseName, String text, String serviceUrl) {}
}
