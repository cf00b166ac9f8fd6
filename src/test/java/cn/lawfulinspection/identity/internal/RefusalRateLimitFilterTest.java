package cn.lawfulinspection.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RefusalRateLimitFilterTest {

  final AtomicLong nanos = new AtomicLong();
  final List<Object> events = new ArrayList<>();
  final RefusalRateLimitFilter filter = new RefusalRateLimitFilter(new ClientAddresses(List.of()),
      new WebGuardSettings.RateLimit(3, Duration.ofMinutes(1)), new TimeMeter() {
        @Override
        public long currentTimeNanos() {
          return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
          return false;
        }
      }, events::add);

  int send(String client, int answer) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/public/inspection-codes/x");
    request.setRemoteAddr(client);
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain() {
      @Override
      public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
        ((jakarta.servlet.http.HttpServletResponse) res).setStatus(answer);
      }
    });
    return response.getStatus();
  }

  @Test
  @DisplayName("R-IG-2 after 3 refusals in a minute the client gets 429 until its bucket refills (20 s per refusal); successes do not count; other clients are not affected")
  void limitAndRefill() throws Exception {
    assertThat(send("198.51.100.1", 200)).isEqualTo(200);
    for (int i = 0; i < 3; i++) {
      assertThat(send("198.51.100.1", 422)).isEqualTo(422);
    }
    assertThat(send("198.51.100.1", 200)).isEqualTo(429);
    assertThat(send("198.51.100.2", 422)).isEqualTo(422);
    assertThat(events).hasSize(1);

    nanos.addAndGet(Duration.ofSeconds(21).toNanos());
    assertThat(send("198.51.100.1", 422)).isEqualTo(422);
    assertThat(send("198.51.100.1", 200)).isEqualTo(429);
  }

  @Test
  @DisplayName("R-IG-2 what counts: every 401, and other 4xx of requests without credentials to /api and /engine-rest")
  void whatCounts() {
    MockHttpServletRequest page = new MockHttpServletRequest("GET", "/public/missing.png");
    MockHttpServletRequest api = new MockHttpServletRequest("GET", "/api/public/plans/99");
    MockHttpServletRequest loggedIn = new MockHttpServletRequest("GET", "/api/tasks/99");
    loggedIn.addHeader("Authorization", "Basic eDp5");
    assertThat(RefusalRateLimitFilter.counts(page, 401)).isTrue();
    assertThat(RefusalRateLimitFilter.counts(page, 404)).isFalse();
    assertThat(RefusalRateLimitFilter.counts(api, 404)).isTrue();
    assertThat(RefusalRateLimitFilter.counts(api, 200)).isFalse();
    assertThat(RefusalRateLimitFilter.counts(api, 429)).isFalse();
    assertThat(RefusalRateLimitFilter.counts(loggedIn, 422)).isFalse();
    assertThat(RefusalRateLimitFilter.counts(loggedIn, 401)).isTrue();
  }
}
