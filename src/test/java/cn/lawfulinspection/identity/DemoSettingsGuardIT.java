package cn.lawfulinspection.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.qr.SignedCode;
import cn.lawfulinspection.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * With the demo defaults of the tests (admin's and the demo accounts' password {@code demo}; on H2 also the public
 * demo key), requests from any address but this computer's are refused. A real socket from another address is not
 * possible in a test (only loopback traffic is allowed), so MockMvc sends the requests through the application's own
 * servlet filters with the remote address set.
 */
@IntegrationTest
class DemoSettingsGuardIT {

  @Autowired WebApplicationContext context;
  @Autowired SignedCode signer;
  final ObjectMapper json = new ObjectMapper();
  MockMvc mvc;

  @BeforeEach
  void mockMvc() {
    DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup(context);
    context.getBeansOfType(FilterRegistrationBean.class).values().stream()
        .sorted(Comparator.comparingInt(FilterRegistrationBean::getOrder))
        .forEach(r -> builder.addFilter(r.getFilter(), (String[]) r.getUrlPatterns().toArray(String[]::new)));
    builder.addFilter(context.getBean("springSecurityFilterChain", Filter.class));
    mvc = builder.build();
  }

  MockHttpServletResponse send(MockHttpServletRequestBuilder request, String remoteAddress) throws Exception {
    return mvc.perform(request.with(r -> {
      r.setRemoteAddr(remoteAddress);
      return r;
    })).andReturn().getResponse();
  }

  @Test
  @DisplayName("R-IG-2 R-IG-7 while demo passwords (and on H2 the demo key) are in effect, a request from another computer gets 403 with a Chinese problem naming the settings to change")
  void otherComputersRefused() throws Exception {
    MockHttpServletResponse response = send(MockMvcRequestBuilders.get("/api/public/plans"), "192.0.2.10");

    assertThat(response.getStatus()).isEqualTo(403);
    JsonNode problem = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    assertThat(problem.path("title").asText()).isEqualTo("演示设置仅限本机访问");
    assertThat(problem.path("detail").asText()).contains("只接受本机", "INSPECTION_ADMIN_PASSWORD",
        "INSPECTION_DEMO_PASSWORD");
    assertThat(problem.path("settings").toString()).contains("INSPECTION_ADMIN_PASSWORD", "INSPECTION_DEMO_PASSWORD");
    if (signer.usesDemoKey()) {
      assertThat(problem.path("detail").asText()).contains("INSPECTION_QR_SECRET");
    }
  }

  @Test
  @DisplayName("R-IG-2 a browser on another computer reads the refusal as a Chinese page; a login as admin with the demo password from there never reaches the API")
  void pageAndLogin() throws Exception {
    MockHttpServletResponse page = send(MockMvcRequestBuilders.get("/public/verify.html")
        .header("Accept", "text/html,application/xhtml+xml"), "2001:db8::7");
    MockHttpServletResponse login = send(MockMvcRequestBuilders.get("/api/me")
        .header("Authorization", Http.basic("admin", "demo")), "198.51.100.23");

    assertThat(page.getStatus()).isEqualTo(403);
    assertThat(page.getContentType()).startsWith("text/html");
    assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("演示设置仅限本机访问", "INSPECTION_ADMIN_PASSWORD");
    assertThat(login.getStatus()).isEqualTo(403);
    assertThat(login.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("camunda-admin");
  }

  @Test
  @DisplayName("R-IG-2 a client on another computer cannot pass for this one with X-Forwarded-For; this computer (127.0.0.1, ::1) is served")
  void loopbackOnly() throws Exception {
    assertThat(send(MockMvcRequestBuilders.get("/api/public/plans").header("X-Forwarded-For", "127.0.0.1"),
        "192.0.2.10").getStatus()).isEqualTo(403);
    assertThat(send(MockMvcRequestBuilders.get("/api/public/plans"), "127.0.0.1").getStatus()).isEqualTo(200);
    assertThat(send(MockMvcRequestBuilders.get("/api/public/plans"), "0:0:0:0:0:0:0:1").getStatus()).isEqualTo(200);
  }
}
