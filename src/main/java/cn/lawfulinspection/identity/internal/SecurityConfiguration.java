package cn.lawfulinspection.identity.internal;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Who may call what.
 *
 * <ul>
 *   <li>{@code /api/**}: HTTP Basic with the Camunda accounts (stateless, so no CSRF token); the user is handed to the
 *       engine so Camunda authorizations apply. {@code /api/public/**} answers anonymously (published plans, pages
 *       meant for enterprises).
 *   <li>{@code /engine-rest/**}: Camunda's own HTTP Basic filter against the same accounts.
 *   <li>{@code /camunda/**}: the webapps, which keep their own session login and CSRF protection.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  static final String REALM = "inspection-platform";

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http, IdentityService identityService, @Value("${inspection.https:false}") boolean https)
      throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/api/public/**").permitAll()
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName(REALM))
        .exceptionHandling(e -> e.authenticationEntryPoint(new BasicProblemEntryPoint(REALM)))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class);
    hsts(http, https);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain engineRestChain(HttpSecurity http, @Value("${inspection.https:false}") boolean https)
      throws Exception {
    // authentication is done by Camunda's ProcessEngineAuthenticationFilter registered below
    http.securityMatcher("/engine-rest/**")
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    hsts(http, https);
    return http.build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain webChain(HttpSecurity http, @Value("${inspection.https:false}") boolean https) throws Exception {
    // the Camunda webapps authenticate with their own session and guard writes with their own CSRF filter
    http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .headers(h -> h.frameOptions(f -> f.sameOrigin()));
    hsts(http, https);
    return http.build();
  }

  private static void hsts(HttpSecurity http, boolean https) throws Exception {
    // behind the HTTPS switch: HSTS only when the platform is served over HTTPS. TLS usually ends at a reverse proxy,
    // so the request seen here may be plain HTTP: with the switch on, send HSTS on every response.
    if (https) {
      http.headers(h -> h.httpStrictTransportSecurity(hsts -> hsts
          .requestMatcher(AnyRequestMatcher.INSTANCE)
          .includeSubDomains(true)
          .maxAgeInSeconds(31_536_000)));
    } else {
      http.headers(h -> h.httpStrictTransportSecurity(hsts -> hsts.disable()));
    }
  }

  /**
   * CVE-2026-77226: Admin's first-run setup always answers 403, in front of the webapp's own filters (after the
   * request guards of {@link WebGuardConfiguration}).
   */
  @Bean
  FilterRegistrationBean<AdminSetupBlockingFilter> adminSetupBlocking() {
    FilterRegistrationBean<AdminSetupBlockingFilter> registration =
        new FilterRegistrationBean<>(new AdminSetupBlockingFilter());
    registration.setName("admin-setup-blocking");
    registration.addUrlPatterns(AdminSetupBlockingFilter.URL_PATTERN);
    registration.setOrder(WebGuardConfiguration.ADMIN_SETUP_ORDER);
    return registration;
  }

  /** R-IG-4: marks requests outside {@code /api} as the generic process API for the engine's guard. */
  @Bean
  FilterRegistrationBean<GenericApiChannel> genericApiChannel() {
    FilterRegistrationBean<GenericApiChannel> registration = new FilterRegistrationBean<>(new GenericApiChannel());
    registration.setName("generic-api-channel");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-auth");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }

}
