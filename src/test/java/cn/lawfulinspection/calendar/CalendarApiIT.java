package cn.lawfulinspection.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The calendar API: everyone signed in reads, only the administrator writes, bad input gets a Chinese problem. */
@IntegrationTest
class CalendarApiIT {

  private static final String USER = "calendarReader";
  /** Made-up 2027 data for the test (the real schedule is not published yet). */
  private static final String YEAR_2027 = """
      {"source": "测试用安排",
       "holidays": [{"date": "2027-01-01", "name": "元旦"}, {"date": "2027-02-08", "name": "春节"}],
       "workingDays": [{"date": "2027-02-06", "name": "春节调休上班"}]}
      """;

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identityService;
  @Autowired WorkingDayCalendar calendar;
  @Autowired Clock clock;
  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void throwawayUser() {
    if (identityService.createUserQuery().userId(USER).count() == 0) {
      User user = identityService.newUser(USER);
      user.setFirstName("临时");
      user.setLastName("读者");
      user.setPassword("demo");
      identityService.saveUser(user);
    }
  }

  @AfterEach
  void cleanUp() {
    identityService.deleteUser(USER);
    admin().exchange("/api/calendar/years/2027", HttpMethod.DELETE, null, String.class);
  }

  private TestRestTemplate admin() {
    return rest.withBasicAuth("admin", "demo");
  }

  private TestRestTemplate reader() {
    return rest.withBasicAuth(USER, "demo");
  }

  private static ResponseEntity<String> put(TestRestTemplate client, String url, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return client.exchange(url, HttpMethod.PUT, new HttpEntity<>(body, headers), String.class);
  }

  private JsonNode body(ResponseEntity<String> response) throws Exception {
    return json.readTree(response.getBody());
  }

  @Test
  @DisplayName("anyone signed in reads 2026 as seeded from the class path; anonymous callers get 401")
  void readSeededYear() throws Exception {
    ResponseEntity<String> response = reader().getForEntity("/api/calendar/years/2026", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode year = body(response);
    assertThat(year.get("stored").asBoolean()).isTrue();
    assertThat(year.get("source").asText()).contains("国办发明电〔2025〕7号");
    assertThat(year.get("workingDays").findValuesAsText("date")).contains("2026-02-14", "2026-10-10");
    assertThat(year.get("holidays").findValuesAsText("date")).contains("2026-10-07").doesNotContain("2026-10-10");
    assertThat(rest.getForEntity("/api/calendar/years/2026", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @DisplayName("working days over National Day 2026, and years without data answer as provisional, with a notice")
  void workingDays() throws Exception {
    JsonNode known = body(reader().getForEntity("/api/calendar/working-days?from=2026-10-09&n=1", String.class));
    assertThat(known.get("date").asText()).isEqualTo("2026-10-10");
    assertThat(known.get("provisional").asBoolean()).isFalse();
    assertThat(known.get("yearsWithoutSchedule")).isEmpty();

    // Friday 2029-12-28 + 2: Monday 12-31, then 2030-01-01 is 元旦 (fixed by law) and 01-02 the second
    JsonNode provisional = body(reader().getForEntity("/api/calendar/working-days?from=2029-12-28&n=2",
        String.class));
    assertThat(provisional.get("date").asText()).isEqualTo("2030-01-02");
    assertThat(provisional.get("provisional").asBoolean()).isTrue();
    assertThat(provisional.get("yearsWithoutSchedule").toString()).isEqualTo("[2029,2030]");
    assertThat(provisional.get("notice").asText()).contains("尚未录入 2029、2030 年的节假日安排", "临时日历");

    JsonNode unknownYear = body(reader().getForEntity("/api/calendar/years/2030", String.class));
    assertThat(unknownYear.get("stored").asBoolean()).isFalse();
    assertThat(unknownYear.get("provisional").asBoolean()).isTrue();
    assertThat(unknownYear.get("origin").asText()).isEqualTo("PROVISIONAL");
    assertThat(unknownYear.get("holidays").findValuesAsText("date")).containsExactly("2030-01-01", "2030-05-01",
        "2030-05-02", "2030-10-01", "2030-10-02", "2030-10-03");
    assertThat(unknownYear.get("workingDays")).isEmpty();
    assertThat(unknownYear.get("notice").asText()).contains("暂按临时日历计算", "春节、清明节、端午节、中秋节");
  }

  @Test
  @DisplayName("the status tells the administrator and the justice bureau which years are counted on provisionally")
  void status() throws Exception {
    reader().getForEntity("/api/calendar/working-days?from=2031-06-02&n=1", String.class);

    for (TestRestTemplate client : List.of(admin(), rest.withBasicAuth("huangmin", "demo"))) {
      JsonNode status = body(client.getForEntity("/api/calendar/status", String.class));
      assertThat(status.get("today").asText()).isEqualTo(LocalDate.now(clock).toString());
      assertThat(status.get("storedYears").toString()).contains("2025", "2026");
      assertThat(status.get("provisionalYearsInUse").toString()).contains("2031");
      assertThat(status.get("notice").asText()).contains("2031", "临时日历");
    }
    assertThat(rest.getForEntity("/api/calendar/status", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @DisplayName("the administrator enters 2027; it replaces the provisional calendar at once and lists what changed; deleting it falls back to the provisional calendar")
  void adminPutsYear() throws Exception {
    assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-08"))).isTrue(); // a Monday, nothing known yet
    assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse(); // 元旦, fixed by law

    ResponseEntity<String> response = put(admin(), "/api/calendar/years/2027", YEAR_2027);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode year = body(response);
    assertThat(year.get("stored").asBoolean()).isTrue();
    assertThat(year.get("provisional").asBoolean()).isFalse();
    assertThat(year.get("changedFromProvisional").toString())
        .isEqualTo("[\"2027-02-06\",\"2027-02-08\",\"2027-10-01\"]");
    assertThat(year.get("origin").asText()).isEqualTo("ADMIN");
    assertThat(year.get("updatedBy").asText()).isEqualTo("admin");
    assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-08"))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-06"))).isTrue();
    assertThat(calendar.plusWorkingDays(LocalDate.parse("2027-02-05"), 2)).isEqualTo(LocalDate.parse("2027-02-09"));
    JsonNode read = body(reader().getForEntity("/api/calendar/years/2027", String.class));
    assertThat(read.get("holidays").findValuesAsText("name")).containsExactly("元旦", "春节");

    // replacing the year drops what is no longer listed
    put(admin(), "/api/calendar/years/2027", """
        {"holidays": [{"date": "2027-01-01", "name": "元旦"}]}""");
    assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-08"))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-06"))).isFalse();

    ResponseEntity<String> deleted = admin().exchange("/api/calendar/years/2027", HttpMethod.DELETE, null,
        String.class);
    assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse(); // provisional again: 元旦
    assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-08"))).isTrue();
    assertThat(body(reader().getForEntity("/api/calendar/years/2027", String.class)).get("provisional").asBoolean())
        .isTrue();
  }

  @Test
  @DisplayName("a user outside camunda-admin may not change the calendar (403, Chinese problem)")
  void nonAdminRefused() throws Exception {
    ResponseEntity<String> response = put(reader(), "/api/calendar/years/2027", YEAR_2027);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(body(response).get("detail").asText()).contains("只有系统管理员");
    assertThat(body(reader().getForEntity("/api/calendar/years/2027", String.class)).get("stored").asBoolean())
        .isFalse();
    assertThat(reader().exchange("/api/calendar/years/2026", HttpMethod.DELETE, null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  @DisplayName("a bad payload is refused with a Chinese problem naming the field, and nothing is saved")
  void badPayload() throws Exception {
    ResponseEntity<String> both = put(admin(), "/api/calendar/years/2027", """
        {"holidays": [{"date": "2027-02-06", "name": "春节"}],
         "workingDays": [{"date": "2027-02-06", "name": "春节调休上班"}]}""");
    assertThat(both.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(body(both).get("detail").asText()).contains("不能既是节假日又是调休上班日");
    assertThat(body(both).get("field").asText()).isEqualTo("workingDays[0].date");

    ResponseEntity<String> outside = put(admin(), "/api/calendar/years/2027", """
        {"holidays": [{"date": "2028-01-01", "name": "元旦"}]}""");
    assertThat(outside.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(body(outside).get("detail").asText()).contains("不在 2027 年内");

    ResponseEntity<String> unreadable = put(admin(), "/api/calendar/years/2027", """
        {"holidays": [{"date": "2027-13-01"}]}""");
    assertThat(unreadable.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(body(unreadable).get("detail").asText()).contains("yyyy-MM-dd");

    assertThat(body(admin().getForEntity("/api/calendar/years/2027", String.class)).get("stored").asBoolean())
        .isFalse();
  }
}
