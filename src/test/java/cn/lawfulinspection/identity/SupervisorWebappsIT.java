package cn.lawfulinspection.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.task.InspectedTasks;
import cn.lawfulinspection.task.InspectionTask;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the generic-API guard (R-IG-4) keeps: the reads Cockpit and Tasklist make for a supervisor of the justice bureau
 * and for an inspector, through the webapps' own APIs with a session, still answer.
 */
@IntegrationTest
class SupervisorWebappsIT {

  @LocalServerPort int port;
  @Autowired InspectedTasks inspected;

  @Test
  @DisplayName("R-IG-4 the guard leaves Cockpit's and Tasklist's reads to the authorizations: a supervisor reads definitions, instances, activity trees, variables, history and statistics")
  void readsStillWork() {
    InspectionTask task = inspected.approvedWithNotice();
    Http http = new Http(port);
    http.webLogin("huangmin", "demo");
    String engine = "/camunda/api/engine/engine/default";
    List<String> reads = List.of(
        engine + "/process-definition?latestVersion=true&maxResults=50",
        engine + "/process-definition/statistics?rootIncidents=true",
        engine + "/process-instance?businessKey=" + task.taskNumber() + "&maxResults=10",
        engine + "/process-instance/" + task.processInstanceId() + "/activity-instances",
        engine + "/process-instance/" + task.processInstanceId() + "/variables?deserializeValues=false",
        engine + "/history/process-instance/count?processInstanceBusinessKey=" + task.taskNumber(),
        engine + "/history/activity-instance?processInstanceId=" + task.processInstanceId() + "&maxResults=50",
        engine + "/incident/count",
        engine + "/job?processInstanceId=" + task.processInstanceId() + "&maxResults=10",
        engine + "/task?maxResults=20",
        engine + "/authorization/check?permissionName=ACCESS&resourceName=application&resourceType=0&resourceId=cockpit",
        "/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count",
        "/camunda/api/cockpit/plugin/base/default/process-instance/count");
    for (String path : reads) {
      HttpResponse<String> r = http.get(path);
      assertThat(r.statusCode()).as(path + " " + r.body()).isIn(200, 204);
    }
  }
}
