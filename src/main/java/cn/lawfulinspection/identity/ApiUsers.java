package cn.lawfulinspection.identity;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** What our API knows of its logged-in user: every Camunda group of the user is an authority {@code GROUP_<id>}. */
public final class ApiUsers {

  private static final String GROUP = "GROUP_";

  private ApiUsers() {}

  /** The Camunda groups of an API user. */
  public static Set<String> groups(Authentication user) {
    return user.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith(GROUP))
        .map(a -> a.substring(GROUP.length()))
        .collect(Collectors.toSet());
  }
}
