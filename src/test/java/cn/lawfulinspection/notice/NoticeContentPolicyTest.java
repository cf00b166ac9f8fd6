package cn.lawfulinspection.notice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.common.Verdict;
import cn.lawfulinspection.task.InspectionWindow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NoticeContentPolicyTest {

  private static final InspectionWindow WINDOW =
      new InspectionWindow(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 20));
  private static final NoticeContent.Item FOOD = new NoticeContent.Item(
      "食品经营许可情况", "《中华人民共和国食品安全法》第三十五条", "持有有效的食品经营许可证，经营项目与许可范围一致");
  private static final NoticeContent.Item SCALES = new NoticeContent.Item(
      "计量器具检定情况", "《中华人民共和国计量法》第九条", "强制检定的计量器具按期检定合格");

  private static final List<String> TEAM = List.of("刘洋（执法证号 32120420250002）", "王芳（执法证号 32120420250003）");

  private final NoticeContentPolicy policy = new NoticeContentPolicy();

  private static NoticeContent notice(List<NoticeContent.Item> items) {
    return new NoticeContent(items, WINDOW, "现场检查、查阅资料", "刘洋", "0523-88881234", TEAM);
  }

  @Test
  @DisplayName("R-NT-1 a notice with items, legal basis, standards, time, method, inspectors and contact is complete")
  void complete() {
    assertThat(policy.check(notice(List.of(FOOD, SCALES))).allowed()).isTrue();
  }

  @Test
  @DisplayName("R-NT-1 a notice without items is refused")
  void noItems() {
    Verdict verdict = policy.check(notice(List.of()));

    assertThat(verdict.ruleId()).isEqualTo("R-NT-1");
    assertThat(verdict.field()).isEqualTo("items");
    assertThat(verdict.message()).isEqualTo("检查预告缺少检查事项，请补充后再发送。");
  }

  @Test
  @DisplayName("R-NT-1 an item without legal basis is refused, naming the item")
  void noLegalBasis() {
    Verdict verdict = policy.check(notice(List.of(FOOD, new NoticeContent.Item("计量器具检定情况", " ", "按期检定合格"))));

    assertThat(verdict.field()).isEqualTo("items[1].legalBasis");
    assertThat(verdict.message()).contains("第2项检查事项“计量器具检定情况”的法定依据");
  }

  @Test
  @DisplayName("R-NT-1 an item without compliance standard is refused")
  void noStandard() {
    Verdict verdict = policy.check(notice(List.of(new NoticeContent.Item("广告发布情况", "《广告法》第四条", null))));

    assertThat(verdict.field()).isEqualTo("items[0].complianceStandard");
    assertThat(verdict.message()).contains("合规标准");
  }

  @Test
  @DisplayName("R-NT-1 a notice without time, method or contact is refused, naming what is missing")
  void noTimeMethodContact() {
    List<NoticeContent.Item> items = List.of(FOOD);
    assertThat(policy.check(new NoticeContent(items, null, "现场检查", "刘洋", "0523-88881234", TEAM)).field())
        .isEqualTo("window");
    assertThat(policy.check(new NoticeContent(items, WINDOW, "", "刘洋", "0523-88881234", TEAM)).message())
        .contains("检查方式");
    assertThat(policy.check(new NoticeContent(items, WINDOW, "现场检查", "刘洋", null, TEAM)).field())
        .isEqualTo("contactPhone");
    assertThat(policy.check(new NoticeContent(items, WINDOW, "现场检查", null, "0523-88881234", TEAM)).message())
        .contains("联系人及联系电话");
  }

  @Test
  @DisplayName("R-NT-1 a notice that names no inspector is refused: the enterprise is told who will come")
  void noInspectors() {
    Verdict verdict = policy.check(new NoticeContent(List.of(FOOD), WINDOW, "现场检查", "刘洋", "0523-88881234",
        List.of()));

    assertThat(verdict.ruleId()).isEqualTo("R-NT-1");
    assertThat(verdict.field()).isEqualTo("inspectors");
    assertThat(verdict.message()).isEqualTo("检查预告缺少执法人员，请补充后再发送。");
  }
}
