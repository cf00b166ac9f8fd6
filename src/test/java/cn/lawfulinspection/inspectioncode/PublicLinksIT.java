package cn.lawfulinspection.inspectioncode;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.support.RawHttp;
import cn.lawfulinspection.task.InspectionTaskService;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Links in codes and notices never come from the request: with {@code INSPECTION_PUBLIC_URL} unset (as here) they
 * point to the server's own local address, whatever {@code Host} and {@code X-Forwarded-Host} a client sends.
 */
@IntegrationTest
class PublicLinksIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired InspectionCodes codes;
  @Autowired InspectionTaskService tasks;
  final ObjectMapper json = new ObjectMapper();

  static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }

  String local() {
    return "http://localhost:" + port;
  }

  @Test
  @DisplayName("R-IG-7 a request with Host: evil.example and X-Forwarded-Host gets the inspection code and the enterprise code with links to the server's own address")
  void requestHostIgnored() throws Exception {
    long task = jdbc.queryForObject("select min(id) from insp_task where status = 'APPROVED'", Long.class);
    String enterprise = jdbc.queryForObject("select min(credit_code) from insp_enterprise", String.class);
    RawHttp raw = new RawHttp(port);

    RawHttp.Response code = raw.get("127.0.0.1", "/api/tasks/" + task + "/inspection-code",
        "Authorization", basic("liuyang"), "Host", "evil.example", "X-Forwarded-Host", "evil.example",
        "X-Forwarded-Proto", "https", "Forwarded", "host=evil.example;proto=https");
    RawHttp.Response poster = raw.get("127.0.0.1", "/api/enterprises/" + enterprise + "/code",
        "Authorization", basic("admin"), "Host", "evil.example:8080", "X-Forwarded-Host", "evil.example");

    assertThat(code.status()).isEqualTo(200);
    assertThat(json.readTree(code.body()).path("verificationUrl").asText())
        .startsWith(local() + "/public/verify.html?c=").doesNotContain("evil");
    assertThat(poster.status()).isEqualTo(200);
    assertThat(json.readTree(poster.body()).path("scanUrl").asText())
        .startsWith(local() + "/public/scan.html?c=").doesNotContain("evil");
  }

  @Test
  @DisplayName("R-IG-7 the links sent with the notice and the result are the server's own address even when they are made during a request to evil.example")
  void noticeAndFollowUpLinks() {
    long approved = jdbc.queryForObject("select min(id) from insp_task where status = 'APPROVED'", Long.class);
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/task/1/complete");
    request.setServerName("evil.example");
    request.addHeader("Host", "evil.example");
    request.addHeader("X-Forwarded-Host", "evil.example");
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    try {
      assertThat(codes.forNotice(tasks.get(approved)).verificationUrl())
          .startsWith(local() + "/public/verify.html?c=").doesNotContain("evil");
    } finally {
      RequestContextHolder.resetRequestAttributes();
    }
  }
}
