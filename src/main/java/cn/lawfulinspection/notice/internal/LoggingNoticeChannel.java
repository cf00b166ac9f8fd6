package cn.lawfulinspection.notice.internal;

import cn.lawfulinspection.notice.NoticeChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The default adapter of {@link NoticeChannel}: writes the notice to the log. The enterprise reads it today from
 * the stored notice; an SMS or platform adapter replaces this bean later.
 */
@Component
class LoggingNoticeChannel implements NoticeChannel {

  private static final Logger log = LoggerFactory.getLogger(LoggingNoticeChannel.class);

  @Override
  public String name() {
    return "LOG";
  }

  @Override
  public void send(OutgoingNotice notice) {
    log.info("检查预告 {} → {} {}: {}{}", notice.taskNumber(), notice.enterpriseCode(), notice.enterpriseName(),
        notice.text(), notice.verificationUrl() == null ? "" : " 核验检查任务、查看预告：" + notice.verificationUrl());
  }

  @Override
  public void sendResult(OutgoingResult result) {
    log.info("检查结果告知 {} → {} {}: {}", result.taskNumber(), result.enterpriseCode(), result.enterpriseName(),
        result.text());
  }

  @Override
  public void sendServiceLink(OutgoingServiceLink link) {
    log.info("企业服务链接 → {} {}: {}", link.enterpriseCode(), link.enterpriseName(), link.text());
  }
}
