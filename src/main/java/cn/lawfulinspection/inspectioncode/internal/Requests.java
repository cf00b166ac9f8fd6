package cn.lawfulinspection.inspectioncode.internal;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Small helpers for the controllers and services of this module. */
public final class Requests {

  private Requests() {}

  /** The Camunda groups of the user ({@code GROUP_<id>} authorities). */
  static Set<String> groups(Authentication user) {
    return user.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith("GROUP_"))
        .map(a -> a.substring("GROUP_".length()))
        .collect(Collectors.toSet());
  }

  /**
   * The address of the platform as the current request reached it, e.g. {@code http://localhost:8080}; blank outside
   * a web request (a job, a timer).
   */
  public static String base() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes
        ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() : "";
  }
}
