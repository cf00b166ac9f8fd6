package cn.lawfulinspection.qr;

import cn.lawfulinspection.common.Verdict;

/**
 * The answer of {@link SignedCode#verify}: the payload of a genuine, unexpired code of the expected kind, or why
 * the code is refused (and no data is shown).
 *
 * @param payload the payload when valid, otherwise {@code null}
 * @param failure why the code is refused, {@code null} when valid
 */
public record CodeCheck(CodePayload payload, Failure failure) {

  static CodeCheck valid(CodePayload payload) {
    return new CodeCheck(payload, null);
  }

  static CodeCheck refused(Failure failure) {
    return new CodeCheck(null, failure);
  }

  public boolean valid() {
    return failure == null;
  }

  /** As a policy answer, rule R-SC-3. */
  public Verdict verdict() {
    return valid() ? Verdict.allow() : Verdict.refuse("R-SC-3", "code", failure.message());
  }

  /** Why a code is refused, with the message the person who scanned it reads. */
  public enum Failure {
    /** Not a code of this platform at all. */
    MALFORMED("无法识别的二维码：这不是本平台签发的二维码，请核实后重新扫描。"),
    /** The signature does not match: forged, altered, or signed by someone else. */
    FORGED("二维码校验失败：该码可能被伪造或篡改，请勿配合检查，可向司法局执法监督机构反映。"),
    /** Genuine, but of another kind (e.g. an enterprise code where an inspection code was expected). */
    WRONG_KIND("二维码类型不符：这不是本页面要求的二维码，请扫描执法人员出示的检查码。"),
    /** Genuine, but past its expiry. */
    EXPIRED("二维码已过期：该检查码已失效，请要求执法人员出示有效的检查码。");

    private final String message;

    Failure(String message) {
      this.message = message;
    }

    public String message() {
      return message;
    }
  }
}
