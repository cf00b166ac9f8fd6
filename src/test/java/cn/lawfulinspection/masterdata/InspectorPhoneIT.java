package cn.lawfulinspection.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.support.Api;
import cn.lawfulinspection.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An inspector's phone number is read only by the staff of the inspector's own agency, the justice bureau and
 * administrators, wherever the API shows inspectors: {@code /api/inspectors} (list, by agency, one), and none of the
 * other places that show inspectors carry a phone number (task views, the public verification of a code).
 */
@IntegrationTest
class InspectorPhoneIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();
  Api api;

  @BeforeEach
  void client() {
    api = new Api(port);
  }

  JsonNode get(String user, String path) throws Exception {
    HttpResponse<String> response = api.call(user, "GET", path, null);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return json.readTree(response.body());
  }

  static List<JsonNode> of(JsonNode list, String agency) {
    List<JsonNode> found = new ArrayList<>();
    list.forEach(i -> {
      if (agency.equals(i.path("agencyCode").asText())) {
        found.add(i);
      }
    });
    return found;
  }

  String scjgInspectorId() {
    return jdbc.queryForObject("select min(id) from insp_inspector where agency_code = 'scjg' and phone is not null "
        + "and certificate_number is not null",
        String.class);
  }

  @Test
  @DisplayName("R-IG-1 sunli (应急管理局 inspector) reads 市场监督管理局's inspectors without their phone numbers, in the list, by agency and one by one; her own agency's with them")
  void otherAgencyWithoutPhones() throws Exception {
    JsonNode all = get("sunli", "/api/inspectors");
    JsonNode scjg = get("sunli", "/api/inspectors?agencyCode=scjg");
    JsonNode one = get("sunli", "/api/inspectors/" + scjgInspectorId());

    assertThat(of(all, "scjg")).isNotEmpty().allSatisfy(i -> assertThat(i.path("phone").isNull()).isTrue());
    assertThat(of(all, "sthj")).isNotEmpty().allSatisfy(i -> assertThat(i.path("phone").isNull()).isTrue());
    assertThat(of(scjg, "scjg")).hasSize(scjg.size()).allSatisfy(i -> {
      assertThat(i.path("phone").isNull()).isTrue();
      assertThat(i.path("name").asText()).isNotBlank();
    });
    assertThat(one.path("phone").isNull()).isTrue();
    assertThat(one.path("certificate").path("number").asText()).isNotBlank();
    assertThat(of(all, "yjgl")).anySatisfy(i -> assertThat(i.path("phone").asText()).startsWith("1385260"));
  }

  @Test
  @DisplayName("R-IG-1 staff of the inspector's agency (zhangwei), the justice bureau (huangmin) and the administrator read the phone numbers")
  void entitledReaders() throws Exception {
    for (String user : List.of("zhangwei", "liuyang", "huangmin", "admin")) {
      JsonNode scjg = get(user, "/api/inspectors?agencyCode=scjg");
      assertThat(of(scjg, "scjg")).as(user).anySatisfy(i -> assertThat(i.path("phone").asText()).startsWith("1385260"));
      assertThat(get(user, "/api/inspectors/" + scjgInspectorId()).path("phone").asText()).as(user)
          .startsWith("1385260");
    }
    assertThat(of(get("zhangwei", "/api/inspectors"), "yjgl"))
        .allSatisfy(i -> assertThat(i.path("phone").isNull()).isTrue());
  }

  @Test
  @DisplayName("R-IG-1 no other view of inspectors carries a phone number: a task of 市场监督管理局 for its staff, and the public verification of its code")
  void otherViewsWithoutPhones() throws Exception {
    long task = jdbc.queryForObject("select min(id) from insp_task where status = 'APPROVED'", Long.class);
    List<String> phones = jdbc.queryForList("select phone from insp_inspector where phone is not null", String.class);

    String taskView = api.call("liuyang", "GET", "/api/tasks/" + task, null).body();
    JsonNode code = get("liuyang", "/api/tasks/" + task + "/inspection-code");
    String verified = api.call(null, "GET", "/api/public/inspection-codes/" + code.path("code").asText(), null).body();

    assertThat(taskView).contains("inspectors");
    assertThat(verified).contains("inspectors");
    for (String phone : phones) {
      assertThat(taskView).doesNotContain(phone);
      assertThat(verified).doesNotContain(phone);
    }
  }
}
