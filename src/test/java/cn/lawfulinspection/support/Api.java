package cn.lawfulinspection.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls our REST API on the test server as a demo user (HTTP Basic, password {@code demo}) or anonymously. */
public final class Api {

  private final int port;
  private final String device;
  private final HttpClient http = HttpClient.newHttpClient();

  public Api(int port) {
    this(port, null);
  }

  /** @param device the User-Agent every call sends (what the trace records as the device), {@code null} for none */
  public Api(int port, String device) {
    this.port = port;
    this.device = device;
  }

  /**
   * @param user the demo user, {@code null} for an anonymous call
   * @param body JSON, or {@code null} for none
   */
  public HttpResponse<String> call(String user, String method, String path, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (device != null) {
      b.header("User-Agent", device);
    }
    if (user != null) {
      b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
          .getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
