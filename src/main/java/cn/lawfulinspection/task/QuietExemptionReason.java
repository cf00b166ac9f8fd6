package cn.lawfulinspection.task;

/**
 * R-TK-7: a stated situation that exempts an inspection from the quiet period where the locality's seed lists it
 * (profile data {@code quietExemptReasons}; YH 2(3) 「涉及人民群众生命财产安全、重大公共利益、重大公共安全、重大社会影响…
 * 除外」). Stated with a reason text by the registrant, shown to the head and to supervision. Where the profile lists
 * none (every locality but Yunhe) no reason exempts.
 */
public enum QuietExemptionReason {
  /** 涉及人民群众生命财产安全. */
  LIFE_AND_PROPERTY_SAFETY("涉及人民群众生命财产安全"),
  /** 涉及重大公共利益. */
  MAJOR_PUBLIC_INTEREST("涉及重大公共利益"),
  /** 涉及重大公共安全. */
  MAJOR_PUBLIC_SAFETY("涉及重大公共安全"),
  /** 涉及重大社会影响. */
  MAJOR_SOCIAL_IMPACT("涉及重大社会影响");

  private final String label;

  QuietExemptionReason(String label) {
    this.label = label;
  }

  /** The Chinese words of the seed. */
  public String label() {
    return label;
  }
}
