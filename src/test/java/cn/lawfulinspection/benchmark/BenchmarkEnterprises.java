package cn.lawfulinspection.benchmark;

import cn.lawfulinspection.enterprise.CreditCode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Fresh enterprises for the benchmark's cases, created the way an administrator does: one CSV file through
 * {@code POST /api/enterprises/import} (docs/csv-import.md). Each case needs its own enterprise: the annual cap
 * (R-TK-5) refuses a second planned task at a C enterprise sooner or later.
 */
final class BenchmarkEnterprises {

  private final int port;
  private final String series;
  private int created;

  BenchmarkEnterprises(int port) {
    this(port, "BM");
  }

  /** @param series two letters after the region code, one series per use, so that runs never share a code */
  BenchmarkEnterprises(int port, String series) {
    this.port = port;
    this.series = series;
  }

  /** Imports {@code count} C-tier enterprises, off both lists; returns their credit codes. */
  List<String> create(int count) {
    return create(count, "C");
  }

  /** Imports {@code count} enterprises of the credit tier, off both lists; returns their credit codes. */
  List<String> create(int count, String tier) {
    List<String> codes = new ArrayList<>();
    StringBuilder csv = new StringBuilder("creditCode,name,tier\n");
    for (int i = 0; i < count; i++) {
      String first17 = String.format(Locale.ROOT, "91321204%s%07d", series, ++created);
      String code = first17 + CreditCode.checkCharacter(first17);
      codes.add(code);
      csv.append(code).append(",基准测试").append(series).append("第").append(created).append("号有限公司,").append(tier).append('\n');
    }
    String boundary = "benchmark-" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"enterprises.csv\""
        + "\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/enterprises/import"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            "admin:demo".getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(request,
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() != 200) {
        throw new IllegalStateException("enterprise import refused: " + response.statusCode() + " " + response.body());
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException("enterprise import failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    return codes;
  }
}
