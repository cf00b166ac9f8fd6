package cn.lawfulinspection.inspectioncode;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.support.Api;
import cn.lawfulinspection.support.EnterpriseInbox;
import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.task.InspectedTasks;
import cn.lawfulinspection.task.InspectionTask;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * R-IG-7: the enterprise's follow-up link (检查结果告知链接) goes to the enterprise and nowhere else. Whatever staff can
 * read of the task through the platform (the task with its trace, the result, the rectification, the notice, the
 * refusal log, the process variables) never holds its code; the inspection code the inspector is given is a
 * different code. H2 and MariaDB.
 */
@IntegrationTest
class FollowUpLinkIT {

  @LocalServerPort int port;
  @Autowired InspectedTasks inspected;
  @Autowired EnterpriseInbox inbox;
  @Autowired HistoryService historyService;
  @Autowired Clock clock;
  final ObjectMapper json = new ObjectMapper();

  HttpResponse<String> call(String user, String method, String path, String body) throws Exception {
    return new Api(port, "FollowUpLinkIT phone").call(user, method, path, body);
  }

  @Test
  @DisplayName("R-IG-7 the follow-up link reaches the enterprise only: no staff answer (task, trace, result, rectification, notice, inspection code, refusal log) nor process variable holds its code")
  void nowhereForStaff() throws Exception {
    // given a task whose result (a problem to rectify) went to the enterprise, which opened its link and evaluated
    InspectedTasks.Shown shown = inspected.scannedIn();
    InspectionTask task = shown.task();
    String followUp = inspected.backfill(task, LocalDate.now(clock).plusDays(10));
    assertThat(inbox.resultOf(task.taskNumber()).orElseThrow().text()).contains(followUp);
    assertThat(call(null, "GET", "/api/public/inspection-codes/" + followUp, null).statusCode()).isEqualTo(200);
    assertThat(call(null, "POST", "/api/public/inspection-codes/" + followUp + "/evaluation",
        "{\"score\":6}").statusCode()).isEqualTo(422);

    // when every staff member reads what the platform shows them of the task
    List<String> answers = new ArrayList<>();
    for (String user : List.of("liuyang", "wangfang", "zhangwei", "huangmin", "admin")) {
      for (String path : List.of("", "/result", "/rectification", "/notice", "/inspection-code")) {
        HttpResponse<String> read = call(user, "GET", "/api/tasks/" + task.id() + path, null);
        answers.add(user + " " + path + " " + read.statusCode() + " " + read.body());
      }
    }
    answers.add(call("huangmin", "GET", "/api/supervision/refusals?limit=500", null).body());
    answers.add(call("huangmin", "GET", "/api/supervision/evaluations", null).body());
    JsonNode trace = json.readTree(call("zhangwei", "GET", "/api/tasks/" + task.id(), null).body()).path("trace");

    // then none holds the code, the trace says a link was sent and used, and the inspector's code differs
    assertThat(answers).allSatisfy(a -> assertThat(a).doesNotContain(followUp));
    assertThat(trace.findValuesAsText("action")).contains("RESULT_SENT_TO_ENTERPRISE", "FOLLOW_UP_LINK_USED");
    assertThat(trace.toString()).contains("附查看结果、报告整改和评议的链接");
    assertThat(json.readTree(call("liuyang", "GET", "/api/tasks/" + task.id() + "/inspection-code", null).body())
        .path("code").asText()).isNotBlank().isNotEqualTo(followUp);
    List<String> processes = historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(task.taskNumber()).list().stream().map(HistoricProcessInstance::getId).toList();
    assertThat(processes).isNotEmpty();
    for (String process : processes) {
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(process).list())
          .extracting(HistoricVariableInstance::getValue).allSatisfy(v -> assertThat(String.valueOf(v))
              .doesNotContain(followUp));
    }
  }
}
