package cn.lawfulinspection.identity.internal;

import cn.lawfulinspection.common.Refused;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses (403) state-changing requests (POST, PUT, PATCH, DELETE) to {@code /api} and {@code /engine-rest} that a
 * browser sent from another site (R-IG-2): an {@code Origin} that is neither the platform's own (the address the
 * request was sent to, or {@code inspection.qr.base-url}) nor one of {@code inspection.allowed-origins}, or
 * {@code Sec-Fetch-Site: cross-site}. Browsers replay cached HTTP Basic credentials on a cross-site form post, and a
 * multipart form (a CSV import, a deployment) needs no CORS preflight, so without this a page elsewhere could act in
 * a logged-in user's name. Clients that are no browser page send no {@code Origin} (curl, Camunda Modeler deploying to
 * {@code /engine-rest/deployment/create}) and are let through; so are reads.
 */
class CrossSiteRequestGuard extends OncePerRequestFilter {

  /** Where it applies: our API and the engine's REST API (the webapps guard their writes with a CSRF token). */
  static final String[] URL_PATTERNS = {"/api/*", "/engine-rest/*"};
  private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

  private final List<String> allowedOrigins;
  private final ApplicationEventPublisher events;

  /**
   * @param allowedOrigins origins allowed besides the request's own: the configured public address and the extra
   *     ones, each as {@code scheme://host[:port]}
   */
  CrossSiteRequestGuard(List<String> allowedOrigins, ApplicationEventPublisher events) {
    this.allowedOrigins = allowedOrigins.stream().map(CrossSiteRequestGuard::origin).filter(o -> o != null).toList();
    this.events = events;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!STATE_CHANGING.contains(request.getMethod().toUpperCase(Locale.ROOT)) || allowed(request)) {
      chain.doFilter(request, response);
      return;
    }
    String detail = "拒绝来自其他网站的操作请求：为防止其他网页借用您浏览器中保存的登录信息，平台只受理本平台页面或"
        + "未经浏览器网页发出的（如命令行工具、Camunda Modeler）新增、修改和删除请求。如需从其他网站的页面调用，请让系统管理员"
        + "将该网站加入 INSPECTION_ALLOWED_ORIGINS。";
    events.publishEvent(new Refused("R-IG-2", "Origin", detail, request.getMethod() + " " + request.getRequestURI()
        + "（来源 " + String.valueOf(request.getHeader(HttpHeaders.ORIGIN)) + "）"));
    ProblemResponses.write(response, HttpServletResponse.SC_FORBIDDEN, ProblemResponses.FORBIDDEN, "跨站请求被拒绝",
        detail, java.util.Map.of("ruleId", "R-IG-2"));
  }

  /** No browser page of another site sent it. */
  boolean allowed(HttpServletRequest request) {
    String origin = request.getHeader(HttpHeaders.ORIGIN);
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    if (origin == null) {
      return !"cross-site".equalsIgnoreCase(fetchSite);
    }
    String normalized = origin(origin);
    if (normalized == null) {
      return false; // "null" (sandboxed frames, file pages) and anything unreadable
    }
    if (allowedOrigins.contains(normalized)) {
      return true;
    }
    return !"cross-site".equalsIgnoreCase(fetchSite) && normalized.equals(own(request, normalized));
  }

  /**
   * The request's own origin with the scheme of {@code origin}: the browser sent both headers, so {@code Host} is the
   * address the page's request went to. (Behind a proxy that ends TLS the scheme seen here would be http; the host
   * decides.)
   */
  private static String own(HttpServletRequest request, String origin) {
    String host = request.getHeader(HttpHeaders.HOST);
    if (host == null) {
      return null;
    }
    return origin(origin.substring(0, origin.indexOf("://")) + "://" + host.strip());
  }

  /** {@code scheme://host[:port]} in lower case without a default port; {@code null} if it is no such URL. */
  static String origin(String value) {
    try {
      URI uri = new URI(value.strip());
      String scheme = uri.getScheme();
      String host = uri.getHost();
      if (scheme == null || host == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
        return null;
      }
      scheme = scheme.toLowerCase(Locale.ROOT);
      int port = uri.getPort();
      boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
      return scheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }
}
