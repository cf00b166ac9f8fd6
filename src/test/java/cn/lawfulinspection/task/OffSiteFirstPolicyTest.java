package cn.lawfulinspection.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.common.Verdict;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OffSiteFirstPolicyTest {

  private final OffSiteFirstPolicy policy = new OffSiteFirstPolicy();

  @Test
  @DisplayName("R-TK-8 items already checked off-site without violation are refused on site, each named")
  void refusedNamingItems() {
    Verdict verdict = policy.check(List.of(
        new OffSiteCheckedItem("SCJG-001", "食品经营许可情况", true),
        new OffSiteCheckedItem("SCJG-002", "计量器具检定情况", false),
        new OffSiteCheckedItem("SCJG-003", "广告发布情况", true)));

    assertThat(verdict.refused()).isTrue();
    assertThat(verdict.ruleId()).isEqualTo("R-TK-8");
    assertThat(verdict.message()).contains("“食品经营许可情况”（SCJG-001）", "“广告发布情况”（SCJG-003）", "移除")
        .doesNotContain("计量器具");
  }

  @Test
  @DisplayName("R-TK-8 items never checked off-site, or where off-site checking found a violation, may go on site")
  void allowed() {
    assertThat(policy.check(List.of(new OffSiteCheckedItem("SCJG-002", "计量器具检定情况", false))).allowed())
        .isTrue();
    assertThat(policy.check(List.of()).allowed()).isTrue();
  }
}
