package cn.lawfulinspection.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * The public demo signing key and the public password {@code demo} serve only this computer: while one of them is in
 * effect ({@link DemoSettings}), a request from any other address ({@link ClientAddresses}: the socket's, or the
 * client a trusted proxy names) answers 403 with a Chinese explanation of which setting to change — a page for a
 * browser, a problem otherwise. Anyone on the network could otherwise log in as {@code admin} or forge inspection and
 * enterprise codes.
 */
class DemoSettingsGuard extends OncePerRequestFilter {

  private final ClientAddresses clients;
  private final Supplier<DemoSettings.InEffect> demo;

  DemoSettingsGuard(ClientAddresses clients, Supplier<DemoSettings.InEffect> demo) {
    this.clients = clients;
    this.demo = demo;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (ClientAddresses.loopback(clients.of(request))) {
      chain.doFilter(request, response);
      return;
    }
    DemoSettings.InEffect inEffect = demo.get();
    if (!inEffect.any()) {
      chain.doFilter(request, response);
      return;
    }
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
      page(response, inEffect.explanation());
    } else {
      ProblemResponses.write(response, HttpServletResponse.SC_FORBIDDEN, ProblemResponses.FORBIDDEN,
          "演示设置仅限本机访问", inEffect.explanation(), Map.of("settings", inEffect.settings()));
    }
  }

  private static void page(HttpServletResponse response, String explanation) throws IOException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType(MediaType.TEXT_HTML_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    response.getWriter().write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>演示设置仅限本机访问</title>"
        + "</head><body><h1>演示设置仅限本机访问</h1><p>" + HtmlUtils.htmlEscape(explanation) + "</p></body></html>");
  }
}
