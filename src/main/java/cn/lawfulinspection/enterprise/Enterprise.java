package cn.lawfulinspection.enterprise;

/**
 * An enterprise (检查对象 / 经营主体).
 *
 * @param creditCode unified social credit code (统一社会信用代码), valid per GB 32100 (R-MD-4)
 * @param name registered name; may contain 4-byte characters (e.g. 𠮷)
 * @param address address, may be {@code null}
 * @param contact contact person and phone, may be {@code null}
 * @param tier credit / risk tier (R-MD-5)
 * @param whiteListed on the white list (白名单库), R-MD-5
 * @param keySupervision on the key-supervision list (重点监管对象库), R-MD-5
 * @param seriouslyDishonest on the serious-dishonesty list (严重失信主体名单): exempt from Yunhe's quiet period (R-TK-7,
 *     YH 2(3))
 */
public record Enterprise(
    String creditCode, String name, String address, String contact, CreditTier tier, boolean whiteListed,
    boolean keySupervision, boolean seriouslyDishonest) {

  /** An enterprise not on the serious-dishonesty list. */
  public Enterprise(String creditCode, String name, String address, String contact, CreditTier tier,
      boolean whiteListed, boolean keySupervision) {
    this(creditCode, name, address, contact, tier, whiteListed, keySupervision, false);
  }
}
