package cn.lawfulinspection.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
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
  @DisplayName("working days over National Day 2026, and a year without data answers with a notice")
  void workingDays() throws Exception {
    JsonNode known = body(reader().getForEntity("/api/calendar/working-days?from=2026-10-09&n=1", String.class));
    assertThat(known.get("date").asText()).isEqualTo("2026-10-10");
    assertThat(known.get("yearsWithoutSchedule")).isEmpty();

    JsonNode fallback = body(reader().getForEntity("/api/calendar/working-days?from=2029-12-28&n=2", String.class));
    assertThat(fallback.get("date").asText()).isEqualTo("2030-01-01");
    assertThat(fallback.get("yearsWithoutSchedule").toString()).isEqualTo("[2029,2030]");
    assertThat(fallback.get("notice").asText()).contains("尚未录入 2029、2030 年的节假日安排");

    JsonNode unknownYear = body(reader().getForEntity("/api/calendar/years/2030", String.class));
    assertThat(unknownYear.get("stored").asBoolean()).isFalse();
    assertThat(unknownYear.get("notice").asText()).contains("暂按周六、周日休息计算");
  }

  @Test
  @DisplayName("the administrator enters 2027; the calendar in use changes at once; deleting it falls back")
  void adminPutsYear() throws Exception {
    assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-08"))).isTrue(); // a Monday, nothing known yet

    ResponseEntity<String> response = put(admin(), "/api/calendar/years/2027", YEAR_2027);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode year = body(response);
    assertThat(year.get("stored").asBoolean()).isTrue();
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
    assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-01"))).isTrue(); // a Friday, back to the fallback
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
