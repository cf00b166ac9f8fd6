package cn.lawfulinspection.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressesTest {

  final ClientAddresses noProxy = new ClientAddresses(List.of());
  final ClientAddresses behindProxy = new ClientAddresses(List.of("10.0.0.5", "172.16.0.0/12"));

  @Test
  @DisplayName("R-IG-2 without a trusted proxy the client is the socket's address, whatever X-Forwarded-For says")
  void socketAddress() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setRemoteAddr("203.0.113.7");
    request.addHeader("X-Forwarded-For", "127.0.0.1");
    assertThat(noProxy.of(request)).isEqualTo("203.0.113.7");
    assertThat(behindProxy.resolve("203.0.113.7", List.of("127.0.0.1"))).isEqualTo("203.0.113.7");
  }

  @Test
  @DisplayName("R-IG-2 from a trusted proxy the client is the nearest forwarded address that is not a trusted proxy")
  void forwardedByTrustedProxy() {
    assertThat(behindProxy.resolve("10.0.0.5", List.of("127.0.0.1", "198.51.100.9"))).isEqualTo("198.51.100.9");
    assertThat(behindProxy.resolve("10.0.0.5", List.of("198.51.100.9", "172.20.1.1"))).isEqualTo("198.51.100.9");
    assertThat(behindProxy.resolve("10.0.0.5", List.of("[2001:db8::1]:4431"))).isEqualTo("2001:db8::1");
    assertThat(behindProxy.resolve("10.0.0.5", List.of("198.51.100.9:51234"))).isEqualTo("198.51.100.9");
    assertThat(behindProxy.resolve("10.0.0.5", List.of())).isEqualTo("10.0.0.5");
  }

  @Test
  @DisplayName("loopback means 127.0.0.0/8 and ::1 written as IP literals; names are never looked up")
  void loopback() {
    assertThat(ClientAddresses.loopback("127.0.0.1")).isTrue();
    assertThat(ClientAddresses.loopback("127.8.9.10")).isTrue();
    assertThat(ClientAddresses.loopback("0:0:0:0:0:0:0:1")).isTrue();
    assertThat(ClientAddresses.loopback("::1")).isTrue();
    assertThat(ClientAddresses.loopback("192.0.2.10")).isFalse();
    assertThat(ClientAddresses.loopback("localhost")).isFalse();
    assertThat(ClientAddresses.loopback("127.0.0.300")).isFalse();
    assertThat(ClientAddresses.loopback(null)).isFalse();
  }

  @Test
  @DisplayName("a trusted proxy that is no address or range is refused at start-up")
  void badSetting() {
    assertThatThrownBy(() -> new ClientAddresses(List.of("proxy.example")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("INSPECTION_TRUSTED_PROXIES");
  }
}
