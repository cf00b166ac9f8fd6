package cn.lawfulinspection.masterdata;

import static cn.lawfulinspection.masterdata.CsvUpload.code;
import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.enterprise.EnterpriseService;
import cn.lawfulinspection.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@IntegrationTest
class EnterpriseImportIT {

  private static final String PATH = "/api/enterprises/import";

  @Autowired TestRestTemplate rest;
  @Autowired EnterpriseService enterprises;
  @Autowired org.camunda.bpm.engine.IdentityService identityService;

  private TestRestTemplate admin() {
    return rest.withBasicAuth("admin", "demo");
  }

  @Test
  @DisplayName("R-MD-4 R-MD-5 a good file with Chinese headers is imported in full")
  void goodFile() {
    String csv = "统一社会信用代码,企业名称,地址,联系人,信用等级,白名单,重点监管\n"
        + code(101) + ",泰州导入一号食品有限公司,泰州市姜堰区人民路1号,王建国 13952600001,A,是,否\n"
        + code(102) + ",\"泰州导入二号化工有限公司\",,,D,否,是\n"
        + code(103) + ",姜堰区𠮷祥导入小吃店,,,b级,,\n";
    ResponseEntity<Map> response = CsvUpload.post(admin(), PATH, CsvUpload.utf8(csv));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).containsEntry("imported", 3);
    assertThat(enterprises.get(code(101)).whiteListed()).isTrue();
    assertThat(enterprises.get(code(102)).keySupervision()).isTrue();
    assertThat(enterprises.get(code(103)).name()).isEqualTo("姜堰区𠮷祥导入小吃店");
    assertThat(enterprises.get(code(103)).tier()).isEqualTo(CreditTier.B);
  }

  @Test
  @DisplayName("R-MD-4 a file with two bad rows is refused listing both line numbers and nothing is saved")
  void twoBadRows() {
    String csv = "creditCode,name,tier\n"
        + code(201) + ",泰州良好一号有限公司,A\n"
        + "91321299000002020,泰州代码太短有限公司,B\n"
        + code(203) + ",泰州良好三号有限公司,C\n"
        + code(204) + ",,E\n";
    ResponseEntity<Map> response = CsvUpload.post(admin(), PATH, CsvUpload.utf8(csv));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    Map<String, Object> problem = response.getBody();
    assertThat((String) problem.get("detail")).contains("第3行").contains("第5行").contains("未导入");
    List<Map<String, Object>> errors = (List<Map<String, Object>>) problem.get("errors");
    assertThat(errors).extracting(e -> e.get("line")).containsOnly(3, 5);
    assertThat(errors).anySatisfy(e -> {
      assertThat(e).containsEntry("line", 3).containsEntry("field", "creditCode").containsEntry("ruleId", "R-MD-4");
      assertThat((String) e.get("message")).contains("18位");
    });
    assertThat(errors).anySatisfy(e -> assertThat(e).containsEntry("line", 5).containsEntry("field", "name"));
    assertThat(errors).anySatisfy(e -> assertThat(e).containsEntry("line", 5).containsEntry("ruleId", "R-MD-5"));
    assertThat(enterprises.find(code(201))).isEmpty();
    assertThat(enterprises.find(code(203))).isEmpty();
  }

  @Test
  @DisplayName("R-MD-4 duplicate codes, in the file or already stored, and a wrong check character are reported")
  void duplicatesAndCheckCharacter() {
    String demoCode = enterprises.search("", 0, 1).getContent().get(0).creditCode();
    String wrong = code(303).substring(0, 17) + (code(303).endsWith("0") ? "1" : "0");
    String csv = "creditCode,name,tier\n"
        + code(301) + ",泰州甲有限公司,A\n"
        + code(301) + ",泰州乙有限公司,A\n"
        + demoCode + ",泰州丙有限公司,B\n"
        + wrong + ",泰州丁有限公司,B\n"
        + "913212990000003O4X,泰州戊有限公司,B\n";
    ResponseEntity<Map> response = CsvUpload.post(admin(), PATH, CsvUpload.utf8(csv));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
    assertThat(errors).extracting(e -> e.get("line")).containsExactly(3, 4, 5, 6);
    assertThat((String) errors.get(0).get("message")).contains("与第2行重复");
    assertThat((String) errors.get(1).get("message")).contains("已存在");
    assertThat((String) errors.get(2).get("message")).contains("校验位");
    assertThat((String) errors.get(3).get("message")).contains("“O”");
    assertThat(enterprises.find(code(301))).isEmpty();
  }

  @Test
  @DisplayName("R-MD-4 a UTF-8 file with BOM and English headers is imported")
  void bomFile() {
    String csv = "creditCode,name,address,contact,tier,whiteListed,keySupervision\r\n"
        + code(401) + ",泰州带BOM导入有限公司,泰州市海陵区,李四,C,false,true\r\n";
    ResponseEntity<Map> response = CsvUpload.post(admin(), PATH, CsvUpload.utf8WithBom(csv));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).containsEntry("imported", 1);
    assertThat(enterprises.get(code(401)).name()).isEqualTo("泰州带BOM导入有限公司");
  }

  @Test
  @DisplayName("a GBK file is refused with a Chinese message asking for UTF-8, nothing is saved")
  void gbkFile() {
    String csv = "统一社会信用代码,企业名称,信用等级\n" + code(501) + ",泰州国标编码有限公司,A\n";
    ResponseEntity<Map> response = CsvUpload.post(admin(), PATH, csv.getBytes(CsvUpload.GBK));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat((String) response.getBody().get("detail")).contains("GBK").contains("UTF-8").contains("另存为");
    assertThat(enterprises.find(code(501))).isEmpty();
  }

  static HttpHeaders browser(String origin, String fetchSite) {
    HttpHeaders headers = new HttpHeaders();
    if (origin != null) {
      headers.set(HttpHeaders.ORIGIN, origin);
    }
    if (fetchSite != null) {
      headers.set("Sec-Fetch-Site", fetchSite);
    }
    return headers;
  }

  @Test
  @DisplayName("R-IG-2 a cross-site import (a page of another site posting the form with the administrator's cached credentials) is refused with 403 and nothing is imported")
  void crossSiteRefused() {
    String csv = "creditCode,name,tier\n" + code(701) + ",泰州跨站导入有限公司,A\n";

    ResponseEntity<Map> byOrigin = CsvUpload.post(admin(), PATH, CsvUpload.utf8(csv),
        browser("https://evil.example", "cross-site"));
    ResponseEntity<Map> byFetchSite = CsvUpload.post(admin(), PATH, CsvUpload.utf8(csv), browser(null, "cross-site"));
    ResponseEntity<Map> sandboxed = CsvUpload.post(admin(), PATH, CsvUpload.utf8(csv), browser("null", null));
    ResponseEntity<Map> lookalike = CsvUpload.post(admin(), PATH, CsvUpload.utf8(csv),
        browser(rest.getRootUri() + ".evil.example", "same-site"));

    assertThat(byOrigin.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) byOrigin.getBody().get("detail")).contains("拒绝来自其他网站的操作请求");
    assertThat(byOrigin.getBody()).containsEntry("ruleId", "R-IG-2");
    assertThat(byFetchSite.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(sandboxed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(lookalike.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(enterprises.find(code(701))).isEmpty();
  }

  @Test
  @DisplayName("R-IG-2 the platform's own page (same origin) and clients without Origin (curl, scripts) import as before")
  void sameOriginAndNoOriginImport() {
    ResponseEntity<Map> sameOrigin = CsvUpload.post(admin(), PATH,
        CsvUpload.utf8("creditCode,name,tier\n" + code(702) + ",泰州同源导入有限公司,A\n"),
        browser(rest.getRootUri(), "same-origin"));
    ResponseEntity<Map> noOrigin = CsvUpload.post(admin(), PATH,
        CsvUpload.utf8("creditCode,name,tier\n" + code(703) + ",泰州命令行导入有限公司,A\n"), browser(null, null));

    assertThat(sameOrigin.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(noOrigin.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(enterprises.find(code(702))).isPresent();
    assertThat(enterprises.find(code(703))).isPresent();
  }

  @Test
  @DisplayName("only administrators may import")
  void importNeedsAdministrator() {
    String user = CsvUpload.plainUser(identityService);
    ResponseEntity<Map> response = CsvUpload.post(rest.withBasicAuth(user, "demo"), PATH,
        CsvUpload.utf8("creditCode,name,tier\n" + code(601) + ",泰州无权导入有限公司,A\n"));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(enterprises.find(code(601))).isEmpty();
  }
}
