package cn.lawfulinspection.enterprise.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.enterprise.CreditCode;
import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.enterprise.Enterprise;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DemoEnterprisesTest {

  private final List<Enterprise> demo = DemoEnterprises.generate();

  @Test
  @DisplayName("R-MD-4 every generated demo enterprise has a valid, unique credit code")
  void validUniqueCodes() {
    assertThat(demo).hasSizeGreaterThanOrEqualTo(200);
    assertThat(demo).allSatisfy(e -> assertThat(CreditCode.check(e.creditCode()).allowed())
        .as(e.creditCode() + " " + CreditCode.check(e.creditCode()).message()).isTrue());
    assertThat(demo.stream().map(Enterprise::creditCode).distinct().count()).isEqualTo(demo.size());
    assertThat(demo.stream().map(Enterprise::name).distinct().count()).isEqualTo(demo.size());
  }

  @Test
  @DisplayName("R-MD-5 the demo covers all tiers A-D, the white list and the key-supervision list, never both")
  void tiersAndLists() {
    Set<CreditTier> tiers = demo.stream().map(Enterprise::tier).collect(Collectors.toSet());
    assertThat(tiers).containsExactlyInAnyOrder(CreditTier.values());
    assertThat(demo).anyMatch(Enterprise::whiteListed).anyMatch(Enterprise::keySupervision);
    assertThat(demo).noneMatch(e -> e.whiteListed() && e.keySupervision());
  }

  @Test
  @DisplayName("the demo is deterministic and has at least three names with 4-byte characters")
  void deterministicWithFourByteNames() {
    assertThat(DemoEnterprises.generate()).isEqualTo(demo);
    long fourByte = demo.stream().filter(e -> e.name().codePoints().anyMatch(Character::isSupplementaryCodePoint)).count();
    assertThat(fourByte).isGreaterThanOrEqualTo(3);
  }

  @Test
  @DisplayName("the organization-code part carries a GB 11714 check digit")
  void organizationCheck() {
    // 12345678: 1*3+2*7+3*9+4*10+5*5+6*8+7*4+8*2 = 201, 201 mod 11 = 3, 11-3 = 8
    assertThat(DemoEnterprises.organizationCheck("12345678")).isEqualTo('8');
  }
}
