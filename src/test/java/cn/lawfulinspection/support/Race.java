package cn.lawfulinspection.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Simultaneous requests for the race tests (R-IG-5): every call runs on its own thread, all threads wait at a start
 * barrier until the last one is ready, then fire at once. The answers come back in the order of the calls.
 */
public final class Race {

  /** How long a whole race may take before the test fails instead of hanging. */
  private static final long TIMEOUT_SECONDS = 180;

  private Race() {}

  /** Runs the calls at the same instant, one thread each; their results in call order. */
  public static <T> List<T> run(List<? extends Callable<T>> calls) throws Exception {
    return run(calls, TIMEOUT_SECONDS);
  }

  /** As {@link #run(List)}, waiting up to {@code timeoutSeconds} for each call (a benchmark's client plays long). */
  public static <T> List<T> run(List<? extends Callable<T>> calls, long timeoutSeconds) throws Exception {
    CyclicBarrier start = new CyclicBarrier(calls.size());
    ExecutorService threads = Executors.newFixedThreadPool(calls.size());
    try {
      List<Future<T>> running = new ArrayList<>();
      for (Callable<T> call : calls) {
        running.add(threads.submit(() -> {
          start.await(30, TimeUnit.SECONDS);
          return call.call();
        }));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> f : running) {
        results.add(f.get(timeoutSeconds, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }

  /** R-IG-5: no answer is a server error; the failure message lists every answer. */
  public static void assertNoServerError(List<HttpResponse<String>> answers) {
    assertThat(answers).as(() -> describe(answers)).noneMatch(r -> r.statusCode() >= 500);
  }

  /** Status and body of every answer, one a line, for failure messages. */
  public static String describe(List<HttpResponse<String>> answers) {
    StringBuilder s = new StringBuilder();
    answers.forEach(r -> s.append('\n').append(r.statusCode()).append(' ').append(r.body()));
    return s.toString();
  }
}
