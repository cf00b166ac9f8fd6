package cn.lawfulinspection.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses Camunda Admin's first-run setup ({@code /camunda/api/admin/setup/...}), which creates an administrator
 * without logging in whenever group {@code camunda-admin} is empty (CVE-2026-77226). The platform creates its
 * administrator itself ({@code camunda.bpm.admin-user}), so the endpoint has no legitimate use.
 */
class AdminSetupBlockingFilter extends OncePerRequestFilter {

  static final String URL_PATTERN = "/camunda/api/admin/setup/*";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ProblemResponses.write(response, HttpServletResponse.SC_FORBIDDEN, ProblemResponses.FORBIDDEN, "禁止访问",
        "初始管理员设置已停用：系统管理员由平台创建，请联系现有管理员开通账号。");
  }
}
