package cn.lawfulinspection.scanin;

/** Why the enterprise's code could not be scanned on arrival, R-SC-2. */
public enum NoScanReason {
  /** 无营业执照. */
  NO_BUSINESS_LICENCE("无营业执照"),
  /** 二维码无法显示. */
  CODE_NOT_VISIBLE("二维码无法显示"),
  /** 当事人拒绝. */
  PARTY_REFUSED("当事人拒绝");

  private final String label;

  NoScanReason(String label) {
    this.label = label;
  }

  /** The Chinese name a person reads. */
  public String label() {
    return label;
  }
}
