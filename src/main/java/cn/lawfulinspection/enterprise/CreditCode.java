package cn.lawfulinspection.enterprise;

import cn.lawfulinspection.common.Verdict;
import java.util.Map;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from {@code 0-9 A-H J-N P-R T-U W-Y}
 * (no I, O, Z, S, V), laid out as
 * <ol>
 *   <li>position 1: registration authority (登记管理部门代码, e.g. {@code 9} market regulation),
 *   <li>position 2: type of entity (机构类别代码, e.g. {@code 1} enterprise under authority 9),
 *   <li>positions 3–8: administrative division of the registering authority (登记管理机关行政区划码, 6 digits),
 *   <li>positions 9–17: organization code (主体标识码),
 *   <li>position 18: check character: with each character's value v<sub>i</sub> (its index in the charset) and the
 *       weights 3<sup>i−1</sup> mod 31, the check value is {@code (31 − Σ v_i·w_i mod 31) mod 31}.
 * </ol>
 * R-MD-4: an invalid code is refused on input and on import. Lower case is refused, not silently upper-cased, so the
 * code stored is the code printed on the licence.
 */
public record CreditCode(String value) {

  public static final String RULE = "R-MD-4";
  public static final String FIELD = "creditCode";
  static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private static final Map<Character, String> AUTHORITIES = Map.ofEntries(
      Map.entry('1', "机构编制"), Map.entry('2', "外交"), Map.entry('3', "司法行政"), Map.entry('4', "文化"),
      Map.entry('5', "民政"), Map.entry('6', "旅游"), Map.entry('7', "宗教"), Map.entry('8', "工会"),
      Map.entry('9', "市场监督管理（工商）"), Map.entry('A', "中央军委改革和编制办公室"), Map.entry('N', "农业"),
      Map.entry('Y', "其他"));

  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("91", "企业"), Map.entry("92", "个体工商户"), Map.entry("93", "农民专业合作社"),
      Map.entry("11", "机关"), Map.entry("12", "事业单位"), Map.entry("13", "中央编办直接管理机构编制的群众团体"),
      Map.entry("19", "其他"), Map.entry("51", "社会团体"), Map.entry("52", "民办非企业单位"), Map.entry("53", "基金会"),
      Map.entry("59", "其他"), Map.entry("Y1", "其他"));

  /** Validates; throws {@link cn.lawfulinspection.common.RuleViolationException} (R-MD-4) for an invalid code. */
  public CreditCode {
    check(value).orThrow();
  }

  public static CreditCode of(String value) {
    return new CreditCode(value);
  }

  /** R-MD-4: allowed for a valid code; otherwise refused with the reason in Chinese. */
  public static Verdict check(String code) {
    if (code == null || code.isBlank()) {
      return refuse("请填写统一社会信用代码（18位）。");
    }
    if (code.length() != 18) {
      return refuse("统一社会信用代码应为18位，“" + code + "”为" + code.codePointCount(0, code.length()) + "位。");
    }
    for (int i = 0; i < 18; i++) {
      char c = code.charAt(i);
      if (c >= 'a' && c <= 'z') {
        return refuse("统一社会信用代码中的字母应为大写：第" + (i + 1) + "位是小写“" + c + "”。");
      }
      if (CHARSET.indexOf(c) < 0) {
        return refuse("统一社会信用代码第" + (i + 1) + "位“" + c + "”不是允许的字符（只用数字和除 I、O、Z、S、V 以外的大写字母）。");
      }
    }
    if (!AUTHORITIES.containsKey(code.charAt(0))) {
      return refuse("统一社会信用代码第1位“" + code.charAt(0) + "”不是有效的登记管理部门代码。");
    }
    char type = code.charAt(1);
    if (type < '1' || type > '9') {
      return refuse("统一社会信用代码第2位“" + type + "”不是有效的机构类别代码（应为数字1-9）。");
    }
    for (int i = 2; i < 8; i++) {
      if (!Character.isDigit(code.charAt(i))) {
        return refuse("统一社会信用代码第3-8位应为6位数字的行政区划码，第" + (i + 1) + "位是“" + code.charAt(i) + "”。");
      }
    }
    if (checkCharacter(code.substring(0, 17)) != code.charAt(17)) {
      return refuse("统一社会信用代码“" + code + "”的校验位（第18位）不正确，请核对代码是否抄错。");
    }
    return Verdict.allow();
  }

  /** The check character (position 18) for the first 17 characters, which must be from the charset. */
  public static char checkCharacter(String first17) {
    if (first17.length() != 17) {
      throw new IllegalArgumentException("need 17 characters, got " + first17.length());
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = CHARSET.indexOf(first17.charAt(i));
      if (v < 0) {
        throw new IllegalArgumentException("not a credit-code character: " + first17.charAt(i));
      }
      sum += v * WEIGHTS[i];
    }
    return CHARSET.charAt((31 - sum % 31) % 31);
  }

  /** 登记管理部门 of position 1, e.g. 市场监督管理（工商）. */
  public String registrationAuthority() {
    return AUTHORITIES.get(value.charAt(0));
  }

  /** 机构类别 of position 2 under its authority, e.g. 企业; "类别N" when the standard's table has no name for it. */
  public String entityType() {
    return TYPES.getOrDefault(value.substring(0, 2), "类别" + value.charAt(1));
  }

  /** 登记管理机关行政区划码, positions 3–8. */
  public String divisionCode() {
    return value.substring(2, 8);
  }

  private static Verdict refuse(String message) {
    return Verdict.refuse(RULE, FIELD, message);
  }

  @Override
  public String toString() {
    return value;
  }
}
