package cn.lawfulinspection.identity.internal;

import cn.lawfulinspection.common.Refused;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits the refusals an anonymous client can cause (R-IG-2): failed logins on every channel (401 from {@code /api},
 * {@code /engine-rest} and the webapps' login) and refused requests without credentials to {@code /api} and
 * {@code /engine-rest} (forged or expired codes on {@code /api/public/**}, unknown records...) are counted per client
 * address ({@link ClientAddresses}) in a token bucket (Bucket4j) of {@code inspection.rate-limit.refusals} tokens
 * refilled over {@code inspection.rate-limit.window}. While a client's bucket is empty, every request of that client
 * answers 429 with a Chinese problem and {@code Retry-After}; other clients are not affected.
 *
 * <p>Buckets live in memory (one instance of the platform), in a cache bounded in size that forgets a client a window
 * after its last refusal. Bucket time is the JVM's monotonic clock, not the platform's business {@code Clock}: a
 * fixed business date (tests, demonstrations) must not freeze the refill.
 */
class RefusalRateLimitFilter extends OncePerRequestFilter {

  static final String TOO_MANY = "urn:lawful-inspection:problem:too-many-requests";
  private static final Logger log = LoggerFactory.getLogger(RefusalRateLimitFilter.class);
  private static final int MAX_CLIENTS = 100_000;

  private final ClientAddresses clients;
  private final WebGuardSettings.RateLimit limit;
  private final TimeMeter time;
  private final ApplicationEventPublisher events;
  private final Cache<String, Bucket> buckets;

  RefusalRateLimitFilter(ClientAddresses clients, WebGuardSettings.RateLimit limit, TimeMeter time,
      ApplicationEventPublisher events) {
    this.clients = clients;
    this.limit = limit;
    this.time = time;
    this.events = events;
    this.buckets = Caffeine.newBuilder().maximumSize(MAX_CLIENTS).expireAfterAccess(limit.window()).build();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String client = clients.of(request);
    Bucket bucket = buckets.getIfPresent(client);
    if (bucket != null) {
      EstimationProbe probe = bucket.estimateAbilityToConsume(1);
      if (!probe.canBeConsumed()) {
        tooMany(response, probe.getNanosToWaitForRefill());
        return;
      }
    }
    chain.doFilter(request, response);
    if (counts(request, response.getStatus())) {
      refused(client);
    }
  }

  /** A failed login anywhere, or any other refusal of a request without credentials to our APIs. */
  static boolean counts(HttpServletRequest request, int status) {
    if (status == HttpServletResponse.SC_UNAUTHORIZED) {
      return true;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return status >= 400 && status < 500 && status != 429 && request.getHeader(HttpHeaders.AUTHORIZATION) == null
        && (path.startsWith("/api/") || path.startsWith("/engine-rest/"));
  }

  private void refused(String client) {
    Bucket bucket = buckets.get(client, key -> Bucket.builder()
        .addLimit(l -> l.capacity(limit.refusals()).refillGreedy(limit.refusals(), limit.window()))
        .withCustomTimePrecision(time)
        .build());
    if (bucket.tryConsume(1) && bucket.getAvailableTokens() == 0) {
      String message = "客户端 " + client + " 在 " + minutes() + "内被拒绝 " + limit.refusals()
          + " 次（登录失败、无效检查码等），暂停受理其请求（HTTP 429）";
      log.warn("Rate limit: {} refused {} times within {}: answering 429 until its bucket refills", client,
          limit.refusals(), limit.window());
      events.publishEvent(new Refused("R-IG-2", null, message, "请求频率限制 " + client));
    }
  }

  private void tooMany(HttpServletResponse response, long nanosToWait) throws IOException {
    long seconds = Math.max(1, Duration.ofNanos(nanosToWait).toSeconds() + 1);
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    ProblemResponses.write(response, 429, TOO_MANY, "请求过于频繁",
        "您所在的地址在 " + minutes() + "内被拒绝的请求（如登录失败、无效的检查码）已达 " + limit.refusals() + " 次，请 "
            + seconds + " 秒后再试。如多次输错密码，请联系单位管理员核实账号。",
        Map.of("retryAfterSeconds", seconds));
  }

  private String minutes() {
    Duration window = limit.window();
    return window.toSeconds() % 60 == 0 ? window.toMinutes() + " 分钟" : window.toSeconds() + " 秒";
  }
}
