package cn.lawfulinspection.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.inspector.InspectorService;
import cn.lawfulinspection.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@IntegrationTest
class InspectorImportIT {

  private static final String PATH = "/api/inspectors/import";

  @Autowired TestRestTemplate rest;
  @Autowired InspectorService inspectors;

  private TestRestTemplate admin() {
    return rest.withBasicAuth("admin", "demo");
  }

  @Test
  @DisplayName("R-MD-1 a good inspector file is imported with certificates that then qualify")
  void goodFile() {
    String csv = "工号,姓名,执法机关代码,账号,电话,执法证号,有效期起,有效期止,已吊销\n"
        + "imp-001,钱进,scjg,,13852609001,32120420259001,2025-01-01,2029-12-31,否\n"
        + "imp-002,𠮷小华,sthj,,,32120420259002,2025/1/1,2029/12/31,\n"
        + "imp-003,孔明,yjgl,,,,,,\n";
    ResponseEntity<Map> response = CsvUpload.post(admin(), PATH, CsvUpload.utf8WithBom(csv));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).containsEntry("imported", 3);
    assertThat(inspectors.get("imp-002").name()).isEqualTo("𠮷小华");
    assertThat(inspectors.qualified("imp-001", LocalDate.of(2025, 6, 16)).allowed()).isTrue();
    assertThat(inspectors.qualified("imp-003", LocalDate.of(2025, 6, 16)).message()).contains("没有行政执法证件");
  }

  @Test
  @DisplayName("R-MD-1 bad rows (unknown agency, bad date, missing name, duplicate id) are all reported; nothing is saved")
  void badRows() {
    String csv = "id,name,agencyCode,certificateNumber,validFrom,validTo\n"
        + "imp-101,好人,scjg,32120420259101,2025-01-01,2029-12-31\n"
        + "imp-102,错单位,gaj,32120420259102,2025-01-01,2029-12-31\n"
        + "imp-103,错日期,scjg,32120420259103,2025-02-30,2029-12-31\n"
        + "imp-104,,scjg,,,\n"
        + "scjg-002,重复,scjg,,,\n"
        + "imp-101,文件内重复,scjg,,,\n";
    ResponseEntity<Map> response = CsvUpload.post(admin(), PATH, CsvUpload.utf8(csv));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
    assertThat(errors).extracting(e -> e.get("line"), e -> e.get("field")).containsExactly(
        org.assertj.core.groups.Tuple.tuple(3, "agencyCode"),
        org.assertj.core.groups.Tuple.tuple(4, "validFrom"),
        org.assertj.core.groups.Tuple.tuple(5, "name"),
        org.assertj.core.groups.Tuple.tuple(6, "id"),
        org.assertj.core.groups.Tuple.tuple(7, "id"));
    assertThat((String) errors.get(0).get("message")).contains("gaj").contains("不存在");
    assertThat((String) errors.get(1).get("message")).contains("2025-02-30").contains("不是有效日期");
    assertThat(inspectors.find("imp-101")).isEmpty();
  }

  @Test
  @DisplayName("a GBK inspector file is refused with a message asking for UTF-8")
  void gbkFile() {
    String csv = "工号,姓名,执法机关代码\nimp-201,钱进,scjg\n";
    ResponseEntity<Map> response = CsvUpload.post(admin(), PATH, csv.getBytes(CsvUpload.GBK));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat((String) response.getBody().get("detail")).contains("UTF-8");
    assertThat(inspectors.find("imp-201")).isEmpty();
  }
}
