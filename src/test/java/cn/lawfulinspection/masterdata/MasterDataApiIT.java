package cn.lawfulinspection.masterdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.enterprise.CreditCode;
import cn.lawfulinspection.inspector.InspectorService;
import cn.lawfulinspection.item.ItemService;
import cn.lawfulinspection.support.IntegrationTest;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

@IntegrationTest
class MasterDataApiIT {

  private static final LocalDate DAY = LocalDate.of(2025, 6, 16);

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identityService;
  @Autowired cn.lawfulinspection.supervision.RefusalLog refusals;
  @Autowired InspectorService inspectors;
  @Autowired ItemService items;

  private TestRestTemplate admin() {
    return rest.withBasicAuth("admin", "demo");
  }

  @BeforeEach
  void plainUser() {
    CsvUpload.plainUser(identityService);
  }

  private static HttpEntity<Map<String, Object>> json(Map<String, Object> body) {
    var headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  private static URI search(String q) {
    return UriComponentsBuilder.fromPath("/api/enterprises").queryParam("q", q).queryParam("size", 100)
        .encode().build().toUri();
  }

  @Test
  @DisplayName("an anonymous call to the master-data API gets 401")
  void anonymous() {
    assertThat(rest.getForEntity("/api/agencies", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/api/enterprises?q=食品", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @DisplayName("the master-data API is described in the OpenAPI document with Chinese tags")
  void openApi() {
    String doc = admin().getForObject("/api/openapi", String.class);
    assertThat(doc).contains("/api/enterprises/import", "/api/inspectors/{id}/qualification", "/api/items", "/api/agencies")
        .contains("检查对象", "执法人员", "检查事项", "执法机关");
  }

  @Test
  @DisplayName("the demo agencies are listed, the justice bureau flagged, each with sections")
  void agencies() {
    ResponseEntity<List> response = admin().getForEntity("/api/agencies", List.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> agencies = response.getBody();
    assertThat(agencies).extracting(a -> a.get("code")).contains("scjg", "yjgl", "sthj", "sfj");
    Map<String, Object> sfj = agencies.stream().filter(a -> "sfj".equals(a.get("code"))).findFirst().orElseThrow();
    assertThat(sfj.get("name")).isEqualTo("司法局");
    assertThat(sfj.get("justiceBureau")).isEqualTo(true);
    assertThat(agencies).allSatisfy(a -> assertThat((List<?>) a.get("sections")).isNotEmpty());
  }

  @Test
  @DisplayName("a new agency gets its Camunda groups (staff, inspectors, head) at once")
  void newAgencyGetsGroups() {
    ResponseEntity<Map> put = admin().exchange("/api/agencies/jyzj", HttpMethod.PUT,
        json(Map.of("name", "住房和城乡建设局", "level", "COUNTY")), Map.class);
    assertThat(put.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(identityService.createGroupQuery().groupIdIn("jyzj", "jyzjInspector", "jyzjHead").count())
        .isEqualTo(3);
  }

  @Test
  @DisplayName("a user who is not an administrator may read but not write master data (403 problem)")
  void writesNeedAdministrator() {
    TestRestTemplate reader = rest.withBasicAuth("mdreader", "demo");
    assertThat(reader.getForEntity("/api/items?agencyCode=scjg", List.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<Map> put = reader.exchange("/api/agencies/qtz", HttpMethod.PUT,
        json(Map.of("name", "溱潼镇人民政府", "level", "TOWNSHIP")), Map.class);
    assertThat(put.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) put.getBody().get("detail")).contains("系统管理员");
    assertThat(admin().getForEntity("/api/agencies/qtz", Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  @DisplayName("R-MD-4 an invalid credit code is refused as a problem with ruleId, field and a Chinese detail")
  void invalidCreditCodeProblem() {
    ResponseEntity<Map> response = admin().exchange("/api/enterprises/91321204MA1P3K5R0A", HttpMethod.PUT,
        json(Map.of("name", "泰州测试食品有限公司", "tier", "B")), Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    Map<String, Object> problem = response.getBody();
    assertThat(problem.get("status")).isEqualTo(422);
    assertThat(problem.get("ruleId")).isEqualTo("R-MD-4");
    assertThat(problem.get("field")).isEqualTo("creditCode");
    assertThat((String) problem.get("detail")).contains("校验位").contains("91321204MA1P3K5R0A");
    assertThat(refusals.latest(10)).as("kept for supervision").anySatisfy(r -> {
      assertThat(r.ruleId()).isEqualTo("R-MD-4");
      assertThat(r.userId()).isEqualTo("admin");
      assertThat(r.where()).isEqualTo("PUT /api/enterprises/91321204MA1P3K5R0A");
    });
    assertThat(admin().getForEntity("/api/enterprises/91321204MA1P3K5R0A", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  @DisplayName("R-MD-5 an unknown tier is refused as a problem naming the field")
  void unknownTierProblem() {
    ResponseEntity<Map> response = admin().exchange("/api/enterprises/91321204MA1P3K5R0U", HttpMethod.PUT,
        json(Map.of("name", "泰州测试食品有限公司", "tier", "E")), Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(response.getBody()).containsEntry("ruleId", "R-MD-5").containsEntry("field", "tier");
  }

  @Test
  @DisplayName("bean validation answers a missing name with a Chinese message and the field")
  void beanValidation() {
    ResponseEntity<Map> response = admin().exchange("/api/items/SCJG-090", HttpMethod.PUT,
        json(Map.of("agencyCode", "scjg", "name", " ")), Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("field", "name").containsEntry("detail", "请填写检查事项名称");
  }

  @Test
  @DisplayName("R-MD-4 R-MD-5 an enterprise with a 4-byte character in its name is stored and found by search")
  void fourByteName() {
    String code = "91321299000000001" + CreditCode.checkCharacter("91321299000000001");
    String name = "泰州市姜堰区𠮷𡒄测试餐饮有限公司";
    ResponseEntity<Map> put = admin().exchange("/api/enterprises/" + code, HttpMethod.PUT,
        json(Map.of("name", name, "address", "泰州市姜堰区三水街道𠮷祥路1号", "tier", "C", "keySupervision", true)), Map.class);
    assertThat(put.getStatusCode()).isEqualTo(HttpStatus.OK);

    Map<String, Object> byFragment = admin().getForObject(search("𠮷𡒄测试"), Map.class);
    assertThat((List<Map<String, Object>>) byFragment.get("content")).singleElement().satisfies(e -> {
      assertThat(e.get("name")).isEqualTo(name);
      assertThat(e.get("address")).isEqualTo("泰州市姜堰区三水街道𠮷祥路1号");
      assertThat(e.get("tier")).isEqualTo("C");
      assertThat(e.get("keySupervision")).isEqualTo(true);
    });
    Map<String, Object> byCode = admin().getForObject(search(code.substring(0, 12)), Map.class);
    assertThat((List<Map<String, Object>>) byCode.get("content")).extracting(e -> e.get("creditCode")).contains(code);
    Map<String, Object> demo = admin().getForObject(search("𠮷祥餐饮"), Map.class);
    assertThat((List<Map<String, Object>>) demo.get("content")).extracting(e -> e.get("name"))
        .contains("泰州市姜堰区𠮷祥餐饮有限公司");
  }

  @Test
  @DisplayName("R-TK-7 an enterprise is put on the serious-dishonesty list (严重失信, Yunhe's quiet-period exemption) and read back; without the field it is not on it")
  void seriousDishonestyFlag() {
    String code = "91321299000000002" + CreditCode.checkCharacter("91321299000000002");
    String other = "91321299000000003" + CreditCode.checkCharacter("91321299000000003");
    assertThat(admin().exchange("/api/enterprises/" + code, HttpMethod.PUT, json(Map.of("name", "严重失信测试商贸有限公司",
        "tier", "D", "seriouslyDishonest", true)), Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(admin().exchange("/api/enterprises/" + other, HttpMethod.PUT, json(Map.of("name", "守信测试商贸有限公司",
        "tier", "C")), Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(admin().getForObject("/api/enterprises/" + code, Map.class).get("seriouslyDishonest")).isEqualTo(true);
    assertThat(admin().getForObject("/api/enterprises/" + other, Map.class).get("seriouslyDishonest")).isEqualTo(false);
  }

  @Test
  @DisplayName("R-MD-4 R-MD-5 at least 200 demo enterprises are there, paged")
  void demoEnterprisesPaged() {
    Map<String, Object> page = admin().getForObject("/api/enterprises?page=1&size=50", Map.class);
    assertThat(((Number) page.get("totalElements")).longValue()).isGreaterThanOrEqualTo(200);
    assertThat((List<?>) page.get("content")).hasSize(50);
    assertThat(page.get("page")).isEqualTo(1);
  }

  @Test
  @DisplayName("R-MD-1 the qualification endpoint refuses the demo inspector whose certificate expired")
  void qualificationEndpoint() {
    Map<String, Object> expired = admin().getForObject("/api/inspectors/scjg-007/qualification?on=2025-06-16", Map.class);
    assertThat(expired).containsEntry("allowed", false).containsEntry("ruleId", "R-MD-1");
    assertThat((String) expired.get("message")).contains("徐明").contains("过期");
    Map<String, Object> valid = admin().getForObject("/api/inspectors/scjg-002/qualification?on=2025-06-16", Map.class);
    assertThat(valid).containsEntry("allowed", true);
  }

  @Test
  @DisplayName("R-MD-1 every demo account that inspects has an inspector record with a valid certificate")
  void demoAccounts() {
    for (String user : List.of("zhangwei", "liuyang", "wangfang", "lijun", "zhaolei", "sunli", "zhouqiang", "wuhua",
        "zhengkai", "fengxue", "huangmin", "linhai")) {
      var inspector = inspectors.byUserId(user).orElseThrow(() -> new AssertionError("no inspector for " + user));
      assertThat(inspectors.qualified(inspector.id(), DAY).allowed()).as(user).isTrue();
    }
    assertThat(inspectors.byUserId("liuyang").orElseThrow().agencyCode()).isEqualTo("scjg");
  }

  @Test
  @DisplayName("R-MD-1 requireQualified names the inspector with a revoked certificate")
  void requireQualified() {
    assertThatThrownBy(() -> inspectors.requireQualified(List.of("yjgl-002", "yjgl-006"), DAY))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> {
          assertThat(e.ruleId()).isEqualTo("R-MD-1");
          assertThat(e.getMessage()).contains("郭丽").contains("吊销");
        });
    assertThatThrownBy(() -> inspectors.requireQualified(List.of("sthj-008"), DAY))
        .hasMessageContaining("唐杰").hasMessageContaining("没有行政执法证件");
  }

  @Test
  @DisplayName("R-MD-2 a team of one is refused and a team of two qualified inspectors is allowed")
  void requireTeam() {
    assertThatThrownBy(() -> inspectors.requireTeam(List.of("scjg-002"), DAY, 2))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.ruleId()).isEqualTo("R-MD-2"));
    inspectors.requireTeam(List.of("scjg-002", "scjg-003"), DAY, 2);
    assertThatThrownBy(() -> inspectors.requireTeam(List.of("scjg-002", "scjg-007"), DAY, 2))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.ruleId()).isEqualTo("R-MD-1"));
  }

  @Test
  @DisplayName("R-MD-3 items without basis, of another agency or unknown are refused, naming the item")
  void requireUsableItems() {
    assertThat(items.requireUsable("scjg", List.of("SCJG-002", "SCJG-001")))
        .extracting(i -> i.code()).containsExactly("SCJG-002", "SCJG-001");
    assertThatThrownBy(() -> items.requireUsable("scjg", List.of("SCJG-001", "SCJG-007")))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> {
          assertThat(e.ruleId()).isEqualTo("R-MD-3");
          assertThat(e.getMessage()).contains("集贸市场计量器具使用情况").contains("没有法定依据");
        });
    assertThatThrownBy(() -> items.requireUsable("yjgl", List.of("SCJG-001"))).hasMessageContaining("其他执法机关");
    assertThatThrownBy(() -> items.requireUsable("scjg", List.of("SCJG-404"))).hasMessageContaining("SCJG-404");
    assertThat(items.usableItemsOf("scjg")).extracting(i -> i.code()).doesNotContain("SCJG-007").hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  @DisplayName("R-MD-3 an item without basis can be stored as a draft over REST but is shown as unusable")
  void draftItem() {
    ResponseEntity<Map> put = admin().exchange("/api/items/SCJG-091", HttpMethod.PUT,
        json(Map.of("agencyCode", "scjg", "name", "价格公示情况（草稿）", "complianceStandard", "明码标价")), Map.class);
    assertThat(put.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(put.getBody()).containsEntry("usable", false);
    List<Map<String, Object>> usable = admin().getForObject("/api/items?agencyCode=scjg&usableOnly=true", List.class);
    assertThat(usable).extracting(i -> i.get("code")).doesNotContain("SCJG-091", "SCJG-007").contains("SCJG-001");
  }
}
