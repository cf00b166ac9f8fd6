package cn.lawfulinspection.identity.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;

/** RFC 9457 problems written by the servlet filters of this module, before any controller is reached. */
final class ProblemResponses {

  static final String FORBIDDEN = "urn:lawful-inspection:problem:forbidden";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ProblemResponses() {}

  /** Writes a problem with a Chinese title and detail; {@code extra} properties follow the standard ones. */
  static void write(HttpServletResponse response, int status, String type, String title, String detail,
      Map<String, Object> extra) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    body.putAll(extra);
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(JSON.writeValueAsString(body));
  }

  static void write(HttpServletResponse response, int status, String type, String title, String detail)
      throws IOException {
    write(response, status, type, title, detail, Map.of());
  }
}
