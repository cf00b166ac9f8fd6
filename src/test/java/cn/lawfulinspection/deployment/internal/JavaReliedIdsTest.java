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
  static final String VARIABLES_START = "<!-- java-relied-variables:start (written by JavaReliedIdsTest) -->";
  static final String VARIABLES_END = "<!-- java-relied-variables:end -->";

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
    String updated = between(page, START, END, list);
    if (!updated.equals(page)) {
      Files.writeString(PAGE, updated, StandardCharsets.UTF_8);
    }

    // then
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8)).contains("`UserTask_ApproveTask`");
  }

  @Test
  @DisplayName("docs/designers.md lists the process variables and form fields Java relies on, generated from the code")
  void pageListsTheVariables() throws Exception {
    // given
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    assertThat(page).contains(VARIABLES_START, VARIABLES_END);
    assertThat(relied.variables().get("InspectionTaskProcess")).contains("approvalDecision", "taskNumber");
    assertThat(relied.variables().get("InspectionPlanProcess")).contains("headDecision", "planItems");

    // when
    StringBuilder list = new StringBuilder("\n| process | variables and form fields Java reads or writes (不可改名) |\n"
        + "|---|---|\n");
    for (Map.Entry<String, Set<String>> process : relied.variables().entrySet()) {
      list.append("| `").append(process.getKey()).append("` | ")
          .append(String.join(", ", process.getValue().stream().map(v -> "`" + v + "`").toList())).append(" |\n");
    }
    String updated = between(page, VARIABLES_START, VARIABLES_END, list);
    if (!updated.equals(page)) {
      Files.writeString(PAGE, updated, StandardCharsets.UTF_8);
    }

    // then
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8)).contains("`approvalDecision`");
  }

  private static String between(String page, String start, String end, CharSequence content) {
    return page.substring(0, page.indexOf(start) + start.length()) + content + page.substring(page.indexOf(end));
  }
}
