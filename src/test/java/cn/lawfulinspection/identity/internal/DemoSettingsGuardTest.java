package cn.lawfulinspection.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class DemoSettingsGuardTest {

  MockFilterChain chain = new MockFilterChain();

  MockHttpServletResponse send(DemoSettings.InEffect inEffect, String remoteAddress) throws Exception {
    DemoSettingsGuard guard = new DemoSettingsGuard(new ClientAddresses(List.of()), () -> inEffect);
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/public/plans");
    request.setRemoteAddr(remoteAddress);
    MockHttpServletResponse response = new MockHttpServletResponse();
    chain = new MockFilterChain();
    guard.doFilter(request, response, chain);
    return response;
  }

  @Test
  @DisplayName("R-IG-2 with a real key and real passwords (a LAN demonstration) another computer is served")
  void realSettingsServeEveryone() throws Exception {
    send(new DemoSettings.InEffect(false, false, false), "192.0.2.10");
    assertThat(chain.getRequest()).isNotNull();
  }

  @Test
  @DisplayName("R-IG-7 the demo key alone is enough to refuse another computer, and the problem names only INSPECTION_QR_SECRET")
  void demoKeyAlone() throws Exception {
    MockHttpServletResponse response = send(new DemoSettings.InEffect(true, false, false), "192.0.2.10");
    assertThat(chain.getRequest()).isNull();
    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("INSPECTION_QR_SECRET")
        .doesNotContain("INSPECTION_ADMIN_PASSWORD").doesNotContain("INSPECTION_DEMO_PASSWORD");
  }

  @Test
  @DisplayName("R-IG-2 this computer is served with every demo setting in effect")
  void loopbackServed() throws Exception {
    send(new DemoSettings.InEffect(true, true, true), "127.0.0.1");
    assertThat(chain.getRequest()).isNotNull();
  }
}
