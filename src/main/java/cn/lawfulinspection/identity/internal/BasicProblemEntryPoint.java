package cn.lawfulinspection.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** Answers an unauthenticated {@code /api} call with 401, a Basic challenge and a Chinese problem. */
class BasicProblemEntryPoint implements AuthenticationEntryPoint {

  private final String realm;

  BasicProblemEntryPoint(String realm) {
    this.realm = realm;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
    ProblemResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED,
        "urn:lawful-inspection:problem:unauthenticated", "未登录", "请使用平台账号登录（与任务列表相同的用户名和密码）。");
  }
}
