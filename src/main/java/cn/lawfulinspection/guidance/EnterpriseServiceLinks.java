package cn.lawfulinspection.guidance;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.enterprise.EnterpriseService;
import cn.lawfulinspection.notice.NoticeChannel;
import cn.lawfulinspection.qr.CodeCheck;
import cn.lawfulinspection.qr.CodeKind;
import cn.lawfulinspection.qr.CodePayload;
import cn.lawfulinspection.qr.PublicAddress;
import cn.lawfulinspection.qr.SignedCode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.springframework.stereotype.Component;

/**
 * The enterprise's service link (企业服务链接): the same kind of credential as the result's follow-up link (R-IG-7), a
 * signed code of its own kind ({@link CodeKind#ENTERPRISE_SERVICE}) naming the enterprise, that reaches the enterprise
 * through the notification port only and is never stored or answered to staff. With it the enterprise asks for
 * guidance, invites a visit, reads the answers and consents (R-TK-9, R-NT-4). The inspection code the inspector shows
 * and the follow-up link of a task are refused there.
 */
@Component
public class EnterpriseServiceLinks {

  /** How long a service link stays valid. */
  public static final int VALID_DAYS = 365;
  static final String PAGE = "/public/guidance.html?c=";

  private final SignedCode signer;
  private final PublicAddress address;
  private final NoticeChannel channel;
  private final EnterpriseService enterprises;
  private final Clock clock;

  EnterpriseServiceLinks(SignedCode signer, PublicAddress address, NoticeChannel channel,
      EnterpriseService enterprises, Clock clock) {
    this.signer = signer;
    this.address = address;
    this.channel = channel;
    this.enterprises = enterprises;
    this.clock = clock;
  }

  /** Sends the enterprise its link through the port; answers only until when it is valid (never the link). */
  public Instant send(String enterpriseCode, String why) {
    Enterprise enterprise = enterprises.get(enterpriseCode);
    Instant expiresAt = LocalDate.now(clock).plusDays(VALID_DAYS + 1L).atStartOfDay(clock.getZone()).toInstant();
    String code = signer.sign(new CodePayload(CodeKind.ENTERPRISE_SERVICE, enterprise.creditCode(), expiresAt));
    channel.sendServiceLink(new NoticeChannel.OutgoingServiceLink(enterprise.creditCode(), enterprise.name(),
        why + " 贵企业可通过本链接向行政执法部门申请行政指导、邀约走访，查看答复并表示是否同意入企（有效期至 " + expiresAt
        + "，请勿转给他人）：" + address.base() + PAGE + code, address.base() + PAGE + code));
    return expiresAt;
  }

  /**
   * The enterprise a service link names; refused (422, field {@code code}) when forged or expired (R-SC-3) or when it
   * is another kind of code, e.g. the inspection code the inspector shows (R-IG-7).
   */
  public String enterpriseOf(String code) {
    CodeCheck check = signer.verify(code, EnumSet.allOf(CodeKind.class), clock.instant());
    if (!check.valid()) {
      throw new RuleViolationException("R-SC-3", "code", check.failure() == CodeCheck.Failure.EXPIRED
          ? "企业服务链接已过期，请联系行政执法部门通过平台重新发送。"
          : "企业服务链接无效：该链接不是本平台签发的，或已被篡改。请使用平台发送给贵企业的链接。");
    }
    if (check.payload().kind() != CodeKind.ENTERPRISE_SERVICE) {
      throw new RuleViolationException("R-IG-7", "code", "行政指导申请、走访邀约和同意只能由企业通过平台发送给企业的“企业服务链接”办理；"
          + check.payload().kind().label() + "不能用于此处。需要链接的，可请行政执法部门通过平台发送。");
    }
    return enterprises.find(check.payload().id()).map(Enterprise::creditCode).orElseThrow(
        () -> new RuleViolationException("R-SC-3", "code", "该链接对应的企业不在检查对象库中。"));
  }
}
