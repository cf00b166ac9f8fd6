package cn.lawfulinspection.support;

import cn.lawfulinspection.notice.NoticeChannel;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Test-only: what reached the enterprises through the notification port (通知端口), as an SMS inbox would show it. The
 * platform's own adapter (the bean {@code loggingNoticeChannel}) keeps working; every result message it delivers is
 * also kept here, so a test can open the enterprise's follow-up link (检查结果告知链接, R-IG-7) the way the enterprise
 * does. No staff-facing API returns that link; this is the tests' only way to it besides the log.
 */
@Component
public class EnterpriseInbox implements BeanPostProcessor {

  static final String CHANNEL_BEAN = "loggingNoticeChannel";

  private final List<NoticeChannel.OutgoingResult> results = new CopyOnWriteArrayList<>();
  private final List<NoticeChannel.OutgoingServiceLink> serviceLinks = new CopyOnWriteArrayList<>();

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (CHANNEL_BEAN.equals(beanName) && bean instanceof NoticeChannel channel) {
      return new Recording(channel);
    }
    return bean;
  }

  /** The newest result message sent for the task, if any. */
  public Optional<NoticeChannel.OutgoingResult> resultOf(String taskNumber) {
    return results.stream().filter(r -> r.taskNumber().equals(taskNumber)).reduce((a, b) -> b);
  }

  /** The code of the follow-up link the enterprise received with the task's result; fails when none was sent. */
  public String followUpCode(String taskNumber) {
    String url = resultOf(taskNumber).map(NoticeChannel.OutgoingResult::followUpUrl).orElseThrow(
        () -> new AssertionError("no result message for " + taskNumber + " reached the enterprise"));
    return url.substring(url.indexOf("?c=") + 3);
  }

  /** The code of the newest service link (企业服务链接) the enterprise received; fails when none was sent. */
  public String serviceCode(String enterpriseCode) {
    String url = serviceLinks.stream().filter(l -> l.enterpriseCode().equals(enterpriseCode)).reduce((a, b) -> b)
        .map(NoticeChannel.OutgoingServiceLink::serviceUrl).orElseThrow(
            () -> new AssertionError("no service link reached the enterprise " + enterpriseCode));
    return url.substring(url.indexOf("?c=") + 3);
  }

  /** The adapter as it is, plus the inbox. */
  private final class Recording implements NoticeChannel {

    private final NoticeChannel delegate;

    Recording(NoticeChannel delegate) {
      this.delegate = delegate;
    }

    @Override
    public String name() {
      return delegate.name();
    }

    @Override
    public void send(OutgoingNotice notice) {
      delegate.send(notice);
    }

    @Override
    public void sendResult(OutgoingResult result) {
      delegate.sendResult(result);
      results.add(result);
    }

    @Override
    public void sendServiceLink(OutgoingServiceLink link) {
      delegate.sendServiceLink(link);
      serviceLinks.add(link);
    }
  }
}
