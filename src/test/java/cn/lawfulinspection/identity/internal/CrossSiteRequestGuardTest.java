package cn.lawfulinspection.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class CrossSiteRequestGuardTest {

  final CrossSiteRequestGuard guard =
      new CrossSiteRequestGuard(List.of("https://modeler.example.org", "https://jc.example.gov.cn/"), event -> {});

  MockHttpServletRequest post(String origin, String fetchSite) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/enterprises/import");
    request.addHeader("Host", "localhost:8080");
    if (origin != null) {
      request.addHeader("Origin", origin);
    }
    if (fetchSite != null) {
      request.addHeader("Sec-Fetch-Site", fetchSite);
    }
    return request;
  }

  @Test
  @DisplayName("R-IG-2 same origin, the configured origins and requests without Origin pass; other sites do not")
  void origins() {
    assertThat(guard.allowed(post("http://localhost:8080", "same-origin"))).isTrue();
    assertThat(guard.allowed(post("HTTP://LOCALHOST:8080", null))).isTrue();
    assertThat(guard.allowed(post(null, null))).isTrue();
    assertThat(guard.allowed(post("https://modeler.example.org", "cross-site"))).isTrue();
    assertThat(guard.allowed(post("https://jc.example.gov.cn:443", "same-origin"))).isTrue();
    assertThat(guard.allowed(post("https://evil.example", "cross-site"))).isFalse();
    assertThat(guard.allowed(post("http://localhost:8081", null))).isFalse();
    assertThat(guard.allowed(post("http://localhost:8080", "cross-site"))).isFalse();
    assertThat(guard.allowed(post(null, "cross-site"))).isFalse();
    assertThat(guard.allowed(post("null", null))).isFalse();
    assertThat(guard.allowed(post("file://", null))).isFalse();
  }

  @Test
  @DisplayName("R-IG-2 reads pass from anywhere; a refused write answers 403 with a Chinese problem and reaches nothing")
  void readsAndRefusal() throws Exception {
    MockHttpServletRequest read = post("https://evil.example", "cross-site");
    read.setMethod("GET");
    MockFilterChain readChain = new MockFilterChain();
    guard.doFilter(read, new MockHttpServletResponse(), readChain);
    assertThat(readChain.getRequest()).isNotNull();

    MockFilterChain writeChain = new MockFilterChain();
    MockHttpServletResponse response = new MockHttpServletResponse();
    guard.doFilter(post("https://evil.example", "cross-site"), response, writeChain);
    assertThat(writeChain.getRequest()).isNull();
    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("跨站请求被拒绝", "R-IG-2");
  }
}
