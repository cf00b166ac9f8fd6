package cn.lawfulinspection.item;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.common.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ItemUsePolicyTest {

  private static final InspectionItem FOOD = new InspectionItem("SCJG-001", "scjg", "食品经营者落实食品安全主体责任情况",
      "《中华人民共和国食品安全法》第一百一十条", "持有效食品经营许可证", false);

  @Test
  @DisplayName("R-MD-3 an item of the agency with basis and standard is usable")
  void usable() {
    assertThat(ItemUsePolicy.check("scjg", "SCJG-001", FOOD)).isEqualTo(Verdict.allow());
  }

  @Test
  @DisplayName("R-MD-3 an unknown item is refused, naming its code")
  void unknown() {
    Verdict verdict = ItemUsePolicy.check("scjg", "SCJG-999", null);
    assertThat(verdict.refused()).isTrue();
    assertThat(verdict.ruleId()).isEqualTo("R-MD-3");
    assertThat(verdict.message()).contains("SCJG-999").contains("不存在");
  }

  @Test
  @DisplayName("R-MD-3 an item of another agency is refused")
  void otherAgency() {
    Verdict verdict = ItemUsePolicy.check("yjgl", "SCJG-001", FOOD);
    assertThat(verdict.refused()).isTrue();
    assertThat(verdict.message()).contains("食品经营者落实食品安全主体责任情况").contains("其他执法机关");
  }

  @Test
  @DisplayName("R-MD-3 an item without legal basis is refused, naming the item")
  void noBasis() {
    InspectionItem draft = new InspectionItem("SCJG-007", "scjg", "集贸市场计量器具使用情况", "  ", "检定合格", false);
    Verdict verdict = ItemUsePolicy.check("scjg", "SCJG-007", draft);
    assertThat(verdict.refused()).isTrue();
    assertThat(verdict.message()).contains("集贸市场计量器具使用情况").contains("没有法定依据");
    assertThat(draft.usable()).isFalse();
  }

  @Test
  @DisplayName("R-MD-3 an item without compliance standard is refused")
  void noStandard() {
    InspectionItem draft = new InspectionItem("SCJG-008", "scjg", "价格公示", "《中华人民共和国价格法》第十三条", null, true);
    Verdict verdict = ItemUsePolicy.check("scjg", "SCJG-008", draft);
    assertThat(verdict.refused()).isTrue();
    assertThat(verdict.message()).contains("没有合规标准");
  }
}
