package cn.lawfulinspection.identity.internal;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.stereotype.Component;

/**
 * Checks user name and password against Camunda's identity service, so that {@code /api} takes the same accounts as
 * Tasklist; every Camunda group of the user becomes an authority {@code GROUP_<groupId>}.
 */
@Component
class CamundaAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;

  CamundaAuthenticationProvider(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || credentials == null || !identityService.checkPassword(userId, credentials.toString())) {
      throw new BadCredentialsException("用户名或密码错误");
    }
    List<SimpleGrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .map(id -> new SimpleGrantedAuthority("GROUP_" + id))
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
