package cn.lawfulinspection.identity.internal;

import cn.lawfulinspection.qr.CodeSettings;
import io.github.bucket4j.TimeMeter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The guards every request passes before anything else (docs/security.md, "The rest of the attack surface"), in
 * this order: the per-client limit on refused anonymous requests, the demo settings' loopback-only rule, the
 * cross-site check of state-changing API requests; then Admin's blocked first-run setup.
 */
@Configuration(proxyBeanMethods = false)
class WebGuardConfiguration {

  static final int RATE_LIMIT_ORDER = Ordered.HIGHEST_PRECEDENCE;
  static final int DEMO_GUARD_ORDER = Ordered.HIGHEST_PRECEDENCE + 1;
  static final int CROSS_SITE_ORDER = Ordered.HIGHEST_PRECEDENCE + 2;
  /** {@link AdminSetupBlockingFilter} follows the three. */
  static final int ADMIN_SETUP_ORDER = Ordered.HIGHEST_PRECEDENCE + 3;

  @Bean
  FilterRegistrationBean<RefusalRateLimitFilter> refusalRateLimit(ClientAddresses clients, WebGuardSettings settings,
      ApplicationEventPublisher events) {
    FilterRegistrationBean<RefusalRateLimitFilter> registration = new FilterRegistrationBean<>(
        new RefusalRateLimitFilter(clients, settings.rateLimit(), TimeMeter.SYSTEM_NANOTIME, events));
    registration.setName("refusal-rate-limit");
    registration.addUrlPatterns("/*");
    registration.setOrder(RATE_LIMIT_ORDER);
    return registration;
  }

  @Bean
  FilterRegistrationBean<DemoSettingsGuard> demoSettingsGuard(ClientAddresses clients, DemoSettings demo) {
    FilterRegistrationBean<DemoSettingsGuard> registration =
        new FilterRegistrationBean<>(new DemoSettingsGuard(clients, demo::current));
    registration.setName("demo-settings-guard");
    registration.addUrlPatterns("/*");
    registration.setOrder(DEMO_GUARD_ORDER);
    return registration;
  }

  @Bean
  FilterRegistrationBean<CrossSiteRequestGuard> crossSiteRequestGuard(WebGuardSettings settings,
      CodeSettings codeSettings, ApplicationEventPublisher events) {
    List<String> allowed = new ArrayList<>(settings.allowedOrigins());
    if (codeSettings.baseUrl() != null && !codeSettings.baseUrl().isBlank()) {
      allowed.add(codeSettings.baseUrl());
    }
    FilterRegistrationBean<CrossSiteRequestGuard> registration =
        new FilterRegistrationBean<>(new CrossSiteRequestGuard(allowed, events));
    registration.setName("cross-site-request-guard");
    registration.addUrlPatterns(CrossSiteRequestGuard.URL_PATTERNS);
    registration.setOrder(CROSS_SITE_ORDER);
    return registration;
  }
}
