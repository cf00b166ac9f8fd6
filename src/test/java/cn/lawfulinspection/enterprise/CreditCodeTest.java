package cn.lawfulinspection.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.common.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

  @Test
  @DisplayName("R-MD-4 the weights are 3^(i-1) mod 31, as GB 32100 defines them")
  void weightsArePowersOfThree() {
    for (int i = 0; i < 17; i++) {
      int power = 1;
      for (int k = 0; k < i; k++) {
        power = power * 3 % 31;
      }
      assertThat(CreditCode.WEIGHTS[i]).as("weight of position %d", i + 1).isEqualTo(power);
    }
  }

  @Test
  @DisplayName("R-MD-4 the check character of 91321204MA1P3K5R0 worked out by hand is U")
  void checkCharacterByHand() {
    // given: the values of 9 1 3 2 1 2 0 4 M A 1 P 3 K 5 R 0 (M=21, A=10, P=23, K=19, R=25; I O S V Z are skipped)
    int[] values = {9, 1, 3, 2, 1, 2, 0, 4, 21, 10, 1, 23, 3, 19, 5, 25, 0};
    int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    // 9 + 3 + 27 + 54 + 19 + 52 + 0 + 68 + 420 + 290 + 25 + 299 + 24 + 456 + 50 + 750 + 0 = 2546
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += values[i] * weights[i];
    }
    assertThat(sum).isEqualTo(2546);
    // 2546 mod 31 = 4, 31 - 4 = 27, and the 28th character of 0-9 A-H J-N P-R T-U W-Y is U
    assertThat(31 - sum % 31).isEqualTo(27);
    assertThat("0123456789ABCDEFGHJKLMNPQRTUWXY".charAt(27)).isEqualTo('U');

    // when / then
    assertThat(CreditCode.checkCharacter("91321204MA1P3K5R0")).isEqualTo('U');
    assertThat(CreditCode.check("91321204MA1P3K5R0U").allowed()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "91321204MA1P3K5R0U", // enterprise (企业), Jiangyan
      "92321204L12345678U", // individual business (个体工商户)
      "93321200MA20TNQX4T", // farmers' cooperative (农民专业合作社)
      "12321204466012345F", // public institution (事业单位), authority 1 (机构编制)
      "51321204MJ0000001B", // social organization (社会团体), authority 5 (民政)
      "Y1321204000000123U", // other authority
      "913200000000000000", // weighted sum 93 = 3 × 31: check value 31 mod 31 = 0
  })
  @DisplayName("R-MD-4 codes with a correct check character are accepted")
  void validCodes(String code) {
    assertThat(CreditCode.check(code)).isEqualTo(Verdict.allow());
    assertThat(CreditCode.of(code).value()).isEqualTo(code);
  }

  @Test
  @DisplayName("R-MD-4 the parts of a code are named: authority, type, division")
  void parts() {
    CreditCode code = CreditCode.of("91321204MA1P3K5R0U");
    assertThat(code.registrationAuthority()).isEqualTo("市场监督管理（工商）");
    assertThat(code.entityType()).isEqualTo("企业");
    assertThat(code.divisionCode()).isEqualTo("321204");
    assertThat(CreditCode.of("92321204L12345678U").entityType()).isEqualTo("个体工商户");
  }

  @ParameterizedTest
  @ValueSource(strings = {"91321204MA1P3K5R0A", "91321204MA1P3K5R0T", "92321204L12345678W", "913200000000000001"})
  @DisplayName("R-MD-4 a code with a wrong check character is refused")
  void wrongCheckCharacter(String code) {
    Verdict verdict = CreditCode.check(code);
    assertThat(verdict.refused()).isTrue();
    assertThat(verdict.ruleId()).isEqualTo("R-MD-4");
    assertThat(verdict.field()).isEqualTo("creditCode");
    assertThat(verdict.message()).contains("校验位");
  }

  @Test
  @DisplayName("R-MD-4 one mistyped character (transposition) is caught by the check character")
  void transposition() {
    assertThat(CreditCode.check("91321204AM1P3K5R0U").refused()).isTrue();
    assertThat(CreditCode.check("91321240MA1P3K5R0U").refused()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"I", "O", "Z", "S", "V"})
  @DisplayName("R-MD-4 the letters I O Z S V are not part of the charset")
  void forbiddenLetters(String letter) {
    String code = "91321204MA1P3K5" + letter + "0U";
    Verdict verdict = CreditCode.check(code);
    assertThat(verdict.refused()).isTrue();
    assertThat(verdict.message()).contains("第16位").contains("“" + letter + "”").contains("不是允许的字符");
  }

  @ParameterizedTest
  @ValueSource(strings = {"91321204MA1P3K5R0", "91321204MA1P3K5R0UU", "", "9132120"})
  @DisplayName("R-MD-4 a code that is not 18 characters long is refused")
  void wrongLength(String code) {
    Verdict verdict = CreditCode.check(code);
    assertThat(verdict.refused()).isTrue();
    assertThat(verdict.message()).containsAnyOf("18位", "请填写");
  }

  @Test
  @DisplayName("R-MD-4 lower case is refused with the position, not silently upper-cased")
  void lowerCase() {
    Verdict verdict = CreditCode.check("91321204ma1P3K5R0U");
    assertThat(verdict.refused()).isTrue();
    assertThat(verdict.message()).contains("大写").contains("第9位");
  }

  @Test
  @DisplayName("R-MD-4 a bad registration authority, entity type or division code is refused")
  void structure() {
    assertThat(CreditCode.check("B1321204MA1P3K5R0U").message()).contains("第1位");
    assertThat(CreditCode.check("90321204MA1P3K5R0U").message()).contains("第2位");
    assertThat(CreditCode.check("91A21204MA1P3K5R0U").message()).contains("行政区划码");
  }

  @Test
  @DisplayName("R-MD-4 constructing an invalid code throws a rule violation naming the field")
  void constructorRefuses() {
    assertThatThrownBy(() -> CreditCode.of("91321204MA1P3K5R0A"))
        .isInstanceOf(RuleViolationException.class)
        .satisfies(e -> {
          RuleViolationException r = (RuleViolationException) e;
          assertThat(r.ruleId()).isEqualTo("R-MD-4");
          assertThat(r.field()).isEqualTo("creditCode");
        });
  }
}
