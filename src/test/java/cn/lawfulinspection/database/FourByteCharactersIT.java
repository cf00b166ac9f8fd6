package cn.lawfulinspection.database;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Names with characters outside the Basic Multilingual Plane (𠮷, 4 bytes in UTF-8) survive the engine: stored in
 * variables, rendered into task names, found by queries. On H2 this holds anyway; on the MySQL family it holds only
 * because the engine tables are converted to utf8mb4.
 */
@IntegrationTest
class FourByteCharactersIT {

  private static final String PROCESS_KEY = "FourByteCharactersProbe";
  private static final String ENTERPRISE_NAME = "𠮷祥餐饮有限公司";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  @BeforeEach
  void deployProbe() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_KEY)
        .name("四字节字符检查")
        .camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Started")
        .userTask("UserTask_Check").name("${enterpriseName}检查")
        .endEvent("EndEvent_Checked")
        .done();
    repositoryService.createDeployment()
        .name(PROCESS_KEY)
        .enableDuplicateFiltering(false)
        .addModelInstance(PROCESS_KEY + ".bpmn", model)
        .deploy();
  }

  @Test
  @DisplayName("a 4-byte character in a variable and a task name is stored, read back and found by queries")
  void fourByteCharactersRoundTrip() {
    // given
    String businessKey = "probe-" + System.nanoTime();

    // when
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(
        PROCESS_KEY, businessKey, java.util.Map.of("enterpriseName", ENTERPRISE_NAME));

    // then
    assertThat(runtimeService.getVariable(instance.getId(), "enterpriseName")).isEqualTo(ENTERPRISE_NAME);
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(task.getName()).isEqualTo(ENTERPRISE_NAME + "检查");
    assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey)
        .variableValueEquals("enterpriseName", ENTERPRISE_NAME)
        .list())
        .extracting(ProcessInstance::getId).containsExactly(instance.getId());
    assertThat(taskService.createTaskQuery().taskNameLike("%𠮷%").list())
        .extracting(Task::getId).contains(task.getId());
    assertThat(historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId())
        .variableValueEquals("enterpriseName", ENTERPRISE_NAME)
        .count()).isEqualTo(1);

    // and the task completes with it, leaving the history readable
    taskService.complete(task.getId());
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getName()).isEqualTo(ENTERPRISE_NAME + "检查");
  }

  @Test
  @DisplayName("on the MySQL family no engine table or text column is left in utf8mb3")
  void noEngineTableIsUtf8mb3() throws Exception {
    Assumptions.assumeTrue(TestDatabase.isMySqlFamily(), "MySQL family only");
    try (Connection c = TestDatabase.openMySql(); Statement s = c.createStatement()) {
      assertThat(strings(s, "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
          + " AND UPPER(TABLE_NAME) LIKE 'ACT\\_%'")).first().satisfies(n -> assertThat(Integer.parseInt(n)).isGreaterThan(40));
      assertThat(strings(s, "SELECT CONCAT(TABLE_NAME, ' ', TABLE_COLLATION) FROM information_schema.TABLES"
          + " WHERE TABLE_SCHEMA = DATABASE() AND UPPER(TABLE_NAME) LIKE 'ACT\\_%' AND TABLE_COLLATION <> 'utf8mb4_bin'"))
          .isEmpty();
      assertThat(strings(s, "SELECT CONCAT(TABLE_NAME, '.', COLUMN_NAME, ' ', CHARACTER_SET_NAME)"
          + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND UPPER(TABLE_NAME) LIKE 'ACT\\_%'"
          + " AND CHARACTER_SET_NAME IS NOT NULL AND CHARACTER_SET_NAME <> 'utf8mb4'"))
          .isEmpty();
    }
  }

  @Test
  @DisplayName("on the MySQL family every engine index fits InnoDB's 3072-byte key limit in utf8mb4 (MySQL 8.4 too)")
  void everyEngineIndexFitsTheKeyLimit() throws Exception {
    Assumptions.assumeTrue(TestDatabase.isMySqlFamily(), "MySQL family only");
    // a character column costs 4 bytes a character (of its prefix, if the index has one); others at most 8 bytes
    String sql = """
        SELECT CONCAT(s.TABLE_NAME, '.', s.INDEX_NAME, ' ', SUM(
                 CASE WHEN c.CHARACTER_OCTET_LENGTH IS NULL THEN 8
                      ELSE COALESCE(s.SUB_PART * 4, c.CHARACTER_OCTET_LENGTH) END))
        FROM information_schema.STATISTICS s
        JOIN information_schema.COLUMNS c
          ON c.TABLE_SCHEMA = s.TABLE_SCHEMA AND c.TABLE_NAME = s.TABLE_NAME AND c.COLUMN_NAME = s.COLUMN_NAME
        WHERE s.TABLE_SCHEMA = DATABASE() AND UPPER(s.TABLE_NAME) LIKE 'ACT\\_%'
        GROUP BY s.TABLE_NAME, s.INDEX_NAME
        HAVING SUM(CASE WHEN c.CHARACTER_OCTET_LENGTH IS NULL THEN 8
                        ELSE COALESCE(s.SUB_PART * 4, c.CHARACTER_OCTET_LENGTH) END) > 3072""";
    try (Connection c = TestDatabase.openMySql(); Statement s = c.createStatement()) {
      assertThat(strings(s, "SELECT COUNT(*) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()"
          + " AND UPPER(TABLE_NAME) LIKE 'ACT\\_%'")).first().satisfies(n -> assertThat(Integer.parseInt(n)).isGreaterThan(100));
      assertThat(strings(s, sql)).isEmpty();
    }
  }

  private static List<String> strings(Statement statement, String sql) throws Exception {
    List<String> result = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        result.add(rows.getString(1));
      }
    }
    return result;
  }
}
