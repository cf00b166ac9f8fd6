package cn.lawfulinspection.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks the thread that serves an HTTP request outside our {@code /api}: {@code /engine-rest}, the webapps and their
 * engine API, and any path added later. While it is marked, {@link GenericApiGuard} treats the engine commands the
 * request issues as coming from the generic process API (R-IG-4). The servlet path is decoded and normalised, so a raw
 * URI such as {@code /api/../engine-rest/...} is judged by where it really goes.
 */
class GenericApiChannel extends OncePerRequestFilter {

  private static final ThreadLocal<Boolean> GENERIC = new ThreadLocal<>();

  /** True while this thread serves a request of the generic process API. */
  static boolean active() {
    return Boolean.TRUE.equals(GENERIC.get());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    Boolean before = GENERIC.get();
    GENERIC.set(!path.startsWith("/api/"));
    try {
      chain.doFilter(request, response);
    } finally {
      if (before == null) {
        GENERIC.remove();
      } else {
        GENERIC.set(before);
      }
    }
  }
}
