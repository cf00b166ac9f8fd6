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
   * @param verificationUrl the page of the task's inspection code (检查码), where the enterprise verifies the task,
   *     reads this notice and later evaluates the inspection (R-RS-3); {@code null} when no code could be issued.
   *     Absolute when {@code inspection.qr.base-url} is set or the notice goes out during a web request
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
   *     evaluates the inspection (R-RS-3), with a code valid for the follow-up; {@code null} when none could be issued
   */
  record OutgoingResult(String taskNumber, String enterpriseCode, String enterpriseName, boolean problemsFound,
      String text, String followUpUrl) {}
}
