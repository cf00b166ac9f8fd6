package cn.lawfulinspection.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * Who sent a request: the socket's remote address, unless that address is a configured trusted proxy
 * ({@code inspection.trusted-proxies}); then the nearest address in {@code X-Forwarded-For} that is not itself a
 * trusted proxy (read from the right, where our own proxy appended what it saw). A client cannot pick its address by
 * sending {@code X-Forwarded-For} itself: the header is read only from a trusted proxy.
 */
@Component
class ClientAddresses {

  private static final String ATTRIBUTE = ClientAddresses.class.getName() + ".client";
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private final List<IpAddressMatcher> trustedProxies;

  @Autowired
  ClientAddresses(WebGuardSettings settings) {
    this(settings.trustedProxies());
  }

  ClientAddresses(List<String> trustedProxies) {
    this.trustedProxies = trustedProxies.stream().map(ClientAddresses::matcher).toList();
  }

  /** The client's address (computed once per request). */
  String of(HttpServletRequest request) {
    if (request.getAttribute(ATTRIBUTE) instanceof String known) {
      return known;
    }
    List<String> forwarded = new ArrayList<>();
    for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
      for (String hop : header.split(",")) {
        if (!hop.isBlank()) {
          forwarded.add(hop.strip());
        }
      }
    }
    String client = resolve(request.getRemoteAddr(), forwarded);
    request.setAttribute(ATTRIBUTE, client);
    return client;
  }

  /** The client behind {@code remote}, given the hops of {@code X-Forwarded-For} in their order. */
  String resolve(String remote, List<String> forwarded) {
    if (!trusted(remote)) {
      return remote;
    }
    for (int i = forwarded.size() - 1; i >= 0; i--) {
      String hop = withoutPort(forwarded.get(i));
      if (!trusted(hop)) {
        return hop;
      }
    }
    return forwarded.isEmpty() ? remote : withoutPort(forwarded.get(0));
  }

  /** Whether an address is this computer's loopback (127.0.0.0/8, ::1); anything that is no IP literal is not. */
  static boolean loopback(String address) {
    InetAddress parsed = literal(address);
    return parsed != null && parsed.isLoopbackAddress();
  }

  private boolean trusted(String address) {
    return literal(address) != null && trustedProxies.stream().anyMatch(m -> m.matches(address));
  }

  /** The address of an IP literal, never looked up in DNS; {@code null} for anything else. */
  private static InetAddress literal(String address) {
    if (address == null || !(ipv4(address) || IPV6.matcher(address).matches())) {
      return null;
    }
    try {
      return InetAddress.getByName(address);
    } catch (UnknownHostException e) {
      return null;
    }
  }

  private static boolean ipv4(String address) {
    if (!IPV4.matcher(address).matches()) {
      return false;
    }
    for (String octet : address.split("\\.")) {
      if (Integer.parseInt(octet) > 255) {
        return false;
      }
    }
    return true;
  }

  /** {@code 203.0.113.7:51234} and {@code [2001:db8::1]:443} without the port. */
  private static String withoutPort(String hop) {
    if (hop.startsWith("[") && hop.contains("]")) {
      return hop.substring(1, hop.indexOf(']'));
    }
    int colon = hop.indexOf(':');
    return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
  }

  private static IpAddressMatcher matcher(String proxy) {
    String address = proxy.contains("/") ? proxy.substring(0, proxy.indexOf('/')) : proxy;
    if (literal(address) == null) {
      throw new IllegalStateException("inspection.trusted-proxies (INSPECTION_TRUSTED_PROXIES) takes IP "
          + "addresses or CIDR ranges such as 10.0.0.5 or 10.1.0.0/16, not \"" + proxy + "\"");
    }
    return new IpAddressMatcher(proxy);
  }
}
