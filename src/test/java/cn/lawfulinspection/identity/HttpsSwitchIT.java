package cn.lawfulinspection.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.support.IntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** The HTTPS switch ({@code INSPECTION_HTTPS=true}): secure cookies, HSTS and the other security headers. */
@IntegrationTest
@TestPropertySource(properties = "INSPECTION_HTTPS=true")
class HttpsSwitchIT {

  @LocalServerPort int port;

  @Test
  @DisplayName("HTTPS switch on: the webapp session cookie is Secure and HttpOnly")
  void secureSessionCookie() {
    HttpResponse<String> login = new Http(port).webLogin("zhangwei", "demo");
    assertThat(login.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).contains("JSESSIONID").contains("Secure").contains("HttpOnly"));
  }

  @Test
  @DisplayName("HTTPS switch on: HSTS and security headers on /api, /engine-rest and the webapps")
  void securityHeaders() {
    Http http = new Http(port);
    for (HttpResponse<String> r : new HttpResponse[] {
        http.getAs("zhangwei", "/api/me"),
        http.getAs("zhangwei", "/engine-rest/task/count"),
        http.get("/camunda/app/tasklist/default/")}) {
      assertThat(r.headers().firstValue("Strict-Transport-Security")).as(r.uri().toString())
          .hasValueSatisfying(v -> assertThat(v).contains("max-age="));
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(r.uri().toString()).contains("nosniff");
      assertThat(r.headers().firstValue("X-Frame-Options").isPresent()
          || r.headers().firstValue("Content-Security-Policy").isPresent()).as(r.uri().toString()).isTrue();
    }
  }
}
