package cn.lawfulinspection.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.support.IntegrationTest;
import cn.lawfulinspection.support.RawHttp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The request guards with settings of their own: a small refusal limit (5 per 10 minutes), a trusted proxy
 * (127.0.0.5), an extra allowed origin and a configured public address. Clients are told apart by their loopback
 * source address (127.0.0.2, 127.0.0.3, ... are all this computer).
 */
@IntegrationTest
@TestPropertySource(properties = {
    "inspection.rate-limit.refusals=5",
    "inspection.rate-limit.window=PT10M",
    "inspection.trusted-proxies=127.0.0.5",
    "inspection.allowed-origins=https://modeler.example.org",
    "inspection.qr.base-url=https://jc.example.gov.cn/"})
class WebGuardsIT {

  static final String PUBLIC_URL = "https://jc.example.gov.cn";
  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();
  RawHttp raw;

  @BeforeEach
  void client() {
    raw = new RawHttp(port);
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** A failed login of an account that does not exist (no real account's login is delayed by it). */
  RawHttp.Response failedLogin(String from, String... headers) throws Exception {
    String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
    all[headers.length] = "Authorization";
    all[headers.length + 1] = basic("nobody" + from.replace(".", ""), "guess");
    return raw.get(from, "/api/me", all);
  }

  @Test
  @DisplayName("R-IG-2 five failed logins from one client within the window: its next request gets 429 with a Chinese problem, even with the right password; other clients log in and read public pages as before")
  void failedLoginsLimited() throws Exception {
    // given
    for (int i = 0; i < 5; i++) {
      assertThat(failedLogin("127.0.0.2").status()).isEqualTo(401);
    }

    // when
    RawHttp.Response limited = raw.get("127.0.0.2", "/api/me", "Authorization", basic("liuyang", "demo"));
    RawHttp.Response otherLogin = raw.get("127.0.0.3", "/api/me", "Authorization", basic("liuyang", "demo"));
    RawHttp.Response otherPublic = raw.get("127.0.0.3", "/api/public/plans");

    // then
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.header("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
    JsonNode problem = json.readTree(limited.body());
    assertThat(problem.path("title").asText()).isEqualTo("请求过于频繁");
    assertThat(problem.path("detail").asText()).contains("秒后再试");
    assertThat(raw.get("127.0.0.2", "/api/public/plans").status()).isEqualTo(429);
    assertThat(otherLogin.status()).isEqualTo(200);
    assertThat(otherPublic.status()).isEqualTo(200);
    assertThat(jdbc.queryForObject("select count(*) from insp_refusal_log where location like ?", Integer.class,
        "%127.0.0.2%")).isEqualTo(1);
  }

  @Test
  @DisplayName("R-IG-2 forged inspection codes and failed /engine-rest logins count too: after five refusals the client gets 429")
  void refusedPublicRequestsLimited() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(raw.get("127.0.0.4", "/api/public/inspection-codes/forged" + i + ".code").status())
          .isBetween(400, 499);
    }
    for (int i = 0; i < 2; i++) {
      assertThat(raw.get("127.0.0.4", "/engine-rest/user?firstResult=0&maxResults=1", "Authorization",
          basic("nobody", "guess")).status()).isEqualTo(401);
    }

    assertThat(raw.get("127.0.0.4", "/api/public/plans").status()).isEqualTo(429);
    assertThat(raw.get("127.0.0.3", "/api/public/inspection-codes/forged.code").status()).isBetween(400, 428);
  }

  @Test
  @DisplayName("R-IG-2 R-TK-9 forged enterprise service links on the enterprise's guidance page count too: after five refusals the client gets 429, other clients do not")
  void refusedGuidancePageLimited() throws Exception {
    for (int i = 0; i < 5; i++) {
      assertThat(raw.get("127.0.0.8", "/api/public/enterprise-pages/forged" + i + ".code/guidance").status())
          .isEqualTo(422);
    }

    assertThat(raw.get("127.0.0.8", "/api/public/enterprise-pages/forged.code/guidance").status()).isEqualTo(429);
    assertThat(raw.get("127.0.0.9", "/api/public/enterprise-pages/forged.code/guidance").status()).isEqualTo(422);
  }

  @Test
  @DisplayName("R-IG-2 behind the trusted proxy the client is the address it forwards; X-Forwarded-For from any other address is ignored")
  void trustedProxyOnly() throws Exception {
    for (int i = 0; i < 5; i++) {
      assertThat(failedLogin("127.0.0.5", "X-Forwarded-For", "127.0.0.77").status()).isEqualTo(401);
      assertThat(failedLogin("127.0.0.6", "X-Forwarded-For", "127.0.0.88, 127.0.0." + (90 + i)).status())
          .isEqualTo(401);
    }

    // through the proxy: the forwarded client is limited, another client of the proxy is not
    assertThat(raw.get("127.0.0.5", "/api/public/plans", "X-Forwarded-For", "127.0.0.77").status()).isEqualTo(429);
    assertThat(raw.get("127.0.0.5", "/api/public/plans", "X-Forwarded-For", "127.0.0.78").status()).isEqualTo(200);
    // not a proxy: its own address counts, whatever it forwards
    assertThat(raw.get("127.0.0.6", "/api/public/plans", "X-Forwarded-For", "127.0.0.99").status()).isEqualTo(429);
  }

  @Test
  @DisplayName("R-IG-7 with INSPECTION_PUBLIC_URL set, the inspection code's link starts with it whatever Host and X-Forwarded-Host say")
  void configuredPublicAddress() throws Exception {
    long task = jdbc.queryForObject("select min(id) from insp_task where status = 'APPROVED'", Long.class);

    RawHttp.Response code = raw.get("127.0.0.1", "/api/tasks/" + task + "/inspection-code",
        "Authorization", basic("liuyang", "demo"), "Host", "evil.example", "X-Forwarded-Host", "evil.example",
        "X-Forwarded-Proto", "https");

    assertThat(code.status()).isEqualTo(200);
    assertThat(json.readTree(code.body()).path("verificationUrl").asText())
        .startsWith(PUBLIC_URL + "/public/verify.html?c=").doesNotContain("evil");
  }

  @Test
  @DisplayName("R-IG-2 pages of the configured public address and of INSPECTION_ALLOWED_ORIGINS may post; another site may not")
  void allowedOrigins() throws Exception {
    String body = "{}";
    assertThat(raw.send("127.0.0.1", "POST", "/engine-rest/task/count", body.getBytes(StandardCharsets.UTF_8),
        "Authorization", basic("admin", "demo"), "Content-Type", "application/json",
        "Origin", "https://modeler.example.org", "Sec-Fetch-Site", "cross-site").status()).isEqualTo(200);
    assertThat(raw.send("127.0.0.1", "POST", "/engine-rest/task/count", body.getBytes(StandardCharsets.UTF_8),
        "Authorization", basic("admin", "demo"), "Content-Type", "application/json",
        "Origin", PUBLIC_URL, "Host", "platform.internal:8080").status()).isEqualTo(200);
    assertThat(raw.send("127.0.0.1", "POST", "/engine-rest/task/count", body.getBytes(StandardCharsets.UTF_8),
        "Authorization", basic("admin", "demo"), "Content-Type", "application/json",
        "Origin", "https://modeler.example.org.evil.example").status()).isEqualTo(403);
  }
}
