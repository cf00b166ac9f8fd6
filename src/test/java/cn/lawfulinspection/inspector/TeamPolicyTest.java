package cn.lawfulinspection.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.common.Verdict;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TeamPolicyTest {

  @Test
  @DisplayName("R-MD-2 a team of one inspector is refused")
  void teamOfOne() {
    Verdict verdict = TeamPolicy.check(List.of("scjg-002"), 2);
    assertThat(verdict.refused()).isTrue();
    assertThat(verdict.ruleId()).isEqualTo("R-MD-2");
    assertThat(verdict.message()).contains("不得少于2人").contains("只有1人");
  }

  @Test
  @DisplayName("R-MD-2 a team of two inspectors is allowed")
  void teamOfTwo() {
    assertThat(TeamPolicy.check(List.of("scjg-002", "scjg-003"), 2)).isEqualTo(Verdict.allow());
  }

  @Test
  @DisplayName("R-MD-2 the same inspector named twice counts once")
  void duplicates() {
    assertThat(TeamPolicy.check(List.of("scjg-002", "scjg-002"), 2).refused()).isTrue();
  }

  @Test
  @DisplayName("R-MD-2 the minimum comes from the profile: three required, two refused")
  void minimumIsAParameter() {
    assertThat(TeamPolicy.check(List.of("a", "b"), 3).refused()).isTrue();
    assertThat(TeamPolicy.check(List.of("a", "b", "c"), 3).allowed()).isTrue();
  }
}
