package cn.lawfulinspection.deployment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The ids Java relies on come from the {@code *ProcessIds} constants, never from a list kept by hand; this test keeps
 * the constants and the models in step and writes the list into {@code docs/designers.md} between its markers.
 */
class JavaReliedIdsTest {

  static final Path PAGE = Path.of("docs/designers.md");
  static final String START = "<!-- java-relied-ids:start (written by JavaReliedIdsTest) -->";
  static final String END = "<!-- java-relied-ids:end -->";

  private final JavaReliedIds relied = new JavaReliedIds(new BundledModels());

  @Test
  @DisplayName("every Type_Name constant of a *ProcessIds class names an element, message or error of its process's bundled model")
  void constantsNameElementsOfTheirModels() {
    // then
    assertThat(relied.unmatched()).isEmpty();
    assertThat(relied.required()).containsKeys("InspectionTaskProcess", "HeadApprovalProcess",
        "QuietExceptionFilingProcess", "PostHocApprovalProcess", "InspectionPlanProcess", "ResultBackfillProcess",
        "FollowUpProcess");
    assertThat(relied.required().get("InspectionTaskProcess"))
        .contains("StartEvent_TaskRegistrationStarted", "IntermediateCatchEvent_InspectorScannedIn",
            "Msg_InspectorScannedIn", "Err_NoticeTooLate");
  }

  @Test
  @DisplayName("docs/designers.md lists the element ids Java relies on, generated from the code")
  void pageListsTheIds() throws Exception {
    // given
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    assertThat(page).contains(START, END);

    // when
    StringBuilder list = new StringBuilder("\n| process | ids Java relies on (不可改名或删除) |\n|---|---|\n");
    for (Map.Entry<String, Set<String>> process : relied.required().entrySet()) {
      list.append("| `").append(process.getKey()).append("` | ")
          .append(String.join(", ", process.getValue().stream().map(id -> "`" + id + "`").toList())).append(" |\n");
    }
    String updated = page.substring(0, page.indexOf(START) + START.length()) + list
        + page.substring(page.indexOf(END));
    if (!updated.equals(page)) {
      Files.writeString(PAGE, updated, StandardCharsets.UTF_8);
    }

    // then
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8)).contains("`UserTask_ApproveTask`");
  }
}
