package cn.lawfulinspection.task;

import static cn.lawfulinspection.result.process.ResultBackfillProcessIds.BACKFILL_RESULT;
import static cn.lawfulinspection.result.process.ResultBackfillProcessIds.ITEMS;
import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.RECTIFICATION_DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.result.InspectionResult;
import cn.lawfulinspection.result.ItemOutcome;
import cn.lawfulinspection.result.ResultService;
import cn.lawfulinspection.support.Api;
import cn.lawfulinspection.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Tasklist form 回填检查结果 takes any number of items: {@code ServiceTask_PrepareBackfill} puts one row per item
 * of the task into the list {@code items}, the completion sends the list back (typed Json, as Tasklist does) and
 * {@code RecordBackfillListener} records it through {@code ResultService} with every rule checked there (R-RS-1,
 * R-MD-1, R-MD-3, R-SC-1). Complaint tasks of scjg for today, 刘洋 and 王芳 assigned, approved by 张伟, scanned in by 刘洋.
 * H2 and MariaDB.
 */
@IntegrationTest
class ResultBackfillFormIT {

  /** Items of scjg for the task with many items, kept after the test (codes no demo item uses). */
  static final List<String> MANY = IntStream.rangeClosed(1, 25).mapToObj(i -> "SCJG-L%02d".formatted(i)).toList();

  @LocalServerPort int port;
  @Autowired TaskFixtures fx;
  @Autowired InspectedTasks inspected;
  @Autowired InspectionTaskService tasks;
  @Autowired TaskService taskService;
  @Autowired ResultService results;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();

  @Test
  @DisplayName("R-RS-1 R-MD-3 a task with three items: one row each in the form's list, backfilled by completing the task with the list")
  void threeItems() throws Exception {
    // given
    InspectionTask task = scannedIn(List.of("SCJG-001", "SCJG-003", "SCJG-006"));
    Task form = backfillTask(task);
    ArrayNode rows = rowsOf(form);
    assertThat(rows).extracting(r -> r.path("itemCode").asText()).containsExactly("SCJG-001", "SCJG-003", "SCJG-006");
    assertThat(rows).allSatisfy(r -> {
      assertThat(r.path("itemName").asText()).isNotBlank();
      assertThat(r.path("legalBasis").asText()).startsWith("《");
      assertThat(r.path("outcome").isNull()).isTrue();
    });

    // when 刘洋 chooses an outcome for each row
    choose(rows, 0, r -> r.put("outcome", "COMPLIANT"));
    choose(rows, 1, r -> r.put("outcome", "NOT_CHECKED").put("findings", "锅炉房停用检修，无法检查"));
    choose(rows, 2, r -> r.put("outcome", "PROBLEM_FOUND").put("findings", "广告中含有“最佳”等绝对化用语")
        .put("minor", true).put("evidence", "IMG-2001\nJL-2026-1207"));
    LocalDate deadline = fx.today().plusDays(15);
    complete(form, Map.of(ITEMS, SpinValues.jsonValue(rows.toString()).create(),
        RECTIFICATION_DEADLINE, deadline.toString()));

    // then
    InspectionResult result = results.of(task.id()).orElseThrow();
    assertThat(result.items()).extracting(InspectionResult.Item::itemCode)
        .containsExactly("SCJG-001", "SCJG-003", "SCJG-006");
    assertThat(result.items()).extracting(InspectionResult.Item::outcome)
        .containsExactly(ItemOutcome.COMPLIANT, ItemOutcome.NOT_CHECKED, ItemOutcome.PROBLEM_FOUND);
    assertThat(result.items().get(2).evidence()).containsExactly("IMG-2001", "JL-2026-1207");
    assertThat(result.rectificationDeadline()).isEqualTo(deadline);
    assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.RECTIFYING);
  }

  @Test
  @DisplayName("R-RS-1 a task with 25 items (more than the form's former 20 slots) is backfilled in the form, one row each")
  void twentyFiveItems() throws Exception {
    // given
    ensureItems(MANY);
    InspectionTask task = scannedIn(MANY);
    Task form = backfillTask(task);
    ArrayNode rows = rowsOf(form);
    assertThat(rows).hasSize(25);

    // when every row is compliant
    rows.forEach(r -> ((ObjectNode) r).put("outcome", "COMPLIANT"));
    complete(form, Map.of(ITEMS, SpinValues.jsonValue(rows.toString()).create()));

    // then
    InspectionResult result = results.of(task.id()).orElseThrow();
    assertThat(result.items()).hasSize(25).extracting(InspectionResult.Item::itemCode).containsExactlyElementsOf(MANY);
    assertThat(result.problemsFound()).isFalse();
    assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.CLOSED);
  }

  @Test
  @DisplayName("R-MD-3 a row of an item not on the task, an item twice or an item missing is refused in Chinese; the task stays open, nothing saved")
  void forgedRowsRefused() throws Exception {
    // given
    InspectionTask task = scannedIn(List.of("SCJG-001", "SCJG-003", "SCJG-006"));
    Task form = backfillTask(task);
    ArrayNode rows = rowsOf(form);
    rows.forEach(r -> ((ObjectNode) r).put("outcome", "COMPLIANT"));

    // when / then: another agency's item in place of the task's
    ArrayNode foreign = rows.deepCopy();
    ((ObjectNode) foreign.get(1)).put("itemCode", "YJGL-001");
    assertRefused(form, foreign, "不属于检查任务");
    // an item twice
    ArrayNode twice = rows.deepCopy();
    ((ObjectNode) twice.get(2)).put("itemCode", "SCJG-001");
    assertRefused(form, twice, "重复填写");
    // an item missing
    ArrayNode missing = rows.deepCopy();
    missing.remove(2);
    assertRefused(form, missing, "尚未填写检查结论");
    // and nothing was saved: the same task completes afterwards with the rows as prepared
    assertThat(results.of(task.id())).isEmpty();
    complete(form, Map.of(ITEMS, SpinValues.jsonValue(rows.toString()).create()));
    assertThat(results.of(task.id())).isPresent();
  }

  @Test
  @DisplayName("R-IG-3 over the engine API the form is submitted as Tasklist does (items typed Json); a field not on the form is refused")
  void tasklistSubmission() throws Exception {
    // given
    InspectionTask task = scannedIn(List.of("SCJG-001", "SCJG-003"));
    Task form = backfillTask(task);
    ArrayNode rows = rowsOf(form);
    rows.forEach(r -> ((ObjectNode) r).put("outcome", "COMPLIANT"));
    Map<String, Object> variables = new HashMap<>();
    variables.put(ITEMS, Map.of("type", "Json", "value", rows.toString()));
    variables.put("resultRemarks", Map.of("value", "现场检查未发现问题"));
    String path = "/engine-rest/task/" + form.getId() + "/submit-form";

    // when a field the form does not have is sent along: refused, nothing saved
    Map<String, Object> forged = new HashMap<>(variables);
    forged.put("backfillInfo", Map.of("value", "任务编号：伪造"));
    HttpResponse<String> refused = new Api(port).call("liuyang", "POST", path,
        json.writeValueAsString(Map.of("variables", forged)));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(json.readTree(refused.body()).path("ruleId").asText()).isEqualTo("R-IG-3");
    assertThat(results.of(task.id())).isEmpty();

    // then the form's own fields complete the task
    HttpResponse<String> done = new Api(port).call("liuyang", "POST", path,
        json.writeValueAsString(Map.of("variables", variables)));
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    assertThat(results.of(task.id())).hasValueSatisfying(r -> {
      assertThat(r.items()).hasSize(2);
      assertThat(r.remarks()).isEqualTo("现场检查未发现问题");
    });
  }

  private InspectionTask scannedIn(List<String> itemCodes) {
    TaskRequest r = fx.complaint(fx.fresh(CreditTier.D), fx.today());
    InspectionTask task = inspected.approved(new TaskRequest(r.enterpriseCode(), r.origin(), null, null, null,
        r.trigger(), r.triggerDescription(), r.kind(), itemCodes, r.inspectors(), r.windowStart(), r.windowEnd(), false,
        false, null).withTriggerRecord(r.triggerRecord()));
    inspected.scanIn(task);
    return task;
  }

  private Task backfillTask(InspectionTask task) {
    return taskService.createTaskQuery().processInstanceBusinessKey(task.taskNumber())
        .taskDefinitionKey(BACKFILL_RESULT).singleResult();
  }

  /** The list as the form loads it. */
  private ArrayNode rowsOf(Task form) throws Exception {
    JsonNode rows = json.readTree(taskService.getVariable(form.getId(), ITEMS).toString());
    assertThat(rows.isArray()).isTrue();
    return (ArrayNode) rows;
  }

  private static void choose(ArrayNode rows, int index, UnaryOperator<ObjectNode> choice) {
    choice.apply((ObjectNode) rows.get(index));
  }

  private void complete(Task form, Map<String, Object> variables) {
    fx.as("liuyang", () -> taskService.complete(form.getId(), variables));
  }

  private void assertRefused(Task form, ArrayNode rows, String message) {
    assertThatThrownBy(() -> complete(form, Map.of(ITEMS, SpinValues.jsonValue(rows.toString()).create())))
        .satisfies(e -> assertThat(RuleViolationException.in(e)).hasValueSatisfying(
            r -> assertThat(r.ruleId()).isEqualTo("R-MD-3")))
        .hasMessageContaining(message);
    assertThat(taskService.createTaskQuery().taskId(form.getId()).count()).isOne();
  }

  /** Usable items of scjg (legal basis and compliance standard) for the task with many items. */
  private void ensureItems(List<String> codes) {
    for (String code : codes) {
      if (jdbc.queryForObject("select count(*) from insp_inspection_item where code = ?", Integer.class, code) == 0) {
        jdbc.update("insert into insp_inspection_item (code, agency_code, name, legal_basis, compliance_standard, "
            + "off_site_checkable, first_violation_exempt) values (?, 'scjg', ?, ?, ?, false, false)", code,
            "农贸市场经营户亮照经营情况（" + code.substring(code.length() - 2) + "）",
            "《市场主体登记管理条例》第三十六条", "营业执照置于住所或者主要经营场所的醒目位置");
      }
    }
  }
}
